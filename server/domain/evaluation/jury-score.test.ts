import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountedScore,
  JURY_TRIM_RULE,
  juryMeanRule,
  juryScore,
  type PanelSeat,
  reporterResult,
  scoreValueProblem,
  subCriteriaTotal,
} from './jury-score.ts';

const panel = (...values: number[]): CountedScore[] =>
  values.map((value, i) => ({ juror: `评委${i + 1}`, value }));
const dropped = (r: ReturnType<typeof juryScore>) => r.scores.flatMap((s, i) => (s.dropped ? [i] : []));

describe('juryScore', () => {
  it.each<[string, number[], number, number | null, number[]]>([
    ['no score: null', [], 5, null, []],
    ['one score: itself', [88], 5, 88, []],
    ['4 scores (under 5): plain mean, nothing dropped', [80, 90, 70, 100], 5, 85, []],
    ['5 scores: one highest and one lowest dropped', [80, 90, 70, 100, 60], 5, 80, [3, 4]],
    ['6 scores', [81, 82, 83, 84, 85, 99], 5, 83.5, [0, 5]],
    ['ties at the top: only one 95 dropped (the first)', [95, 95, 80, 85, 90], 5, 90, [0, 2]],
    ['ties at the bottom: only one 70 dropped (the first)', [70, 90, 70, 80, 85], 5, 78.33, [0, 1]],
    ['all equal: two dropped, mean unchanged', [88, 88, 88, 88, 88], 5, 88, [0, 1]],
    ['rounded to 2 decimals', [85.5, 85.17, 85.34], 5, 85.34, []],
    ['a half hundredth rounds up: 85.335 → 85.34', [85.33, 85.34], 5, 85.34, []],
    ['decimals summed exactly (0.1 + 0.2)', [0.1, 0.2], 5, 0.15, []],
    ['config 4: trimmed at 4 scores', [80, 90, 70, 100], 4, 85, [2, 3]],
    ['config 3: trimmed at 3 scores', [70, 80, 95], 3, 80, [0, 2]],
    ['config 2 still needs 3 scores to trim', [70, 80], 2, 75, []],
  ])('%s', (_name, values, min, score, drop) => {
    const r = juryScore(panel(...values), min);
    expect(r.score).toBe(score);
    expect(dropped(r)).toEqual(drop);
  });

  it('names the rule it used', () => {
    expect(juryScore(panel(1, 2, 3, 4, 5), 5).rule).toBe(JURY_TRIM_RULE);
    expect(juryScore(panel(1, 2, 3, 4), 5).rule).toBe(juryMeanRule(5));
    expect(juryMeanRule(5)).toBe('评分不足 5 个，取全部评分的平均');
  });

  const scoreArb = fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100);
  it('property: the score lies within the kept scores and drops exactly 0 or 2', () => {
    fc.assert(
      fc.property(
        fc.array(scoreArb, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 3, max: 9 }),
        (values, min) => {
          const r = juryScore(panel(...values), min);
          const kept = r.scores.filter((s) => !s.dropped).map((s) => s.value);
          expect(dropped(r).length).toBe(values.length >= min ? 2 : 0);
          expect(r.score!).toBeGreaterThanOrEqual(Math.min(...kept));
          expect(r.score!).toBeLessThanOrEqual(Math.max(...kept));
          expect(Math.round(r.score! * 100)).toBeCloseTo(r.score! * 100, 6);
        },
      ),
    );
  });

  it('property: trimming drops a maximum and a minimum, and order does not change the score', () => {
    fc.assert(
      fc.property(fc.array(scoreArb, { minLength: 5, maxLength: 30 }), (values) => {
        const r = juryScore(panel(...values), 5);
        const gone = r.scores
          .filter((s) => s.dropped)
          .map((s) => s.value)
          .sort((a, b) => a - b);
        expect(gone).toEqual([Math.min(...values), Math.max(...values)]);
        expect(juryScore(panel(...[...values].reverse()), 5).score).toBe(r.score);
      }),
    );
  });
});

const seat = (value: number | null, recused = false): PanelSeat => ({ juror: 'x', value, recused });
const WAIT = { trimMinScores: 5, missingPolicy: 'wait' as const };
const LEAVE = { trimMinScores: 5, missingPolicy: 'leave_out' as const };

describe('reporterResult: recusal and missing scores', () => {
  it('complete when every juror not recused has scored; recused ones do not count', () => {
    // Six jurors, one recused: five scores → trimmed.
    const r = reporterResult(
      [seat(80), seat(90), seat(null, true), seat(70), seat(100), seat(60)],
      WAIT,
      false,
    );
    expect(r).toMatchObject({ complete: true, score: 80, recused: 1, missing: 0, trimmed: true });
  });

  it('recusal can bring a panel under the trim threshold', () => {
    const r = reporterResult([seat(80), seat(90), seat(null, true), seat(70), seat(100)], WAIT, false);
    expect(r).toMatchObject({ complete: true, score: 85, recused: 1, trimmed: false });
  });

  it('a recused juror score is never counted even if present', () => {
    const r = reporterResult([seat(80), seat(0, true), seat(90)], WAIT, false);
    expect(r.score).toBe(85);
  });

  it('missing: open, no score shown, until complete', () => {
    const r = reporterResult([seat(80), seat(null), seat(90)], LEAVE, false);
    expect(r).toMatchObject({ complete: false, score: null, missing: 1 });
  });

  it("missing under 'leave_out': closing the reporter completes it over the others", () => {
    const r = reporterResult([seat(80), seat(null), seat(90)], LEAVE, true);
    expect(r).toMatchObject({ complete: true, score: 85, missing: 1 });
  });

  it("missing under 'wait': closing does not complete it", () => {
    const r = reporterResult([seat(80), seat(null), seat(90)], WAIT, true);
    expect(r).toMatchObject({ complete: false, score: null, missing: 1 });
  });

  it('nobody scored: never complete by itself, and closing leaves no score', () => {
    expect(reporterResult([seat(null, true), seat(null, true)], LEAVE, false).complete).toBe(false);
    expect(reporterResult([seat(null)], LEAVE, true)).toMatchObject({ complete: true, score: null });
  });
});

describe('score values', () => {
  it.each<[number, number, string | null]>([
    [0, 100, null],
    [100, 100, null],
    [85.25, 100, null],
    [100.01, 100, '应在 0 到 100 分之间'],
    [-1, 100, '应在 0 到 100 分之间'],
    [31, 30, '应在 0 到 30 分之间'],
    [85.255, 100, '最多保留两位小数'],
    [Number.NaN, 100, '不是有效的分数'],
  ])('%s of %s', (value, max, problem) => {
    expect(scoreValueProblem(value, max)).toBe(problem);
  });

  it('sub-criteria add up exactly', () => {
    expect(subCriteriaTotal([28.1, 29.2, 30.3])).toBe(87.6);
  });
});

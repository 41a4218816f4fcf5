import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvaluationCounts } from './types.ts';
import { evaluationOfQuestion, villageEvaluationScore } from './village-evaluation.ts';

const SCORES = { satisfied: 100, basicallySatisfied: 75, unsatisfied: 55 };
const counts = (
  satisfied: number,
  basicallySatisfied: number,
  unsatisfied: number,
  unknown = 0,
  blank = 0,
): EvaluationCounts => ({ satisfied, basicallySatisfied, unsatisfied, unknown, blank });

describe('village evaluation score', () => {
  it.each([
    // [name, counts, valid, score, rate, unqualified]
    ['all 满意', counts(10, 0, 0), 10, 100, 1, false],
    ['mixed', counts(30, 10, 5, 3, 2), 45, 89.44, 0.8889, false],
    ['exactly half 不满意 is not unqualified', counts(5, 0, 5), 10, 77.5, 0.5, false],
    ['one more than half is unqualified', counts(4, 0, 5), 9, 75, 0.4444, true],
    ['不了解 does not count as valid', counts(2, 0, 3, 50), 5, 73, 0.4, true],
    ['blanks do not count as valid', counts(1, 1, 1, 0, 40), 3, 76.67, 0.6667, false],
    ['no valid votes', counts(0, 0, 0, 0, 4), 0, null, null, false],
    ['all 不了解', counts(0, 0, 0, 12), 0, null, null, false],
    ['one 不满意 alone', counts(0, 0, 1), 1, 55, 0, true],
  ] as const)('%s', (_name, c, valid, score, rate, unqualified) => {
    expect(villageEvaluationScore(c, SCORES)).toEqual({
      valid,
      score,
      satisfactionRate: rate,
      unqualified,
    });
  });

  it('uses the poll’s own option scores', () => {
    expect(
      villageEvaluationScore(counts(1, 1, 0), { satisfied: 10, basicallySatisfied: 8, unsatisfied: 0 }).score,
    ).toBe(9);
  });

  const n = fc.nat({ max: 500 });
  it('property: unqualified exactly when 2 × 不满意 > valid, and never without valid votes', () => {
    fc.assert(
      fc.property(n, n, n, n, n, (s, b, u, k, blank) => {
        const r = villageEvaluationScore(counts(s, b, u, k, blank), SCORES);
        expect(r.valid).toBe(s + b + u);
        expect(r.unqualified).toBe(2 * u > s + b + u);
        if (r.valid === 0)
          expect(r).toEqual({ valid: 0, score: null, satisfactionRate: null, unqualified: false });
      }),
    );
  });

  it('property: the score lies between the lowest and highest option score; 不了解 and blanks change nothing', () => {
    fc.assert(
      fc.property(n, n, n, n, n, (s, b, u, k, blank) => {
        fc.pre(s + b + u > 0);
        const r = villageEvaluationScore(counts(s, b, u, k, blank), SCORES);
        expect(r.score!).toBeGreaterThanOrEqual(55);
        expect(r.score!).toBeLessThanOrEqual(100);
        expect(r.satisfactionRate!).toBeGreaterThanOrEqual(0);
        expect(r.satisfactionRate!).toBeLessThanOrEqual(1);
        expect(villageEvaluationScore(counts(s, b, u), SCORES)).toEqual(r);
        // The mean to 2 dp: within half a cent of the exact mean.
        const exact = (100 * s + 75 * b + 55 * u) / (s + b + u);
        expect(Math.abs(r.score! - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });

  it('property: exactly half 不满意 is never unqualified, one vote more always is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat({ max: 500 }), (half, rest) => {
        const s = Math.min(rest, half);
        const b = half - s;
        expect(villageEvaluationScore(counts(s, b, half), SCORES).unqualified).toBe(false);
        expect(villageEvaluationScore(counts(s, b, half + 1), SCORES).unqualified).toBe(true);
      }),
    );
  });
});

describe('counts of a frozen question', () => {
  const option = (kind: string, votes: number, score: number | null) => ({
    id: kind,
    label: kind,
    kind: kind as 'satisfied',
    score,
    countsAsValid: kind !== 'dont_know',
    electronic: 0,
    paper: votes,
    votes,
  });
  it('reads votes and scores by kind, blank and invalid ballots together', () => {
    const q = {
      options: [
        option('satisfied', 20, 100),
        option('basically_satisfied', 5, 75),
        option('unsatisfied', 3, 55),
        option('dont_know', 2, null),
      ],
      blank: 1,
      invalid: 2,
    };
    expect(evaluationOfQuestion(q)).toEqual({
      counts: counts(20, 5, 3, 2, 3),
      optionScores: SCORES,
    });
  });
  it('is null for a question without scored 满意 and 不满意', () => {
    expect(evaluationOfQuestion({ options: [option('satisfied', 1, 100)], blank: 0, invalid: 0 })).toBeNull();
    expect(
      evaluationOfQuestion({
        options: [option('satisfied', 1, null), option('unsatisfied', 1, 55)],
        blank: 0,
        invalid: 0,
      }),
    ).toBeNull();
  });
});

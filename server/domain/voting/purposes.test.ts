import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OptionKind } from './option-kinds.ts';
import { decide, defaultScore, optionsProblem, PURPOSE_RULES } from './purposes.ts';
import type { QuestionCount } from './question-count.ts';
import { satisfactionOf } from './satisfaction.ts';

/** A count from votes per kind; ballots = every vote + blanks + invalid unless given. */
function count(votes: Partial<Record<OptionKind, number>>, extra: { blank?: number; invalid?: number } = {}) {
  const options = Object.entries(votes).map(([kind, n], i) => ({
    id: `o${i}`,
    kind: kind as OptionKind,
    score:
      kind === 'satisfied' ? 100 : kind === 'basically_satisfied' ? 75 : kind === 'unsatisfied' ? 55 : null,
    votes: n ?? 0,
  }));
  const blank = extra.blank ?? 0;
  const invalid = extra.invalid ?? 0;
  const q: QuestionCount = {
    options,
    ballots: options.reduce((s, o) => s + o.votes, 0) + blank + invalid,
    blank,
    invalid,
  };
  return q;
}
const ctx = { denominator: 'valid' as const, attendees: 100, registered: 100 };

describe('pledge confirmation: rejected when 不满意 is MORE than half of the denominator', () => {
  it.each([
    // satisfied, unsatisfied, abstain, blank, invalid, denominator, attendees, rejected
    [5, 5, 0, 0, 0, 'valid', 100, false],
    [4, 5, 0, 0, 0, 'valid', 100, true],
    [5, 5, 2, 0, 0, 'cast', 100, false],
    [3, 6, 0, 1, 2, 'cast', 100, false],
    [3, 7, 0, 1, 2, 'cast', 100, true],
    [0, 50, 0, 0, 0, 'attendees', 100, false],
    [0, 51, 0, 0, 0, 'attendees', 100, true],
    [0, 0, 0, 0, 0, 'valid', 0, false],
  ] as const)(
    '满意 %i 不满意 %i 弃权 %i 空白 %i 废票 %i / %s (实到 %i) → rejected %s',
    (s, u, a, b, inv, d, att, rejected) => {
      const q = count({ satisfied: s, unsatisfied: u, abstain: a }, { blank: b, invalid: inv });
      const o = decide('pledge_confirmation', q, { ...ctx, denominator: d, attendees: att });
      expect(o.rejected).toBe(rejected);
      expect(o.passed).toBe(!rejected);
      expect(o.verdict).toBe(rejected ? '不通过' : '通过');
      expect(o.rule).toContain('恰好半数');
    },
  );

  it('is rejected iff 2 × reject votes > denominator, 不同意 counting as 不满意', () => {
    fc.assert(
      fc.property(
        fc.nat(300),
        fc.nat(300),
        fc.nat(300),
        fc.nat(50),
        fc.nat(50),
        fc.nat(400),
        (yes, no, abstain, blank, invalid, absent) => {
          const q = count({ approve: yes, reject: no, abstain }, { blank, invalid });
          const attendees = q.ballots + absent;
          const valid = decide('pledge_confirmation', q, { ...ctx, attendees });
          expect(valid.denominatorValue).toBe(yes + no);
          expect(valid.rejected).toBe(2 * no > yes + no);
          const cast = decide('pledge_confirmation', q, { ...ctx, denominator: 'cast', attendees });
          expect(cast.denominatorValue).toBe(q.ballots);
          expect(cast.rejected).toBe(2 * no > q.ballots);
          const att = decide('pledge_confirmation', q, { ...ctx, denominator: 'attendees', attendees });
          expect(att.rejected).toBe(2 * no > attendees);
          // A larger denominator never turns a pass into a rejection.
          if (!valid.rejected) expect(cast.rejected).toBe(false);
          if (!cast.rejected) expect(att.rejected).toBe(false);
        },
      ),
    );
  });
});

describe('democratic evaluation', () => {
  it.each([
    // 满意, 基本满意, 不满意, 不了解 → unqualified, score, rate
    [6, 2, 2, 5, false, 86, 0.8],
    [1, 1, 1, 0, false, 76.67, 0.6667],
    [2, 0, 2, 9, false, 77.5, 0.5],
    [1, 0, 2, 9, true, 70, 0.3333],
    [0, 0, 0, 9, false, null, null],
  ] as const)(
    '%i / %i / %i / 不了解 %i → unqualified %s, score %s, rate %s',
    (s, b, u, dk, unqualified, score, rate) => {
      const q = count({ satisfied: s, basically_satisfied: b, unsatisfied: u, dont_know: dk });
      const o = decide('democratic_evaluation', q, ctx);
      expect(o.rejected).toBe(unqualified);
      expect(o.denominatorValue).toBe(s + b + u);
      expect(satisfactionOf(q)).toEqual({ score, rate, valid: s + b + u });
    },
  );

  it('scores with the option scores stored with the poll, between the lowest and the highest', () => {
    fc.assert(
      fc.property(
        fc.nat(500),
        fc.nat(500),
        fc.nat(500),
        fc.nat(50),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (s, b, u, dk, low, high) => {
          fc.pre(s + b + u > 0);
          const [lo, hi] = [Math.min(low, high), Math.max(low, high)];
          const q = count({ satisfied: s, basically_satisfied: b, unsatisfied: u, dont_know: dk });
          q.options[0]!.score = hi;
          q.options[1]!.score = Math.round((lo + hi) / 2);
          q.options[2]!.score = lo;
          const result = satisfactionOf(q);
          expect(result.valid).toBe(s + b + u);
          expect(result.score!).toBeGreaterThanOrEqual(lo);
          expect(result.score!).toBeLessThanOrEqual(hi);
          expect(result.rate!).toBeCloseTo((s + b) / (s + b + u), 4);
          expect(decide('democratic_evaluation', q, ctx).rejected).toBe(2 * u > s + b + u);
        },
      ),
    );
  });
});

describe('recall: more than half of registered voters vote AND more than half of those voting approve', () => {
  it.each([
    // registered, approve, reject, abstain, blank, turnout met, passes
    [100, 50, 0, 0, 0, false, false], // exactly half voted
    [100, 51, 0, 0, 0, true, true],
    [100, 26, 25, 0, 0, true, true], // 51 voted, 26 approve
    [100, 25, 26, 0, 0, true, false],
    [100, 26, 24, 1, 0, true, true],
    [100, 25, 24, 1, 1, true, false], // 51 voted, 25 approve: not more than half
    [100, 26, 26, 0, 0, true, false], // 52 voted, exactly half approve
    [101, 51, 0, 0, 0, true, true],
    [101, 50, 0, 0, 0, false, false],
    [0, 0, 0, 0, 0, false, false],
  ] as const)(
    '登记 %i, 同意 %i 不同意 %i 弃权 %i 空白 %i → turnout %s, passes %s',
    (registered, yes, no, abstain, blank, turnout, passes) => {
      const q = count({ approve: yes, reject: no, abstain }, { blank });
      const o = decide('recall', q, { ...ctx, registered });
      expect(o.turnout).toEqual({ voted: yes + no + abstain + blank, registered, met: turnout });
      expect(o.passed).toBe(passes);
      expect(o.verdict).toBe(passes ? '罢免通过' : '罢免未通过');
    },
  );

  it('holds for any count', () => {
    fc.assert(
      fc.property(
        fc.nat(200),
        fc.nat(200),
        fc.nat(50),
        fc.nat(20),
        fc.nat(600),
        (yes, no, abstain, invalid, registered) => {
          const q = count({ approve: yes, reject: no, abstain }, { invalid });
          const voted = yes + no + abstain + invalid;
          expect(decide('recall', q, { ...ctx, registered }).passed).toBe(
            registered > 0 && 2 * voted > registered && 2 * yes > voted,
          );
        },
      ),
    );
  });
});

describe('general: 同意 more than half of the valid votes', () => {
  it.each([
    [5, 5, 0, false],
    [6, 5, 0, true],
    [6, 5, 10, true],
    [0, 0, 3, false],
  ] as const)('同意 %i 不同意 %i 弃权 %i → %s', (yes, no, abstain, passed) => {
    expect(decide('general', count({ approve: yes, reject: no, abstain }), ctx).passed).toBe(passed);
  });
});

describe('options of a purpose', () => {
  it.each([
    ['pledge_confirmation', [{ kind: 'satisfied' }, { kind: 'unsatisfied' }], null],
    ['pledge_confirmation', [{ kind: 'satisfied' }, { kind: 'unsatisfied' }, { kind: 'abstain' }], null],
    ['pledge_confirmation', [{ kind: 'satisfied' }, { kind: 'abstain' }], '不满意'],
    [
      'pledge_confirmation',
      [{ kind: 'satisfied' }, { kind: 'satisfied' }, { kind: 'unsatisfied' }],
      '同一类',
    ],
    ['democratic_evaluation', [{ kind: 'satisfied' }, { kind: 'unsatisfied' }, { kind: 'dont_know' }], null],
    ['democratic_evaluation', [{ kind: 'satisfied' }, { kind: 'unsatisfied' }, { kind: 'abstain' }], '弃权'],
    [
      'democratic_evaluation',
      [
        { kind: 'satisfied', score: 90 },
        { kind: 'unsatisfied', score: 50 },
      ],
      null,
    ],
    [
      'democratic_evaluation',
      [{ kind: 'satisfied' }, { kind: 'unsatisfied' }, { kind: 'dont_know', score: 1 }],
      '没有分值',
    ],
    ['recall', [{ kind: 'approve' }, { kind: 'reject' }, { kind: 'abstain' }], null],
    ['recall', [{ kind: 'approve' }, { kind: 'abstain' }], '不同意'],
    ['recall', [{ kind: 'approve', score: 3 }, { kind: 'reject' }], '没有分值'],
    ['general', [{ kind: 'approve' }, { kind: 'reject' }], null],
    ['general', [{ kind: 'satisfied' }, { kind: 'unsatisfied' }], '满意'],
  ] as const)('%s %j → %s', (purpose, options, problem) => {
    const found = optionsProblem(purpose, options);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('scores come from the config only for the democratic evaluation', () => {
    const scores = { satisfied: 98, basicallySatisfied: 70, unsatisfied: 40 };
    expect(defaultScore('democratic_evaluation', 'basically_satisfied', scores)).toBe(70);
    expect(defaultScore('democratic_evaluation', 'dont_know', scores)).toBeNull();
    expect(defaultScore('pledge_confirmation', 'satisfied', scores)).toBeNull();
  });

  it('every rule has a name and a version', () => {
    for (const rule of Object.values(PURPOSE_RULES)) {
      expect(rule.name.length).toBeGreaterThan(4);
      expect(rule.version).toBeGreaterThanOrEqual(1);
    }
  });
});

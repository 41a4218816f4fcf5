import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRejected, outcomeOf, type QuestionCount } from './outcome.ts';
import { satisfactionOf } from './satisfaction.ts';

const question = (s: number, b: number, u: number, dk: number, invalid = 0): QuestionCount => ({
  options: [
    { id: 's', label: '满意', countsAsValid: true, votes: s },
    { id: 'b', label: '基本满意', countsAsValid: true, votes: b },
    { id: 'u', label: '不满意', countsAsValid: true, votes: u },
    { id: 'd', label: '不了解', countsAsValid: false, votes: dk },
  ],
  cast: s + b + u + dk + invalid,
  invalid,
});

describe('the "more than half 不满意" rule', () => {
  it('exactly half is not rejected; half + 1 is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (half) => {
        expect(isRejected(half, 2 * half)).toBe(false);
        expect(isRejected(half + 1, 2 * half)).toBe(true);
        expect(isRejected(half, 2 * half - 1)).toBe(true);
        expect(isRejected(half - 1, 2 * half - 1)).toBe(false);
      }),
    );
  });

  it('is rejected iff 2 × 不满意 > denominator, for each denominator', () => {
    fc.assert(
      fc.property(
        fc.nat(300),
        fc.nat(300),
        fc.nat(300),
        fc.nat(300),
        fc.nat(50),
        fc.nat(400),
        (s, b, u, dk, invalid, absent) => {
          const q = question(s, b, u, dk, invalid);
          const attendees = q.cast + absent;
          const valid = outcomeOf(q, 'valid', attendees);
          expect(valid.denominatorValue).toBe(s + b + u);
          expect(valid.rejected).toBe(2 * u > s + b + u);
          const cast = outcomeOf(q, 'cast', attendees);
          expect(cast.denominatorValue).toBe(s + b + u + dk + invalid);
          expect(cast.rejected).toBe(2 * u > s + b + u + dk + invalid);
          const att = outcomeOf(q, 'attendees', attendees);
          expect(att.rejected).toBe(2 * u > attendees);
          // A larger denominator never turns a pass into a rejection.
          if (!valid.rejected) expect(cast.rejected).toBe(false);
          if (!cast.rejected) expect(att.rejected).toBe(false);
        },
      ),
    );
  });

  it('不了解 is cast but not valid', () => {
    const o = outcomeOf(question(3, 0, 3, 4), 'valid', 20);
    expect(o).toMatchObject({ valid: 6, cast: 10, rejectVotes: 3, rejected: false });
    expect(o.rule).toContain('恰好半数');
  });

  it('no votes at all is not a rejection', () => {
    expect(outcomeOf(question(0, 0, 0, 0), 'valid', 0).rejected).toBe(false);
  });
});

describe('satisfaction score', () => {
  const scores = { satisfied: 100, basicallySatisfied: 75, unsatisfied: 55 };

  it('averages per-option scores over valid votes and gives the satisfaction rate', () => {
    expect(satisfactionOf(question(6, 2, 2, 5), scores)).toEqual({ score: 86, rate: 0.8, valid: 10 });
    expect(satisfactionOf(question(1, 1, 1, 0), scores)).toEqual({ score: 76.67, rate: 0.6667, valid: 3 });
    expect(satisfactionOf(question(0, 0, 0, 9), scores)).toEqual({ score: null, rate: null, valid: 0 });
  });

  it('stays between the lowest and highest option score', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(500), fc.nat(50), (s, b, u, dk) => {
        fc.pre(s + b + u > 0);
        const result = satisfactionOf(question(s, b, u, dk), scores);
        expect(result.valid).toBe(s + b + u);
        expect(result.score!).toBeGreaterThanOrEqual(55);
        expect(result.score!).toBeLessThanOrEqual(100);
        expect(result.rate!).toBeCloseTo((s + b) / (s + b + u), 4);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuanceProblems, type PaperTally, type PollShape, talliesMatch, tallyProblems } from './tally.ts';

const shape: PollShape = {
  questions: [
    { id: 'q1', optionIds: ['a', 'b', 'c'] },
    { id: 'q2', optionIds: ['d', 'e'] },
  ],
};

/** A tally that reconciles by construction: split (returned − invalid) among each question's options. */
const reconciled = fc
  .record({
    issued: fc.nat(500),
    unreturned: fc.nat(20),
    invalid: fc.nat(20),
    cuts1: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 2 }),
    cut2: fc.double({ min: 0, max: 1, noNaN: true }),
    blank2: fc.nat(10),
  })
  .map(({ issued, unreturned, invalid, cuts1, cut2, blank2 }) => {
    const returned = Math.max(0, issued - unreturned);
    const inv = Math.min(invalid, returned);
    const votes = returned - inv;
    const [x, y] = cuts1.map((c) => Math.floor(c * votes)).sort((p, q) => p - q) as [number, number];
    // The second question: some ballots left it blank.
    const blank = Math.min(blank2, votes);
    const d = Math.floor(cut2 * (votes - blank));
    const tally: PaperTally = {
      issued,
      returned,
      invalid: inv,
      counts: { q1: { a: x, b: y - x, c: votes - y }, q2: { d, e: votes - blank - d } },
      blanks: blank ? { q2: blank } : {},
    };
    return tally;
  });

describe('paper tally reconciliation', () => {
  it('accepts every tally whose sums reconcile within attendance', () => {
    fc.assert(
      fc.property(reconciled, fc.nat(100), (tally, codes) => {
        expect(tallyProblems(tally, shape, { codesIssued: codes, attendance: tally.issued + codes })).toEqual(
          [],
        );
      }),
    );
  });

  it('counts a blank per question: options + blank + invalid = returned', () => {
    const t: PaperTally = {
      issued: 5,
      returned: 5,
      invalid: 1,
      counts: { q1: { a: 2, b: 1, c: 1 }, q2: { d: 1, e: 1 } },
      blanks: { q2: 2 },
    };
    const limits = { codesIssued: 0, attendance: 5 };
    expect(tallyProblems(t, shape, limits)).toEqual([]);
    const noBlank = tallyProblems({ ...t, blanks: {} }, shape, limits);
    expect(noBlank.map((p) => p.field)).toEqual(['questions.1.counts']);
    expect(noBlank[0]!.message).toContain('空白票');
    expect(tallyProblems({ ...t, blanks: { q2: -1 } }, shape, limits)[0]?.field).toBe('questions.1.blank');
    expect(tallyProblems({ ...t, blanks: { q2: 2, zz: 1 } }, shape, limits)[0]?.field).toBe('questions');
    expect(talliesMatch(t, { ...t, blanks: { q2: 2, q1: 0 } })).toBe(true);
    expect(talliesMatch(t, { ...t, blanks: { q2: 1 } })).toBe(false);
  });

  it('refuses any change of one option count, naming the question', () => {
    fc.assert(
      fc.property(reconciled, fc.integer({ min: 1, max: 5 }), fc.boolean(), (tally, delta, q1) => {
        const changed = structuredClone(tally);
        if (q1) changed.counts.q1!.b! += delta;
        else changed.counts.q2!.e! += delta;
        const problems = tallyProblems(changed, shape, { codesIssued: 0, attendance: 10_000 });
        expect(problems.map((p) => p.field)).toContain(q1 ? 'questions.0.counts' : 'questions.1.counts');
      }),
    );
  });

  it('refuses returned > issued, invalid > returned, and issuance beyond attendance', () => {
    fc.assert(
      fc.property(reconciled, fc.integer({ min: 1, max: 50 }), (tally, over) => {
        const fields = (t: PaperTally, attendance: number | null, codes = 0) =>
          tallyProblems(t, shape, { codesIssued: codes, attendance }).map((p) => p.field);
        if (tally.returned > 0) {
          const issued = tally.returned - Math.min(over, tally.returned);
          expect(fields({ ...tally, issued }, 10_000)).toContain('returned');
        }
        expect(fields({ ...tally, invalid: tally.returned + over }, 10_000)).toContain('invalid');
        expect(fields(tally, tally.issued + over - 1, over)).toContain('issued');
        expect(fields(tally, tally.issued + over, over)).toEqual([]);
        expect(fields(tally, null)).toContain('issued');
      }),
    );
  });

  it('refuses a missing question, an unknown option and a negative or fractional count', () => {
    const ok: PaperTally = {
      issued: 3,
      returned: 3,
      invalid: 0,
      counts: { q1: { a: 1, b: 1, c: 1 }, q2: { d: 3, e: 0 } },
      blanks: {},
    };
    const limits = { codesIssued: 0, attendance: 3 };
    expect(tallyProblems(ok, shape, limits)).toEqual([]);
    expect(tallyProblems({ ...ok, counts: { q1: ok.counts.q1! } }, shape, limits)[0]?.field).toBe(
      'questions.1',
    );
    expect(
      tallyProblems({ ...ok, counts: { ...ok.counts, q2: { d: 3, e: 0, z: 0 } } }, shape, limits)[0]?.field,
    ).toBe('questions.1.counts');
    expect(
      tallyProblems({ ...ok, counts: { ...ok.counts, q2: { d: 3.5, e: -0.5 } } }, shape, limits)[0]?.field,
    ).toBe('questions.1.counts');
    expect(tallyProblems({ ...ok, issued: -1 }, shape, limits)[0]?.field).toBe('issued');
  });
});

describe('blind double entry', () => {
  it('matches itself and nothing that differs in one number', () => {
    fc.assert(
      fc.property(reconciled, fc.integer({ min: 1, max: 3 }), (tally, delta) => {
        expect(talliesMatch(tally, structuredClone(tally))).toBe(true);
        const other = structuredClone(tally);
        other.counts.q2!.d! += delta;
        expect(talliesMatch(tally, other)).toBe(false);
        expect(talliesMatch(tally, { ...tally, invalid: tally.invalid + delta })).toBe(false);
      }),
    );
  });
});

describe('issuance at certification', () => {
  it('codes + paper never exceed attendance; ballots never exceed codes', () => {
    expect(issuanceProblems({ codesIssued: 5, ballotsCast: 5, paperIssued: 5, attendance: 10 })).toEqual([]);
    expect(issuanceProblems({ codesIssued: 6, ballotsCast: 5, paperIssued: 5, attendance: 10 })).toHaveLength(
      1,
    );
    expect(issuanceProblems({ codesIssued: 4, ballotsCast: 5, paperIssued: 0, attendance: 10 })).toHaveLength(
      1,
    );
    expect(
      issuanceProblems({ codesIssued: 0, ballotsCast: 0, paperIssued: 0, attendance: null }),
    ).toHaveLength(1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePledgeProblems, candidateProblems, electedProblems, termEndDate } from './elections.ts';

const DAY = '2026-12-20';
const fields = (ps: { field: string }[]) => ps.map((p) => p.field);

describe('candidateProblems', () => {
  it.each<[string, string, string[]]>([
    ['committee_director', '2026-12-10', []],
    ['committee_director', DAY, []],
    ['committee_director', '2026-12-21', ['speechDate']],
    ['committee_director', '2026-02-30', ['speechDate']],
    ['party_secretary', '2026-12-10', ['post']],
  ])('%s speaking on %s → %j', (post, speechDate, expected) => {
    const problems = candidateProblems(
      { electionDate: DAY, posts: ['committee_director'] },
      { post: post as 'committee_director', speechDate },
    );
    expect(fields(problems)).toEqual(expected);
  });
});

describe('candidatePledgeProblems', () => {
  const cats = ['发展经济', '民生实事'];
  it.each<[string, string, string[]]>([
    ['发展经济', '2027-06-30', []],
    ['发展经济', '2031-12-20', []],
    ['发展经济', '2031-12-21', ['dueDate']],
    ['发展经济', DAY, ['dueDate']],
    ['发展经济', '2027-13-01', ['dueDate']],
    ['其他', '2027-06-30', ['category']],
  ])('%s due %s → %j', (category, dueDate, expected) => {
    const problems = candidatePledgeProblems(cats, DAY, { category, dueDate });
    expect(fields(problems)).toEqual(expected);
    for (const p of problems) expect(p.message).toMatch(/“(承诺类别|完成时限)”/);
  });

  it('the term ends five years on, a leap day on the 28th', () => {
    expect(termEndDate('2028-02-29')).toBe('2033-02-28');
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const d = `${y}-${String(m).padStart(2, '0')}-15`;
        expect(termEndDate(d) > d).toBe(true);
        expect(candidatePledgeProblems(['x'], d, { category: 'x', dueDate: termEndDate(d) })).toEqual([]);
      }),
    );
  });
});

describe('electedProblems', () => {
  const cs = [
    { id: 'a', post: 'committee_director' as const },
    { id: 'b', post: 'committee_director' as const },
    { id: 'c', post: 'party_secretary' as const },
  ];
  it.each<[string[], number]>([
    [[], 0],
    [['a'], 0],
    [['a', 'c'], 0],
    [['a', 'b'], 1],
    [['x'], 1],
  ])('%j → %d problems', (ids, n) => expect(electedProblems(cs, ids)).toHaveLength(n));
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eligibleFromVillage, eligibleProblem, MEETING_KINDS } from './meeting-kinds.ts';

const village = { adultPopulation: 1860, households: 520, representatives: 45, partyMembers: 58 };

describe('应到 by kind', () => {
  it.each([
    ['villager_assembly', 1860],
    ['representative_assembly', 45],
    // Counted once each: the village's numbers cannot say who is both, so it is entered.
    ['party_and_representative_assembly', null],
    ['two_committees', null],
    ['township_report', null],
  ] as const)('%s → %s', (kind, eligible) => {
    expect(eligibleFromVillage(kind, village)).toBe(eligible);
  });

  it.each([
    [57, false],
    [58, true],
    [80, true],
    [103, true],
    [104, false],
  ])('党员和村民代表会议 with 应到 %i: accepted %s', (eligible, ok) => {
    expect(eligibleProblem('party_and_representative_assembly', village, eligible) === null).toBe(ok);
  });

  it('the rule names the overlap and the bounds', () => {
    expect(eligibleProblem('party_and_representative_assembly', village, 200)).toContain('只算一人');
    expect(eligibleProblem('party_and_representative_assembly', village, 200)).toContain('58 至 103');
  });

  it('accepts exactly the counts of people between the larger group and both groups disjoint', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(1000), (party, reps, eligible) => {
        const v = { ...village, partyMembers: party, representatives: reps };
        const ok = eligible >= Math.max(party, reps) && eligible <= party + reps;
        expect(eligibleProblem('party_and_representative_assembly', v, eligible) === null).toBe(ok);
        for (const kind of MEETING_KINDS.filter((k) => k !== 'party_and_representative_assembly')) {
          expect(eligibleProblem(kind, v, eligible)).toBeNull();
        }
      }),
    );
  });
});

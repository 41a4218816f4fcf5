import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DatedPosition,
  deriveParticipants,
  heldDuringYear,
  type Post,
  planParticipantSync,
  roleLabel,
} from './participants.ts';

const YEAR = 2027;
const pos = (
  personId: string,
  post: Post,
  startDate: string,
  endDate: string | null = null,
  villageId = 'v1',
): DatedPosition => ({ personId, villageId, post, startDate, endDate });

describe('heldDuringYear', () => {
  it.each([
    ['2024-01-01', null, true],
    ['2027-12-31', null, true],
    ['2028-01-01', null, false],
    ['2020-01-01', '2026-12-31', false],
    ['2020-01-01', '2027-01-01', true],
    ['2027-06-30', '2027-07-01', true],
    ['2027-07-01', '2027-06-30', false],
  ])('%s … %s → %s', (startDate, endDate, held) => {
    expect(heldDuringYear({ startDate, endDate }, YEAR)).toBe(held);
  });
});

describe('deriveParticipants', () => {
  it('makes one participant with both roles of a person holding both posts', () => {
    const derived = deriveParticipants(
      [pos('li', 'party_secretary', '2024-01-01'), pos('li', 'committee_director', '2024-01-01')],
      YEAR,
    );
    expect(derived).toHaveLength(1);
    expect(derived[0]).toMatchObject({ personId: 'li', isSecretary: true, isDirector: true });
    expect(roleLabel(true, true)).toBe('书记、主任一肩挑');
  });

  it('keeps both holders of a post that changed hands during the year, with their dates', () => {
    const derived = deriveParticipants(
      [
        pos('old', 'committee_director', '2021-01-01', '2027-06-30'),
        pos('new', 'committee_director', '2027-07-01'),
        pos('sec', 'party_secretary', '2021-01-01'),
      ],
      YEAR,
    );
    const byPerson = Object.fromEntries(derived.map((d) => [d.personId, d]));
    expect(Object.keys(byPerson).sort()).toEqual(['new', 'old', 'sec']);
    expect(byPerson.old!.positions).toEqual([pos('old', 'committee_director', '2021-01-01', '2027-06-30')]);
    expect(byPerson.new).toMatchObject({ isSecretary: false, isDirector: true });
    expect(roleLabel(false, true)).toBe('村委会主任');
    expect(roleLabel(true, false)).toBe('党支部书记');
  });

  it('leaves out posts ended before the year or starting after it', () => {
    const derived = deriveParticipants(
      [
        pos('gone', 'party_secretary', '2018-01-01', '2026-12-31'),
        pos('later', 'party_secretary', '2028-01-01'),
      ],
      YEAR,
    );
    expect(derived).toEqual([]);
  });

  it('gives a person who moved village the village of the latest post', () => {
    const [p] = deriveParticipants(
      [
        pos('p', 'party_secretary', '2027-08-01', null, 'v2'),
        pos('p', 'party_secretary', '2020-01-01', '2027-07-31', 'v1'),
      ],
      YEAR,
    );
    expect(p!.villageId).toBe('v2');
    expect(p!.positions.map((x) => x.villageId)).toEqual(['v1', 'v2']);
  });

  const date = fc
    .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));
  const position = fc.record({
    personId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    villageId: fc.constantFrom('v1', 'v2'),
    post: fc.constantFrom<Post>('party_secretary', 'committee_director'),
    startDate: date,
    endDate: fc.option(date, { nil: null }),
  });

  it('has one participant per person who held a post in the year, with exactly their roles', () => {
    fc.assert(
      fc.property(
        fc.array(position, { maxLength: 20 }),
        fc.integer({ min: 2024, max: 2030 }),
        (list, year) => {
          const derived = deriveParticipants(list, year);
          const held = list.filter((p) => heldDuringYear(p, year));
          expect(derived.map((d) => d.personId).sort()).toEqual(
            [...new Set(held.map((p) => p.personId))].sort(),
          );
          for (const d of derived) {
            const mine = held.filter((p) => p.personId === d.personId);
            expect(d.isSecretary).toBe(mine.some((p) => p.post === 'party_secretary'));
            expect(d.isDirector).toBe(mine.some((p) => p.post === 'committee_director'));
            expect(d.isSecretary || d.isDirector).toBe(true);
            expect(d.positions).toHaveLength(mine.length);
          }
        },
      ),
    );
  });
});

describe('planParticipantSync', () => {
  const stored = (
    id: string,
    personId: string,
    extra: Partial<{ isDirector: boolean; excluded: boolean }> = {},
  ) => ({
    id,
    personId,
    villageId: 'v1',
    isSecretary: true,
    isDirector: false,
    excluded: false,
    ...extra,
  });

  it('adds new holders, updates changed roles and removes those no longer holding a post', () => {
    const derived = deriveParticipants(
      [
        pos('kept', 'party_secretary', '2020-01-01'),
        pos('both', 'party_secretary', '2020-01-01'),
        pos('both', 'committee_director', '2027-03-01'),
        pos('new', 'committee_director', '2027-05-01'),
      ],
      YEAR,
    );
    const plan = planParticipantSync(
      [stored('1', 'kept'), stored('2', 'both', { excluded: true }), stored('3', 'gone')],
      derived,
    );
    expect(plan.add.map((d) => d.personId)).toEqual(['new']);
    expect(plan.update).toMatchObject([{ id: '2', derived: { personId: 'both', isDirector: true } }]);
    expect(plan.remove.map((s) => s.id)).toEqual(['3']);
  });

  it('changes nothing when the stored rows already match', () => {
    const derived = deriveParticipants([pos('kept', 'party_secretary', '2020-01-01')], YEAR);
    expect(planParticipantSync([stored('1', 'kept')], derived)).toEqual({ add: [], update: [], remove: [] });
  });
});

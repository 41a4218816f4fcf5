import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.ts';
import { type HistoryAccess, historyAccess, ownHistoryPersonId } from './history.ts';

const subject = { personId: 'p1', countyId: 'c1', townshipIds: ['t1', 't2'], villageIds: ['v1', 'v9'] };
const scope = (townshipId: string | null, countyId = 'c1') => ({ countyId, townshipId, villageId: null });

describe('historyAccess', () => {
  it.each<[string, Role, ReturnType<typeof scope>, string | null, string[], HistoryAccess]>([
    ['county viewer of the county', 'county_viewer', scope(null), null, [], 'allowed'],
    ['county admin of the county', 'county_admin', scope(null), null, [], 'allowed'],
    ['county viewer of another county', 'county_viewer', scope(null, 'c2'), null, [], 'hidden'],
    ['office of a township they took part in', 'township_office', scope('t2'), null, [], 'allowed'],
    ['office of another township', 'township_office', scope('t3'), null, [], 'hidden'],
    ['leader with one of their villages', 'township_leader', scope('t1'), null, ['v0', 'v9'], 'allowed'],
    ['leader of other villages', 'township_leader', scope('t1'), null, ['v0'], 'hidden'],
    ['the cadre themself', 'village_cadre', scope('t1'), 'p1', [], 'allowed'],
    ['another cadre', 'village_cadre', scope('t1'), 'p2', [], 'forbidden'],
    ['a villager supervisor', 'supervisor', scope('t1'), 'p3', [], 'forbidden'],
    ['a clerk', 'village_clerk', scope('t1'), null, [], 'forbidden'],
    ['a juror', 'juror', scope('t1'), 'p4', [], 'forbidden'],
    ['an inspector', 'inspector', scope('t1'), 'p5', [], 'forbidden'],
  ])('%s → %s', (_what, role, s, personId, contactVillageIds, expected) => {
    expect(historyAccess({ role, scope: s, personId, contactVillageIds }, subject)).toBe(expected);
  });
});

describe('ownHistoryPersonId', () => {
  it.each<[string, Role, string | null, string | null]>([
    ['a cadre: their own record', 'village_cadre', 'p1', 'p1'],
    ['a cadre account not tied to a person', 'village_cadre', null, null],
    ['a supervisor who is a person too', 'supervisor', 'p3', null],
    ['a juror', 'juror', 'p4', null],
    ['the office', 'township_office', null, null],
  ])('%s', (_what, role, personId, expected) => {
    expect(ownHistoryPersonId({ role, personId })).toBe(expected);
  });
});

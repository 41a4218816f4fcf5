import { describe, expect, it } from 'vitest';
import type { LetterStatus } from '../letters.ts';
import { ROLES, type Role } from '../roles.ts';
import { type LetterFacts, letterActions, letterRefusal, letterView } from './letter.ts';

const VILLAGE = 'village-a';
const OTHER_VILLAGE = 'village-b';
const LEADER = 'user-leader';

const facts = (
  role: Role,
  status: LetterStatus,
  extra: {
    replied?: boolean;
    handler?: string | null;
    villageId?: string | null;
    actorVillage?: string;
  } = {},
): LetterFacts => ({
  actor: {
    userId: role === 'township_leader' ? LEADER : `user-${role}`,
    role,
    villageId: role.startsWith('village_') || role === 'supervisor' ? (extra.actorVillage ?? VILLAGE) : null,
    contactVillageIds: role === 'township_leader' ? [OTHER_VILLAGE] : [],
  },
  letter: {
    status,
    replied: extra.replied ?? false,
    villageId: extra.villageId === undefined ? VILLAGE : extra.villageId,
    handlerUserId: extra.handler ?? null,
  },
});

describe('what each role sees of a letter', () => {
  it.each([
    ['township_office', 'received', 'full'],
    ['township_office', 'closed', 'full'],
    ['county_viewer', 'assigned', 'staff'],
    ['county_admin', 'assigned', null],
    ['village_cadre', 'received', null],
    ['village_cadre', 'assigned', null],
    ['village_cadre', 'answered', null],
    ['village_cadre', 'closed', 'answer_only'],
    ['village_clerk', 'answered', null],
    ['village_clerk', 'closed', 'answer_only'],
    ['supervisor', 'closed', null],
    ['juror', 'closed', null],
    ['inspector', 'closed', null],
    // Not its contact village, not assigned to it:
    ['township_leader', 'assigned', null],
  ] as const)('%s, letter %s → %s', (role, status, view) => {
    expect(letterView(facts(role, status))).toBe(view);
  });

  it('a cadre of another village sees nothing, even closed', () => {
    expect(letterView(facts('village_cadre', 'closed', { actorVillage: OTHER_VILLAGE }))).toBeNull();
  });

  it('a leader sees its contact villages’ letters and those assigned to it, without the writer', () => {
    expect(letterView(facts('township_leader', 'received', { villageId: OTHER_VILLAGE }))).toBe('staff');
    expect(letterView(facts('township_leader', 'assigned', { handler: LEADER }))).toBe('staff');
    expect(letterView(facts('township_leader', 'assigned', { villageId: null, handler: LEADER }))).toBe(
      'staff',
    );
  });
});

describe('what each role may do to a letter', () => {
  it.each([
    ['township_office', 'received', false, ['assign']],
    ['township_office', 'assigned', false, ['assign', 'answer']],
    ['township_office', 'answered', false, ['close']],
    ['township_office', 'closed', false, []],
    ['township_office', 'assigned', true, ['assign', 'answer']],
    ['township_office', 'answered', true, ['close']],
    ['county_viewer', 'assigned', false, []],
    ['village_cadre', 'closed', false, []],
  ] as const)('%s on a %s letter (replied %s) → %j', (role, status, replied, actions) => {
    expect(letterActions(facts(role, status, { replied }))).toEqual(actions);
  });

  it('a leader answers only what is assigned to it, and nothing else', () => {
    expect(letterActions(facts('township_leader', 'assigned', { handler: LEADER }))).toEqual(['answer']);
    expect(letterActions(facts('township_leader', 'assigned', { villageId: OTHER_VILLAGE }))).toEqual([]);
    expect(letterRefusal(facts('township_leader', 'assigned'), 'answer')?.kind).toBe('forbidden');
  });

  it('refuses a step out of turn as a conflict with a Chinese reason', () => {
    const refusal = letterRefusal(facts('township_office', 'received'), 'close');
    expect(refusal).toMatchObject({ kind: 'conflict', code: 'LETTER_NOT_ANSWERED' });
    expect(refusal?.message).toMatch(/答复后才能办结/);
  });

  it('gives no role but the office a step on a letter not assigned to it', () => {
    for (const role of ROLES) {
      if (role === 'township_office') continue;
      for (const status of ['received', 'assigned', 'answered'] as const) {
        const actions = letterActions(facts(role, status, { villageId: OTHER_VILLAGE }));
        expect(actions).toEqual([]);
      }
    }
  });
});

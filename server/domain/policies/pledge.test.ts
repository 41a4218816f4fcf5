import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASES, type Phase } from '../phases.ts';
import { PLEDGE_STATUSES, type PledgeStatus, SET_STATUSES, type SetStatus } from '../pledging/workflow.ts';
import { ROLES, type Role } from '../roles.ts';
import {
  type MinimumStanding,
  minimumStanding,
  type PairFacts,
  type PledgingFacts,
  pairActions,
  pairRefusal,
  participantActions,
  participantRefusal,
  pledgeActions,
  pledgeRefusal,
  SET_ACTIONS,
  type SetAction,
  type SetFacts,
  setActions,
  setRefusal,
} from './pledge.ts';

const OWN = 'person-li';
const OTHER = 'person-wang';

const actors = {
  cadre: { role: 'village_cadre', personId: OWN },
  otherCadre: { role: 'village_cadre', personId: OTHER },
  clerk: { role: 'village_clerk', personId: null },
  office: { role: 'township_office', personId: null },
  leader: { role: 'township_leader', personId: null },
  county: { role: 'county_viewer', personId: null },
} as const;
type Who = keyof typeof actors;

const base = (who: Who, phase: Phase = 'pledging', excluded = false): PledgingFacts => ({
  actor: actors[who],
  campaign: { year: 2027, phase },
  participant: { personId: OWN, excluded },
});

const set = (
  who: Who,
  status: SetStatus,
  items: PledgeStatus[],
  extra: Partial<Pick<SetFacts, 'pollCertified' | 'minimum'>> & { phase?: Phase; excluded?: boolean } = {},
): SetFacts => ({
  ...base(who, extra.phase, extra.excluded),
  set: { status, items: items.map((s, i) => ({ id: `p${i}`, status: s })) },
  pollCertified: extra.pollCertified ?? false,
  minimum: extra.minimum ?? 'met',
});

describe('set actions by who asks and where the set stands', () => {
  it.each([
    ['cadre', set('cadre', 'draft', ['draft']), ['solicit', 'handle_opinion']],
    ['clerk', set('clerk', 'draft', ['draft']), ['solicit', 'handle_opinion']],
    ['other cadre', set('otherCadre', 'draft', ['draft']), []],
    ['office', set('office', 'draft', ['draft']), []],
    ['cadre, soliciting', set('cadre', 'soliciting', ['draft']), ['add_opinion', 'handle_opinion']],
    [
      'clerk, soliciting',
      set('clerk', 'soliciting', ['draft']),
      ['add_opinion', 'handle_opinion', 'record_committee'],
    ],
    ['office, soliciting', set('office', 'soliciting', ['rejected', 'confirmed']), ['record_committee']],
    [
      'clerk, soliciting, all confirmed after a withdrawal',
      set('clerk', 'soliciting', ['confirmed', 'withdrawn']),
      ['resubmit', 'add_opinion', 'handle_opinion'],
    ],
    [
      'clerk, committee passed',
      set('clerk', 'committee_passed', ['draft']),
      ['handle_opinion', 'start_vote'],
    ],
    ['cadre, committee passed', set('cadre', 'committee_passed', ['draft']), ['handle_opinion']],
    ['clerk, voting', set('clerk', 'voting', ['voting']), ['handle_opinion', 'cancel_vote']],
    [
      'clerk, voting, certified',
      set('clerk', 'voting', ['voting'], { pollCertified: true }),
      ['handle_opinion', 'apply_vote'],
    ],
    ['office, confirmed', set('office', 'confirmed', ['confirmed']), ['approve', 'return']],
    [
      'office, confirmed, short of the minimum',
      set('office', 'confirmed', ['confirmed'], { minimum: 'short' }),
      ['approve', 'return', 'override_minimum'],
    ],
    [
      'office, confirmed, minimum overridden',
      set('office', 'confirmed', ['confirmed'], { minimum: 'overridden' }),
      ['approve', 'return'],
    ],
    ['cadre, confirmed', set('cadre', 'confirmed', ['confirmed']), ['handle_opinion']],
    ['cadre, returned unchanged', set('cadre', 'returned', ['confirmed']), ['resubmit', 'handle_opinion']],
    [
      'cadre, returned and revised',
      set('cadre', 'returned', ['confirmed', 'draft']),
      ['solicit', 'handle_opinion'],
    ],
    ['office, approved', set('office', 'approved', ['confirmed'], { minimum: 'short' }), []],
    ['leader, soliciting', set('leader', 'soliciting', ['draft']), []],
    ['clerk, fulfilment phase', set('clerk', 'soliciting', ['draft'], { phase: 'fulfilment' }), []],
    ['clerk, excluded cadre', set('clerk', 'draft', ['draft'], { excluded: true }), []],
  ] as [string, SetFacts, SetAction[]][])('%s', (_name, facts, expected) => {
    expect(setActions(facts)).toEqual(expected);
  });

  it.each([
    [set('county', 'draft', ['draft']), 'solicit', 'forbidden', 'FORBIDDEN'],
    [set('otherCadre', 'draft', ['draft']), 'solicit', 'forbidden', 'FORBIDDEN'],
    [set('cadre', 'draft', ['draft'], { phase: 'setup' }), 'solicit', 'conflict', 'WRONG_PHASE'],
    [set('cadre', 'draft', ['draft'], { excluded: true }), 'solicit', 'conflict', 'PARTICIPANT_EXCLUDED'],
    [set('cadre', 'draft', []), 'solicit', 'conflict', 'NO_ITEMS'],
    [set('cadre', 'draft', ['draft']), 'add_opinion', 'conflict', 'NOT_SOLICITING'],
    [set('clerk', 'soliciting', ['draft', 'confirmed']), 'resubmit', 'conflict', 'NEEDS_VOTE'],
    [set('clerk', 'draft', ['draft']), 'start_vote', 'conflict', 'WRONG_SET_STATUS'],
    [set('clerk', 'voting', ['voting']), 'apply_vote', 'conflict', 'POLL_NOT_CERTIFIED'],
    [set('clerk', 'confirmed', ['confirmed']), 'apply_vote', 'conflict', 'WRONG_SET_STATUS'],
    [
      set('clerk', 'voting', ['voting'], { pollCertified: true }),
      'cancel_vote',
      'conflict',
      'POLL_CERTIFIED',
    ],
    [set('clerk', 'confirmed', ['confirmed']), 'approve', 'forbidden', 'FORBIDDEN'],
    [set('office', 'approved', ['confirmed']), 'return', 'conflict', 'PLEDGES_LOCKED'],
    [set('office', 'approved', ['confirmed']), 'override_minimum', 'conflict', 'PLEDGES_LOCKED'],
    [
      set('office', 'voting', ['voting'], { minimum: 'short' }),
      'override_minimum',
      'conflict',
      'WRONG_SET_STATUS',
    ],
    [set('office', 'confirmed', ['confirmed']), 'override_minimum', 'conflict', 'MINIMUM_MET'],
  ] as [SetFacts, SetAction, string, string][])('%#: %s is refused (%s %s)', (facts, action, kind, code) => {
    expect(setRefusal(facts, action)).toMatchObject({ kind, code });
  });

  it('names the phase the campaign is in', () => {
    expect(setRefusal(set('cadre', 'draft', ['draft'], { phase: 'setup' }), 'solicit')?.message).toContain(
      '“筹备”阶段',
    );
  });
});

describe('pledge and participant actions', () => {
  it.each([
    ['cadre', 'draft', 'draft', ['edit', 'withdraw']],
    ['clerk', 'soliciting', 'rejected', ['edit', 'withdraw']],
    ['cadre', 'soliciting', 'confirmed', []],
    ['cadre', 'returned', 'confirmed', ['edit', 'withdraw']],
    ['cadre', 'draft', 'withdrawn', []],
    ['cadre', 'voting', 'voting', []],
    ['cadre', 'approved', 'confirmed', []],
    ['otherCadre', 'draft', 'draft', []],
    ['office', 'draft', 'draft', []],
  ] as [Who, SetStatus, PledgeStatus, string[]][])('%s, set %s, pledge %s → %j', (who, s, p, expected) => {
    expect(pledgeActions({ ...base(who), setStatus: s, pledgeStatus: p })).toEqual(expected);
  });

  it('refuses an approved pledge as locked', () => {
    expect(
      pledgeRefusal({ ...base('cadre'), setStatus: 'approved', pledgeStatus: 'confirmed' }, 'edit'),
    ).toMatchObject({ kind: 'conflict', code: 'PLEDGES_LOCKED' });
  });

  it.each([
    ['cadre', null, ['draft']],
    ['clerk', 'returned', ['draft']],
    ['cadre', 'voting', []],
    ['otherCadre', null, []],
    ['office', null, []],
    ['leader', null, []],
  ] as [Who, SetStatus | null, string[]][])('%s drafting with set %s → %j', (who, s, expected) => {
    expect(participantActions({ ...base(who), setStatus: s })).toEqual(expected);
  });

  it('tells the cadre writing for another cadre that only their own pledges are theirs', () => {
    expect(participantRefusal({ ...base('otherCadre'), setStatus: null }, 'draft')).toMatchObject({
      kind: 'forbidden',
      message: '村干部只能办理本人的承诺事项',
    });
  });
});

describe('overlap pairs', () => {
  const pair = (who: Who, p: PairFacts['pair']): PairFacts => ({ ...base(who), pair: p });
  it.each([
    [pair('office', 'blocking'), ['override']],
    [pair('office', 'overridden'), []],
    [pair('office', 'none'), []],
    [pair('clerk', 'blocking'), []],
  ] as [PairFacts, string[]][])('%o → %j', (facts, expected) => {
    expect(pairActions(facts)).toEqual(expected);
  });

  it('refuses a pair nobody flagged, and one already overridden', () => {
    expect(pairRefusal(pair('office', 'none'), 'override')?.code).toBe('NOT_FLAGGED');
    expect(pairRefusal(pair('office', 'overridden'), 'override')?.code).toBe('ALREADY_OVERRIDDEN');
  });
});

describe('minimum standing', () => {
  it.each([
    [3, 3, null, 'met'],
    [4, 3, 'x', 'met'],
    [2, 3, null, 'short'],
    [2, 3, '村规模小', 'overridden'],
  ] as [number, number, string | null, MinimumStanding][])('%d of %d, override %s → %s', (c, r, o, s) => {
    expect(minimumStanding(c, r, o)).toBe(s);
  });
});

describe('properties', () => {
  const anySet = fc.record({
    role: fc.constantFrom(...ROLES),
    own: fc.boolean(),
    phase: fc.constantFrom(...PHASES),
    excluded: fc.boolean(),
    status: fc.constantFrom(...SET_STATUSES),
    items: fc.array(fc.constantFrom(...PLEDGE_STATUSES), { maxLength: 5 }),
    pollCertified: fc.boolean(),
    minimum: fc.constantFrom<MinimumStanding>('met', 'short', 'overridden'),
  });
  type Sample = typeof anySet extends fc.Arbitrary<infer T> ? T : never;
  const factsOf = (x: Sample): SetFacts => ({
    actor: { role: x.role, personId: x.own ? OWN : OTHER },
    campaign: { year: 2027, phase: x.phase },
    participant: { personId: OWN, excluded: x.excluded },
    set: { status: x.status, items: x.items.map((s, i) => ({ id: `p${i}`, status: s })) },
    pollCertified: x.pollCertified,
    minimum: x.minimum,
  });

  it('an action is allowed exactly when it has no refusal', () => {
    fc.assert(
      fc.property(anySet, (x) => {
        const facts = factsOf(x);
        const allowed = setActions(facts);
        for (const action of SET_ACTIONS) {
          expect(allowed.includes(action)).toBe(setRefusal(facts, action) === null);
        }
      }),
    );
  });

  it('nothing is allowed outside the 承诺 phase, for an excluded cadre, or on an approved set', () => {
    fc.assert(
      fc.property(anySet, (x) => {
        const facts = factsOf(x);
        if (x.phase !== 'pledging' || x.excluded) expect(setActions(facts)).toEqual([]);
        if (x.status === 'approved') {
          expect(setActions(facts).filter((a) => a !== 'handle_opinion')).toEqual([]);
        }
      }),
    );
  });

  it('roles without the permission never get the action', () => {
    const only: Partial<Record<SetAction, Role[]>> = {
      approve: ['township_office'],
      return: ['township_office'],
      override_minimum: ['township_office'],
      start_vote: ['township_office', 'village_clerk'],
      solicit: ['village_cadre', 'village_clerk'],
    };
    fc.assert(
      fc.property(anySet, (x) => {
        for (const action of setActions(factsOf(x))) {
          const roles = only[action];
          if (roles) expect(roles).toContain(x.role);
        }
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../roles.ts';
import {
  type AccountFacts,
  type AccountManager,
  accountActions,
  accountRefusal,
  townshipChosen,
} from './account.ts';

const C = 'county-1';
const T = 'township-1';
const T2 = 'township-2';
const V = 'village-1';
const office: AccountManager = {
  userId: 'u-office',
  role: 'township_office',
  scope: { countyId: C, townshipId: T, villageId: null },
};
const admin: AccountManager = {
  userId: 'u-admin',
  role: 'county_admin',
  scope: { countyId: C, townshipId: null, villageId: null },
};

const at = (role: Role, townshipId: string | null, villageId: string | null, countyId = C): AccountFacts => ({
  role,
  countyId,
  townshipId,
  villageId,
});

describe('accountRefusal', () => {
  const cases: [string, AccountManager, AccountFacts, string | null][] = [
    ['office: cadre of its village', office, at('village_cadre', T, V), null],
    ['office: clerk of its village', office, at('village_clerk', T, V), null],
    ['office: supervisor of its village', office, at('supervisor', T, V), null],
    ['office: juror of its township', office, at('juror', T, null), null],
    ['office: inspector of its township', office, at('inspector', T, null), null],
    ['office: leader of its township', office, at('township_leader', T, null), null],
    ['office: another office', office, at('township_office', T, null), 'FORBIDDEN'],
    ['office: a county viewer', office, at('county_viewer', null, null), 'FORBIDDEN'],
    ['office: a county administrator', office, at('county_admin', null, null), 'FORBIDDEN'],
    ['office: another township', office, at('juror', T2, null), 'FORBIDDEN'],
    ['office: a juror wider than its township', office, at('juror', null, null), 'FORBIDDEN'],
    ['office: a cadre with no village', office, at('village_cadre', T, null), 'ACCOUNT_SCOPE'],
    ['office: a juror narrowed to a village', office, at('juror', T, V), 'ACCOUNT_SCOPE'],
    ['office: another county', office, at('juror', T, null, 'county-2'), 'FORBIDDEN'],
    ['admin: a township office', admin, at('township_office', T, null), null],
    ['admin: a county viewer', admin, at('county_viewer', null, null), null],
    ['admin: a county administrator', admin, at('county_admin', null, null), null],
    ['admin: an office with no township', admin, at('township_office', null, null), 'ACCOUNT_SCOPE'],
    ['admin: a county viewer in a township', admin, at('county_viewer', T, null), 'ACCOUNT_SCOPE'],
    ['admin: a cadre', admin, at('village_cadre', T, V), 'FORBIDDEN'],
    ['admin: another county', admin, at('township_office', T, null, 'county-2'), 'FORBIDDEN'],
  ];
  it.each(cases)('%s', (_name, manager, account, code) => {
    expect(accountRefusal(manager, account)?.code ?? null).toBe(code);
  });

  it('lets no other role manage any account', () => {
    for (const role of ROLES.filter((r) => r !== 'township_office' && r !== 'county_admin')) {
      const m: AccountManager = { userId: 'x', role, scope: { countyId: C, townshipId: T, villageId: V } };
      for (const target of ROLES)
        expect(accountRefusal(m, at(target, T, V))?.kind, `${role}→${target}`).toBe('forbidden');
    }
  });
});

describe('accountActions', () => {
  const juror = { ...at('juror', T, null), id: 'u-juror', disabled: false };
  it.each([
    ['an active account of its township', office, juror, ['reset', 'deactivate']],
    ['a disabled account', office, { ...juror, disabled: true }, ['reactivate']],
    ['another township’s account', office, { ...juror, townshipId: T2 }, []],
    ['its own account', office, { ...at('township_office', T, null), id: 'u-office', disabled: false }, []],
    [
      'an office, as the county',
      admin,
      { ...at('township_office', T, null), id: 'u-o', disabled: false },
      ['reset', 'deactivate'],
    ],
    ['a juror, as the county', admin, juror, []],
  ] as const)('%s', (_name, manager, account, actions) => {
    expect(accountActions(manager, account)).toEqual(actions);
  });
});

describe('townshipChosen', () => {
  it('asks for a township only for the township office account (people take their own township)', () => {
    expect(ROLES.filter(townshipChosen)).toEqual(['township_office']);
  });
});

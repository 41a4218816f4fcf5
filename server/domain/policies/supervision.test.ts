import { describe, expect, it } from 'vitest';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import {
  campaignSupervisionActions,
  pledgeSupervisionActions,
  pledgeSupervisionRefusal,
  rectificationActions,
  supervisorActions,
  villageSupervisionActions,
} from './supervision.ts';

const role = (r: string) => ({ role: r as Role });

describe('campaign supervision actions', () => {
  it.each([
    [
      'township_office',
      'fulfilment',
      ['record_election', 'record_check', 'record_session', 'assign_contacts'],
    ],
    ['township_office', 'setup', ['record_election', 'record_check', 'record_session', 'assign_contacts']],
    ['township_office', 'archived', []],
    ['township_leader', 'fulfilment', []],
    ['supervisor', 'fulfilment', []],
    ['county_viewer', 'fulfilment', []],
  ] as const)('%s in %s → %j', (r, phase, allowed) => {
    expect(campaignSupervisionActions({ actor: role(r), phase: phase as Phase })).toEqual(allowed);
  });
});

describe('pledge supervision actions', () => {
  it.each([
    ['supervisor', 'fulfilment', true, true, ['report']],
    ['supervisor', 'evaluation', true, true, ['report']],
    ['supervisor', 'pledging', true, true, []],
    ['supervisor', 'archived', true, true, []],
    ['supervisor', 'fulfilment', false, true, []],
    ['supervisor', 'fulfilment', true, false, []],
    ['township_office', 'fulfilment', true, true, []],
    ['village_cadre', 'fulfilment', true, true, []],
  ] as const)('%s in %s, approved %s, in term %s → %j', (r, phase, approved, supervisorInTerm, allowed) => {
    const facts = { actor: role(r), phase: phase as Phase, approved, supervisorInTerm };
    expect(pledgeSupervisionActions(facts)).toEqual(allowed);
  });

  it('says why, in Chinese', () => {
    const base = {
      actor: role('supervisor'),
      phase: 'fulfilment' as Phase,
      approved: true,
      supervisorInTerm: true,
    };
    expect(pledgeSupervisionRefusal({ ...base, supervisorInTerm: false }, 'report')?.message).toContain(
      '在任',
    );
    expect(pledgeSupervisionRefusal({ ...base, phase: 'pledging' }, 'report')?.code).toBe('WRONG_PHASE');
    expect(pledgeSupervisionRefusal({ ...base, approved: false }, 'report')?.code).toBe('NOT_APPROVED');
  });
});

describe('rectification actions', () => {
  it.each([
    ['township_office', 'fulfilment', false, false, ['follow_up', 'close']],
    ['township_office', 'fulfilment', true, false, []],
    ['township_office', 'archived', false, false, []],
    ['township_leader', 'fulfilment', false, true, ['follow_up', 'close']],
    ['township_leader', 'fulfilment', false, false, []],
    ['supervisor', 'fulfilment', false, true, []],
    ['inspector', 'fulfilment', false, false, []],
  ] as const)('%s in %s, closed %s, contact leader %s → %j', (r, phase, closed, contactLeader, allowed) => {
    expect(rectificationActions({ actor: role(r), phase: phase as Phase, closed, contactLeader })).toEqual(
      allowed,
    );
  });
});

describe('village and supervisor actions', () => {
  it.each([
    ['township_leader', 'fulfilment', true, ['log_visit']],
    ['township_leader', 'fulfilment', false, []],
    ['township_leader', 'archived', true, []],
    ['township_office', 'fulfilment', true, []],
  ] as const)('visit: %s in %s, contact %s → %j', (r, phase, contactLeader, allowed) => {
    expect(villageSupervisionActions({ actor: role(r), phase: phase as Phase, contactLeader })).toEqual(
      allowed,
    );
  });

  it.each([
    ['township_office', 'fulfilment', false, ['open_account']],
    ['township_office', 'fulfilment', true, []],
    ['township_office', 'archived', false, []],
    ['township_leader', 'fulfilment', false, []],
  ] as const)('account: %s in %s, has account %s → %j', (r, phase, hasAccount, allowed) => {
    expect(supervisorActions({ actor: role(r), phase: phase as Phase, hasAccount })).toEqual(allowed);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../roles.ts';
import { POLL_ACTIONS, type PollAction, type PollFacts, pollActions, pollRefusal } from './poll.ts';

const HOST = 'u-host';
const CLERK = 'u-clerk';
const base: PollFacts = {
  actor: { userId: CLERK, role: 'village_clerk', personId: null },
  status: 'closed',
  archived: false,
  hostUserId: HOST,
  subjectPersonIds: [],
  clerkCertifiedBy: null,
  hostCertifiedBy: null,
};
const as = (role: Role, userId: string, personId: string | null = null) => ({ userId, role, personId });

describe('poll actions', () => {
  it.each([
    // [who, status, extra facts, actions allowed]
    ['clerk, draft', as('village_clerk', CLERK), 'draft', {}, ['open', 'issue_codes', 'void_codes']],
    ['clerk, open', as('village_clerk', CLERK), 'open', {}, ['close', 'issue_codes', 'void_codes']],
    ['clerk, closed', as('village_clerk', CLERK), 'closed', {}, ['enter_tally', 'certify_as_clerk']],
    ['clerk, certified', as('village_clerk', CLERK), 'certified', {}, ['correct']],
    ['office, closed', as('township_office', 'u-office'), 'closed', {}, ['enter_tally', 'certify_as_clerk']],
    [
      'office recorded as host',
      as('township_office', HOST),
      'closed',
      {},
      ['enter_tally', 'certify_as_clerk', 'certify_as_host'],
    ],
    ['the host cadre, closed', as('village_cadre', HOST), 'closed', {}, ['certify_as_host']],
    ['another cadre, closed', as('village_cadre', 'u-other'), 'closed', {}, []],
    ['the host, draft', as('village_cadre', HOST), 'draft', {}, []],
    ['a leader not the host', as('township_leader', 'u-leader'), 'closed', {}, []],
    ['juror', as('juror', 'u-juror'), 'closed', {}, []],
    ['county viewer', as('county_viewer', 'u-county'), 'draft', {}, []],
    ['host, own pledges', as('village_cadre', HOST, 'p-li'), 'closed', { subjectPersonIds: ['p-li'] }, []],
    [
      "host, another's pledges",
      as('village_cadre', HOST, 'p-li'),
      'closed',
      { subjectPersonIds: ['p-wang'] },
      ['certify_as_host'],
    ],
    ['no host recorded', as('village_cadre', HOST), 'closed', { hostUserId: null }, []],
    [
      'clerk already certified',
      as('village_clerk', CLERK),
      'closed',
      { clerkCertifiedBy: CLERK },
      ['enter_tally'],
    ],
    [
      'office after clerk certified',
      as('township_office', 'u-office'),
      'closed',
      { clerkCertifiedBy: CLERK },
      ['enter_tally'],
    ],
    [
      'host who certified as clerk',
      as('township_office', HOST),
      'closed',
      { clerkCertifiedBy: HOST },
      ['enter_tally'],
    ],
    [
      'clerk who certified as host',
      as('township_office', HOST),
      'closed',
      { hostCertifiedBy: HOST },
      ['enter_tally'],
    ],
    ['archived', as('village_clerk', CLERK), 'closed', { archived: true }, []],
  ] as const)('%s', (_name, actor, status, extra, allowed) => {
    const facts: PollFacts = { ...base, ...extra, actor, status };
    expect(pollActions(facts)).toEqual(allowed);
  });

  it('refuses with the kind a person can act on', () => {
    const refusal = (facts: Partial<PollFacts>, action: PollAction) =>
      pollRefusal({ ...base, ...facts }, action);
    expect(refusal({ actor: as('juror', 'j') }, 'certify_as_host')?.kind).toBe('forbidden');
    expect(refusal({ status: 'open' }, 'certify_as_clerk')?.code).toBe('WRONG_PHASE');
    expect(
      refusal({ actor: as('village_cadre', HOST, 'p'), subjectPersonIds: ['p'] }, 'certify_as_host')?.message,
    ).toContain('涉及您本人');
    expect(refusal({ actor: as('village_cadre', HOST), hostUserId: null }, 'certify_as_host')?.code).toBe(
      'NO_HOST',
    );
    expect(
      refusal({ actor: as('township_office', HOST), clerkCertifiedBy: HOST }, 'certify_as_host')?.code,
    ).toBe('SAME_PERSON');
    expect(refusal({ clerkCertifiedBy: 'x' }, 'certify_as_clerk')?.code).toBe('ALREADY_CERTIFIED');
  });

  it('never lets one account give both certifications, nor certify what names its own person', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom('a', 'b', 'c'),
        fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
        fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
        fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
        fc.option(fc.constantFrom('p1', 'p2'), { nil: null }),
        fc.subarray(['p1', 'p2']),
        fc.constantFrom('draft', 'open', 'closed', 'certified'),
        (role, userId, host, clerkBy, hostBy, personId, subjects, status) => {
          const facts: PollFacts = {
            actor: { userId, role, personId },
            status,
            archived: false,
            hostUserId: host,
            subjectPersonIds: subjects,
            clerkCertifiedBy: clerkBy,
            hostCertifiedBy: hostBy,
          };
          const actions = pollActions(facts);
          for (const a of actions) expect(POLL_ACTIONS).toContain(a);
          if (actions.includes('certify_as_host')) {
            expect(userId).toBe(host);
            expect(clerkBy).not.toBe(userId);
            expect(personId === null || !subjects.includes(personId)).toBe(true);
          }
          if (actions.includes('certify_as_clerk')) expect(hostBy).not.toBe(userId);
          if (status !== 'closed') {
            expect(actions.some((a) => a.startsWith('certify'))).toBe(false);
          }
        },
      ),
    );
  });
});

describe('民主测评 (democratic evaluation) polls', () => {
  const CHAIR = 'u-chair';
  const met = { quorumMet: true, quorumRule: '三分之二以上', present: 40, required: 37 };
  const evaluation: PollFacts = { ...base, hostUserId: CHAIR, evaluation: met };
  it.each([
    // [who, status, extra facts, actions allowed]
    ['the chair (a supervisor), closed', as('supervisor', CHAIR), 'closed', {}, ['certify_as_host']],
    ['another supervisor', as('supervisor', 'u-sup'), 'closed', {}, []],
    ['the chair, draft', as('supervisor', CHAIR), 'draft', {}, []],
    ['the meeting host cadre is no longer the host', as('village_cadre', HOST), 'closed', {}, []],
    ['clerk, closed', as('village_clerk', CLERK), 'closed', {}, ['enter_tally', 'certify_as_clerk']],
    [
      'clerk, draft with quorum',
      as('village_clerk', CLERK),
      'draft',
      {},
      ['open', 'issue_codes', 'void_codes'],
    ],
    [
      'clerk, draft without quorum',
      as('village_clerk', CLERK),
      'draft',
      { evaluation: { ...met, quorumMet: false, present: 20 } },
      ['issue_codes', 'void_codes'],
    ],
    [
      'the chair on their own evaluation',
      as('supervisor', CHAIR, 'p-li'),
      'closed',
      { subjectPersonIds: ['p-li'] },
      [],
    ],
    ['no chair recorded', as('supervisor', CHAIR), 'closed', { hostUserId: null }, []],
  ] as const)('%s', (_name, actor, status, extra, allowed) => {
    expect(pollActions({ ...evaluation, ...extra, actor, status })).toEqual(allowed);
  });

  it('refuses in Chinese: no quorum (409), no chair, not the chair', () => {
    const noQuorum = pollRefusal(
      { ...evaluation, status: 'draft', evaluation: { ...met, quorumMet: false, present: null } },
      'open',
    );
    expect(noQuorum?.kind).toBe('conflict');
    expect(noQuorum?.message).toContain('还没有登记实到人数');
    expect(
      pollRefusal(
        { ...evaluation, status: 'draft', evaluation: { ...met, quorumMet: false, present: 20 } },
        'open',
      )?.message,
    ).toContain('实到 20 人，未达到法定人数（至少 37 人）');
    expect(
      pollRefusal({ ...evaluation, actor: as('supervisor', CHAIR), hostUserId: null }, 'certify_as_host')
        ?.code,
    ).toBe('NO_CHAIR');
    expect(
      pollRefusal({ ...evaluation, actor: as('village_cadre', HOST) }, 'certify_as_host')?.message,
    ).toContain('村务监督委员会主任本人');
    expect(
      pollRefusal(
        { ...evaluation, actor: as('supervisor', CHAIR, 'p'), subjectPersonIds: ['p'] },
        'certify_as_host',
      )?.message,
    ).toContain('涉及您本人');
  });

  it('a supervisor certifies nothing but a 民主测评 as its chair', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POLL_ACTIONS),
        fc.boolean(),
        fc.constantFrom('draft', 'open', 'closed', 'certified'),
        (action, isEvaluation, status) => {
          const facts: PollFacts = {
            ...(isEvaluation ? evaluation : { ...base, hostUserId: CHAIR }),
            actor: as('supervisor', CHAIR),
            status,
          };
          const allowed = !pollRefusal(facts, action);
          expect(allowed).toBe(isEvaluation && action === 'certify_as_host' && status === 'closed');
        },
      ),
    );
  });
});

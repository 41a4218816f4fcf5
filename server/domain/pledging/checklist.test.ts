import { describe, expect, it } from 'vitest';
import {
  type ChecklistConfig,
  type ChecklistParticipant,
  type ChecklistPledge,
  isOverdue,
  requiredItems,
  villageChecklist,
} from './checklist.ts';
import { buildIdf } from './overlap.ts';

const config: ChecklistConfig = {
  minItemsPerPerson: 3,
  dualPostMinimum: 'once',
  overlapThreshold: 0.45,
  commitmentDeadline: '2026-03-31',
};
const context = { year: 2026, today: '2026-03-01', idf: buildIdf() };

let n = 0;
const pledge = (title: string, extra: Partial<ChecklistPledge> = {}): ChecklistPledge => ({
  id: `x${++n}`,
  title,
  content: '',
  status: 'confirmed',
  dueDate: '2026-12-31',
  version: 1,
  ...extra,
});

const participant = (id: string, extra: Partial<ChecklistParticipant>): ChecklistParticipant => ({
  id,
  isSecretary: false,
  isDirector: false,
  excluded: false,
  setStatus: 'confirmed',
  minimumOverrideReason: null,
  pledges: [],
  ...extra,
});

const secretaryPledges = () => [
  pledge('新修村组水泥路2.5公里'),
  pledge('改造村小学厕所'),
  pledge('开展星级文明户评选'),
];
const directorPledges = () => [
  pledge('完成2.5公里村组道路水泥硬化'),
  pledge('发展村集体光伏发电'),
  pledge('建立治安巡逻队'),
];

const check = (list: ReturnType<typeof villageChecklist>, id: string, key: string) =>
  list.participants.find((p) => p.participantId === id)!.checks.find((c) => c.key === key)!;

describe('requiredItems', () => {
  it.each([
    [true, true, 'once', 3],
    [true, true, 'twice', 6],
    [true, false, 'twice', 3],
    [false, true, 'twice', 3],
  ] as const)('secretary %s director %s, %s → %d', (isSecretary, isDirector, dualPostMinimum, expected) => {
    expect(requiredItems({ ...config, dualPostMinimum }, { isSecretary, isDirector })).toBe(expected);
  });
});

describe('minimum items', () => {
  it('passes at exactly the minimum and fails one below', () => {
    const at = participant('a', { isSecretary: true, isDirector: true, pledges: secretaryPledges() });
    const below = participant('b', {
      isSecretary: true,
      isDirector: true,
      pledges: [...secretaryPledges().slice(0, 2), pledge('发展党员2名', { status: 'rejected' })],
    });
    expect(check(villageChecklist([at], config, [], context), 'a', 'minimum').ok).toBe(true);
    expect(check(villageChecklist([below], config, [], context), 'b', 'minimum').ok).toBe(false);
  });

  it('a person holding both posts needs twice the minimum when configured', () => {
    const both = participant('a', { isSecretary: true, isDirector: true, pledges: secretaryPledges() });
    const list = villageChecklist([both], { ...config, dualPostMinimum: 'twice' }, [], context);
    expect(check(list, 'a', 'minimum').ok).toBe(false);
    expect(list.participants[0]!.required).toBe(6);
  });

  it('below the minimum only with an office override and its reason', () => {
    const p = participant('a', {
      isSecretary: true,
      isDirector: true,
      minimumOverrideReason: '村规模小，经乡党委研究同意',
      pledges: secretaryPledges().slice(0, 2),
    });
    const c = check(villageChecklist([p], config, [], context), 'a', 'minimum');
    expect(c.ok).toBe(true);
    expect(c.overridden).toBe('村规模小，经乡党委研究同意');
  });

  it('withdrawn items do not count', () => {
    const p = participant('a', {
      isSecretary: true,
      isDirector: true,
      pledges: [...secretaryPledges().slice(0, 2), pledge('开展平安家庭创建', { status: 'withdrawn' })],
    });
    expect(villageChecklist([p], config, [], context).participants[0]!.confirmed).toBe(2);
  });
});

describe('overlap between the secretary and the director', () => {
  it('flags the overlapping pair and blocks both until overridden', () => {
    const sec = participant('s', { isSecretary: true, pledges: secretaryPledges() });
    const dir = participant('d', { isDirector: true, pledges: directorPledges() });
    const list = villageChecklist([sec, dir], config, [], context);
    expect(list.pairs).toHaveLength(1);
    expect(list.pairs[0]!.shared).toContain('2.5公里');
    expect(check(list, 's', 'overlap').ok).toBe(false);
    expect(check(list, 'd', 'overlap').ok).toBe(false);
    expect(list.participants.every((p) => !p.ready)).toBe(true);

    const pair = list.pairs[0]!;
    const override = {
      aId: pair.aId,
      bId: pair.bId,
      aVersion: 1,
      bVersion: 1,
      reason: '分别为两个村民组的道路',
    };
    const after = villageChecklist([sec, dir], config, [override], context);
    expect(after.pairs[0]!.overrideReason).toBe('分别为两个村民组的道路');
    expect(after.participants.every((p) => p.ready)).toBe(true);
  });

  it('an override no longer holds once a pledge of the pair is revised', () => {
    const sec = participant('s', { isSecretary: true, pledges: secretaryPledges() });
    const dir = participant('d', { isDirector: true, pledges: directorPledges() });
    const pair = villageChecklist([sec, dir], config, [], context).pairs[0]!;
    const override = { aId: pair.aId, bId: pair.bId, aVersion: 1, bVersion: 1, reason: '不同路段' };
    const revised = dir.pledges.map((p) => ([pair.aId, pair.bId].includes(p.id) ? { ...p, version: 2 } : p));
    const list = villageChecklist([sec, { ...dir, pledges: revised }], config, [override], context);
    expect(list.pairs[0]!.overrideReason).toBeNull();
  });

  it('a revised text below the threshold clears the flag', () => {
    const sec = participant('s', { isSecretary: true, pledges: secretaryPledges() });
    const dir = participant('d', {
      isDirector: true,
      pledges: [pledge('修建排水沟1公里'), ...directorPledges().slice(1)],
    });
    expect(villageChecklist([sec, dir], config, [], context).pairs).toEqual([]);
  });

  it('excluded participants take no part, nor does one person with both posts compare with themself', () => {
    const sec = participant('s', { isSecretary: true, pledges: secretaryPledges() });
    const dir = participant('d', { isDirector: true, excluded: true, pledges: directorPledges() });
    const list = villageChecklist([sec, dir], config, [], context);
    expect(list.pairs).toEqual([]);
    const excluded = list.participants.find((p) => p.participantId === 'd')!;
    expect(excluded).toMatchObject({ excluded: true, checks: [], ready: false, overdue: false });
    const both = participant('b', {
      isSecretary: true,
      isDirector: true,
      pledges: [...secretaryPledges(), ...directorPledges()],
    });
    expect(villageChecklist([both], config, [], context).pairs).toEqual([]);
  });

  it('two secretaries (mid-year change) are not compared with each other', () => {
    const a = participant('a', { isSecretary: true, pledges: secretaryPledges() });
    const b = participant('b', { isSecretary: true, pledges: directorPledges() });
    expect(villageChecklist([a, b], config, [], context).pairs).toEqual([]);
  });
});

describe('dates', () => {
  it('due dates must lie within the year: 12-31 passes, the next day fails', () => {
    const ok = participant('a', { isDirector: true, isSecretary: true, pledges: [...secretaryPledges()] });
    const late = participant('b', {
      isDirector: true,
      isSecretary: true,
      pledges: [...secretaryPledges(), pledge('建立治安巡逻队', { dueDate: '2027-01-01' })],
    });
    expect(check(villageChecklist([ok], config, [], context), 'a', 'due_dates').ok).toBe(true);
    expect(check(villageChecklist([late], config, [], context), 'b', 'due_dates').ok).toBe(false);
  });

  it('overdue only after the deadline and only while not confirmed', () => {
    const drafting = participant('a', { setStatus: 'soliciting' });
    expect(isOverdue(config, drafting, '2026-03-31')).toBe(false);
    expect(isOverdue(config, drafting, '2026-04-01')).toBe(true);
    expect(isOverdue(config, { ...drafting, setStatus: 'confirmed' }, '2026-04-01')).toBe(false);
    expect(isOverdue(config, { ...drafting, setStatus: null }, '2026-04-01')).toBe(true);
    expect(isOverdue(config, { ...drafting, excluded: true }, '2026-04-01')).toBe(false);
  });

  it('lateness shows but does not block the checklist', () => {
    const p = participant('a', { isSecretary: true, isDirector: true, pledges: secretaryPledges() });
    const list = villageChecklist([{ ...p, setStatus: 'voting' }], config, [], {
      ...context,
      today: '2026-05-01',
    });
    expect(list.participants[0]!.overdue).toBe(true);
    expect(check(list, 'a', 'deadline').ok).toBe(false);
    expect(list.participants[0]!.ready).toBe(true);
  });
});

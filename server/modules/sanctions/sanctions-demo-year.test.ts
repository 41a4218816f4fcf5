/**
 * The demo's own two years, end to end: 2025 archived with 北山村's 刘福贵 不合格, and 2026 in 评诺
 * with his 民主测评 already certified unqualified, which settles his second 不合格: his case is open
 * (notice and statement recorded), his admonishment overdue. The recall is proposed and voted from
 * the case; taking 2026 to 奖惩 through the real services then finds the same case and task.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { completeDemoYear } from '../demo/complete-demo-year.test-support.ts';
import { DEMO_ARCHIVED_YEAR } from '../demo/demo-archived-year.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { MODULES } from '../index.ts';
import { readFinalResults } from '../results/results-read.ts';
import { DEMO_UNQUALIFIED_CADRE } from '../village-evaluation/village-evaluation.demo.ts';
import type { SanctionsView } from './sanctions.schema.ts';

let t: TestContext;
let year: string;

beforeAll(async () => {
  t = await createTestContext();
  year = t.demo.campaignIds[DEMO_FULFILMENT_YEAR]!;
}, 600_000);
afterAll(() => t?.close());

const view = async (who = 'office') => {
  const res = await (await t.as(who)).get(`/api/campaigns/${year}/sanctions`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SanctionsView;
};

describe('before 奖惩 (2026 in 评诺)', () => {
  it('has 刘福贵 already in a removal case (his certified 民主测评 settles his second 不合格), his admonishment overdue', async () => {
    const v = await view();
    expect(v.admonishments.map((a) => [a.name, a.reason, a.closed, a.overdue, a.dueOn])).toEqual([
      [DEMO_UNQUALIFIED_CADRE, 'failed', false, true, `${DEMO_FULFILMENT_YEAR}-11-27`],
    ]);
    expect(v.removalCases).toHaveLength(1);
    expect(v.removalCases[0]).toMatchObject({
      name: DEMO_UNQUALIFIED_CADRE,
      villageName: '北山村',
      years: [DEMO_ARCHIVED_YEAR, DEMO_FULFILMENT_YEAR],
      measures: ['撤销党内职务', '依法启动罢免程序'],
      nextStep: 'decision',
      closed: false,
    });
    expect(v.removalCases[0]!.steps.map((s) => [s.label, s.on])).toEqual([
      ['告知', `${DEMO_FULFILMENT_YEAR}-11-24`],
      ['陈述申辩', `${DEMO_FULFILMENT_YEAR}-11-27`],
    ]);
    // His case is open, so nothing is foretold of him.
    expect(v.removalOutlook).toEqual([]);
  });

  it('foretells nothing for a year already past 奖惩, and nothing to a leader outside the village', async () => {
    const archived = t.demo.campaignIds[DEMO_ARCHIVED_YEAR]!;
    const res = await (await t.as('office')).get(`/api/campaigns/${archived}/sanctions`);
    expect((res.json() as SanctionsView).removalOutlook).toEqual([]);
    const leader = await view('leader');
    expect(leader.removalCases.map((r) => r.villageName)).not.toContain('北山村');
  });
});

describe('the recall of 刘福贵 (村民委员会主任) from his case', () => {
  const caseOf = async () => (await view()).removalCases[0]!;
  const post = async (who: string, url: string, body: unknown) => (await t.as(who)).post(url, body);
  const proposal = (voterSignatures: number, representativeSignatures = 0) => ({
    voterSignatures,
    registeredVoters: 980,
    representativeSignatures,
    representatives: 25,
    on: `${DEMO_FULFILMENT_YEAR}-11-28`,
  });

  it('refuses a proposal one signature short of a fifth, and impossible numbers, storing nothing', async () => {
    const c = await caseOf();
    expect(c.allowedActions).toEqual(['record', 'propose_recall']);
    const short = await post('office', `/api/removal-cases/${c.id}/recall-proposal`, proposal(195, 8));
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe('voterSignatures');
    expect(short.json().error.message).toContain('未达到提出条件');
    const over = await post('office', `/api/removal-cases/${c.id}/recall-proposal`, proposal(981));
    expect(over.json().error).toMatchObject({ field: 'voterSignatures' });
    const half = await post('office', `/api/removal-cases/${c.id}/recall-proposal`, {
      ...proposal(196),
      representatives: 2.5,
    });
    expect(half.json().error).toMatchObject({ field: 'representatives' });
    const later = await post('office', `/api/removal-cases/${c.id}/recall-proposal`, {
      ...proposal(196),
      on: '2099-01-01',
    });
    expect(later.json().error.message).toContain('不能晚于今天');
    expect(
      (await post('leader', `/api/removal-cases/${c.id}/recall-proposal`, proposal(196))).statusCode,
    ).toBe(403);
    expect((await caseOf()).recall!.proposal).toBeNull();
  });

  it('accepts exactly a fifth, then starts the recall vote at 北山村’s 村民会议, linked to the case', async () => {
    const c = await caseOf();
    const ok = await post('office', `/api/removal-cases/${c.id}/recall-proposal`, proposal(196));
    expect(ok.statusCode, ok.body).toBe(200);
    const met = (ok.json() as SanctionsView).removalCases[0]!;
    expect(met.recall!.proposal).toMatchObject({ voterSignatures: 196, met: true });
    expect(met.allowedActions).toContain('start_recall_vote');

    const office = await t.as('office');
    const meeting = await office.post('/api/meetings', {
      villageId: t.demo.villageIds.北山村,
      campaignId: year,
      kind: 'villager_assembly',
      title: '北山村村民会议：罢免村民委员会主任',
      startsAt: `${DEMO_FULFILMENT_YEAR}-11-30T09:00:00+08:00`,
      place: '北山村小学操场',
      host: '韩文君',
      hostUserId: (await office.get('/api/auth/me')).json().userId,
      counters: ['刘长海'],
      scrutineers: ['李文华'],
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId = meeting.json().id as string;
    expect((await caseOf()).recall!.meetings.map((m) => m.id)).toContain(meetingId);

    const started = await post('office', `/api/removal-cases/${c.id}/recall-vote`, { meetingId });
    expect(started.statusCode, started.body).toBe(200);
    const linked = (started.json() as SanctionsView).removalCases[0]!;
    expect(linked.recall!.poll).toMatchObject({ status: 'draft', meetingId });
    expect(linked.allowedActions).toEqual(['record']);
    const poll = (await office.get(`/api/polls/${linked.recall!.poll!.id}`)).json();
    expect(poll).toMatchObject({ purpose: 'recall', denominator: expect.anything() });
    expect(poll.questions[0].label).toContain(DEMO_UNQUALIFIED_CADRE);
    const again = await post('office', `/api/removal-cases/${c.id}/recall-vote`, { meetingId });
    expect(again.statusCode).toBe(409);
  });

  it('shows the certified recall result on the case, and only then lets the outcome be recorded', async () => {
    const c = await caseOf();
    const pollId = c.recall!.poll!.id;
    const office = await t.as('office');
    const clerk = await t.as('jl1204');
    expect(
      (await office.patch(`/api/meetings/${c.recall!.poll!.meetingId}`, { attendance: 600 })).statusCode,
    ).toBe(200);
    expect((await clerk.post(`/api/polls/${pollId}/open`)).statusCode).toBe(200);
    expect((await clerk.post(`/api/polls/${pollId}/close`)).statusCode).toBe(200);
    const q = (await clerk.get(`/api/polls/${pollId}`)).json().questions[0];
    const id = (label: string) => q.options.find((o: { label: string }) => o.label === label).id;
    const tally = (slot: string) => ({
      slot,
      issued: 600,
      returned: 600,
      invalid: 0,
      questions: [{ questionId: q.id, counts: { [id('同意')]: 400, [id('不同意')]: 150, [id('弃权')]: 50 } }],
    });
    expect((await clerk.post(`/api/polls/${pollId}/tallies`, tally('counter'))).statusCode).toBe(200);
    expect((await office.post(`/api/polls/${pollId}/tallies`, tally('scrutineer'))).json().match).toBe(true);
    await post('office', `/api/removal-cases/${c.id}/steps`, {
      step: 'decision',
      on: `${DEMO_FULFILMENT_YEAR}-11-30`,
      text: '乡党委决定撤销其党内职务，罢免表决依法进行',
    });
    const waiting = await caseOf();
    expect(waiting.nextStep).toBe('outcome');
    expect(waiting.allowedActions).toEqual([]);
    expect(waiting.recall!.result).toBeNull();
    expect((await clerk.post(`/api/polls/${pollId}/certify`, { as: 'clerk' })).statusCode).toBe(200);
    expect((await office.post(`/api/polls/${pollId}/certify`, { as: 'host' })).statusCode).toBe(200);
    const done = await caseOf();
    expect(done.recall!.result).toMatchObject({ passed: true, verdict: '罢免通过' });
    expect(done.recall!.result!.rule).toContain('登记 980 人，投票 600 人');
    expect(done.allowedActions).toEqual(['record']);
  });
});

describe('the demo year entering 奖惩', () => {
  it('opens an admonishment and a removal case (2025 and 2026) for 刘福贵 from the real results', async () => {
    await t.database.transaction((tx) => completeDemoYear(tx, year, MODULES));
    const results = await readFinalResults(t.database.db, year, { frozenOnly: true });
    expect(results.length).toBeGreaterThan(10);
    expect(results.every((r) => r.grade !== null)).toBe(true);
    const failed = results.filter((r) => r.grade === '不合格').map((r) => r.name);
    expect(failed).toEqual([DEMO_UNQUALIFIED_CADRE]);

    const v = await view();
    expect(v.admonishments.map((a) => [a.name, a.reason, a.closed])).toContainEqual([
      DEMO_UNQUALIFIED_CADRE,
      'failed',
      false,
    ]);
    expect(v.removalCases).toHaveLength(1);
    expect(v.removalCases[0]).toMatchObject({
      name: DEMO_UNQUALIFIED_CADRE,
      villageName: '北山村',
      years: [DEMO_ARCHIVED_YEAR, DEMO_FULFILMENT_YEAR],
      nextStep: 'outcome',
      closed: false,
      allowedActions: ['record'],
    });
    // Entering 奖惩 found the case opened in 评诺 and the admonishment too: one of each.
    expect(v.admonishments.filter((a) => a.name === DEMO_UNQUALIFIED_CADRE)).toHaveLength(1);
    expect(v.removalOutlook).toEqual([]);
  }, 600_000);
});

import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../db/client.ts';
import {
  admonishmentTasks,
  auditLog,
  campaigns,
  finalResultRows,
  participants,
  persons,
  removalCases,
  resultSets,
} from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { transitionCampaign } from '../campaigns/campaigns.service.ts';
import { demoCountyYear } from '../county/county.demo.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { MODULES } from '../index.ts';
import { demoResultsYear } from '../results/results.demo.ts';
import { completeTestYear, TEST_YEAR } from '../results/results-test-year.ts';
import type { SanctionsView } from './sanctions.schema.ts';
import { openSanctions } from './sanctions-open.ts';

const FAILED = '刘福贵';
let t: TestContext;
let year: string;

/** Test fixture: the frozen result of `name` in the campaign becomes 不合格 (as if the villagers failed them). */
async function failIn(tx: Tx, campaignId: string, name: string) {
  const [row] = await tx
    .select({ id: finalResultRows.id })
    .from(finalResultRows)
    .innerJoin(participants, eq(participants.id, finalResultRows.participantId))
    .innerJoin(persons, eq(persons.id, participants.personId))
    .where(and(eq(finalResultRows.campaignId, campaignId), eq(persons.name, name)));
  await tx
    .update(finalResultRows)
    .set({ grade: '不合格', result: sql`jsonb_set(${finalResultRows.result}, '{grade}', '"不合格"')` })
    .where(eq(finalResultRows.id, row!.id));
}

/** Test fixture: the year before, already sealed, in which `name` was graded 不合格 too. */
async function failedYearBefore(tx: Tx, campaignId: string, name: string) {
  const [now] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId));
  const [before] = await tx
    .insert(campaigns)
    .values({
      countyId: now!.countyId,
      townshipId: now!.townshipId,
      year: now!.year - 1,
      phase: 'archived',
      config: now!.config,
    })
    .returning();
  const [p] = await tx
    .select({ participant: participants })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .where(and(eq(participants.campaignId, campaignId), eq(persons.name, name)));
  const { id: _id, createdAt: _at, ...rest } = p!.participant;
  const [earlier] = await tx
    .insert(participants)
    .values({ ...rest, campaignId: before!.id })
    .returning();
  const [set] = await tx
    .insert(resultSets)
    .values({
      countyId: now!.countyId,
      townshipId: now!.townshipId,
      campaignId: before!.id,
      config: now!.config,
      configHash: 'fixture',
      digest: 'fixture',
      frozenAt: new Date(),
      frozenBy: '测试',
    })
    .returning();
  const [r] = await tx
    .select()
    .from(finalResultRows)
    .where(eq(finalResultRows.participantId, p!.participant.id));
  const { id: _rid, ...copy } = r!;
  await tx
    .insert(finalResultRows)
    .values({ ...copy, setId: set!.id, campaignId: before!.id, participantId: earlier!.id });
}

beforeAll(async () => {
  t = await createTestContext();
  year = await t.database.transaction(async (tx) => {
    const id = await completeTestYear(tx, t.demo, MODULES);
    await demoResultsYear(tx, id, { complete: true });
    await failIn(tx, id, FAILED);
    await failedYearBefore(tx, id, FAILED);
    // Reported to the county (archiving waits for it), as the township does before 奖惩.
    await demoCountyYear(tx, id);
    await transitionCampaign(tx, await demoActor(tx, 'office'), id, 'sanctions', MODULES);
    return id;
  });
}, 600_000);
afterAll(() => t.close());

const view = async (who = 'office') => {
  const res = await (await t.as(who)).get(`/api/campaigns/${year}/sanctions`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SanctionsView;
};

describe('entering 奖惩', () => {
  it('opens one admonishment for the 不合格 cadre, due in 30 days, and one removal case for two failed years running', async () => {
    const v = await view();
    expect(v.admonishments).toHaveLength(1);
    expect(v.admonishments[0]).toMatchObject({
      name: FAILED,
      reason: 'failed',
      closed: false,
      allowedActions: ['record'],
    });
    expect(v.admonishments[0]!.reasonText).toBe(`${TEST_YEAR}年度考评等次为“不合格”`);
    expect(v.removalCases).toHaveLength(1);
    expect(v.removalCases[0]).toMatchObject({
      name: FAILED,
      years: [TEST_YEAR - 1, TEST_YEAR],
      nextStep: 'notice',
    });
    // 北山村's 刘福贵 holds both posts: revoke the party post and start a recall.
    expect(v.removalCases[0]!.measures).toEqual(['撤销党内职务', '依法启动罢免程序']);
  });

  it('opens nothing twice when run again', async () => {
    await t.database.transaction(async (tx) => {
      const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, year));
      await openSanctions(tx, await demoActor(tx, 'office'), campaign!);
    });
    const tasks = await t.database.db
      .select({ n: count() })
      .from(admonishmentTasks)
      .where(eq(admonishmentTasks.campaignId, year));
    const cases = await t.database.db
      .select({ n: count() })
      .from(removalCases)
      .where(eq(removalCases.campaignId, year));
    expect([tasks[0]!.n, cases[0]!.n]).toEqual([(await view()).admonishments.length, 1]);
  });

  it('keeps the year from being archived while they are open', async () => {
    const open = (await view()).admonishments.length + 1;
    const res = await (await t.as('office')).post(`/api/campaigns/${year}/transition`, { to: 'archived' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain(`还有 ${open} 项奖惩任务未办结`);
  });
});

describe('recording them', () => {
  const failedTask = async () => (await view()).admonishments.find((a) => a.name === FAILED)!;

  it('refuses other roles, and bad input names the field', async () => {
    const task = await failedTask();
    const talk = { talkedBy: '刘金成', talkedOn: '2025-01-12', content: '指出问题', undertaking: '保证整改' };
    expect((await (await t.as('leader')).post(`/api/admonishments/${task!.id}/talk`, talk)).statusCode).toBe(
      403,
    );
    const bad = await (await t.as('office')).post(`/api/admonishments/${task!.id}/talk`, {
      ...talk,
      talkedOn: '2027-02-30',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('talkedOn');
    const empty = await (await t.as('office')).post(`/api/admonishments/${task!.id}/talk`, {
      ...talk,
      undertaking: ' ',
    });
    expect(empty.json().error).toMatchObject({ field: 'undertaking' });
    expect(empty.json().error.message).toContain('本人表态');
    const later = await (await t.as('office')).post(`/api/admonishments/${task!.id}/talk`, {
      ...talk,
      talkedOn: '2099-01-12',
    });
    expect(later.statusCode).toBe(400);
    expect(later.json().error).toMatchObject({ field: 'talkedOn' });
    expect(later.json().error.message).toContain('“谈话日期”不能晚于今天');
    expect((await failedTask()).closed).toBe(false);
  });

  it('closes the admonishment with the talk', async () => {
    const task = await failedTask();
    const talk = { talkedBy: '刘金成', talkedOn: '2025-01-12', content: '指出问题', undertaking: '保证整改' };
    const res = await (await t.as('office')).post(`/api/admonishments/${task!.id}/talk`, talk);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as SanctionsView).admonishments[0]).toMatchObject({
      closed: true,
      talkedBy: '刘金成',
      allowedActions: [],
    });
    expect((await (await t.as('office')).post(`/api/admonishments/${task!.id}/talk`, talk)).statusCode).toBe(
      409,
    );
  });

  it('walks a removal case through due process in order, then lets the year be archived', async () => {
    const [c] = (await view()).removalCases;
    const step = (s: string, on: string) =>
      t
        .as('office')
        .then((o) => o.post(`/api/removal-cases/${c!.id}/steps`, { step: s, on, text: `${s} 的记录` }));
    const early = await step('decision', '2025-01-20');
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ field: 'step', message: '请先完成“告知”' });
    expect((await step('notice', '2025-01-10')).statusCode).toBe(200);
    const back = await step('statement', '2025-01-09');
    expect(back.json().error).toMatchObject({ field: 'on' });
    const later = await step('statement', '2099-01-15');
    expect(later.json().error).toMatchObject({ field: 'on' });
    expect(later.json().error.message).toContain('日期不能晚于今天');
    expect((await step('statement', '2025-01-15')).statusCode).toBe(200);
    expect((await step('decision', '2025-01-20')).statusCode).toBe(200);
    const done = await step('outcome', '2025-02-01');
    expect((done.json() as SanctionsView).removalCases[0]).toMatchObject({ closed: true, nextStep: null });
    const audit = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'removal_case.step'), eq(auditLog.entityId, c!.id)));
    expect(audit[0]!.n).toBe(4);
    const archive = await (await t.as('office')).post(`/api/campaigns/${year}/transition`, {
      to: 'archived',
    });
    expect(archive.statusCode, archive.body).toBe(200);
  });
});

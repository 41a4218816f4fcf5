import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, participants, persons, positions } from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_EXCLUDED_CADRE, DEMO_TOWNSHIP } from '../demo/demo-data.ts';

type Participant = {
  id: string;
  name: string;
  villageName: string;
  roleLabel: string;
  isSecretary: boolean;
  isDirector: boolean;
  excluded: boolean;
  excludedReason: string | null;
  excludedOn: string | null;
  positions: { post: string; startDate: string; endDate: string | null }[];
};

let t: TestContext;
let demoCampaignId: string;
beforeAll(async () => {
  t = await createTestContext();
  const list = (await (await t.as('office')).get('/api/campaigns')).json();
  demoCampaignId = list.find((c: { year: number }) => c.year === 2027).id;
});
afterAll(() => t.close());

const listOf = async (campaignId: string, user = 'office'): Promise<Participant[]> => {
  const res = await (await t.as(user)).get(`/api/campaigns/${campaignId}/participants`);
  expect(res.statusCode).toBe(200);
  return res.json();
};
const WANGWU = '王屋村';
const personOf = (name: string) => t.demo.personIds[name]!;
const byName = (list: Participant[], name: string) => list.find((p) => p.name === name)!;

describe('participants of the demo campaign', () => {
  it('makes one participant of a person holding both posts', async () => {
    const list = await listOf(demoCampaignId);
    const li = list.filter((p) => p.name === '李建国');
    expect(li).toHaveLength(1);
    expect(li[0]).toMatchObject({ isSecretary: true, isDirector: true, roleLabel: '书记、主任一肩挑' });
    expect(li[0]!.positions.map((p) => p.post).sort()).toEqual(['committee_director', 'party_secretary']);
    expect(byName(list, '王志强').roleLabel).toBe('党支部书记');
    expect(byName(list, '陈秀兰').roleLabel).toBe('村委会主任');
  });

  it('has the cadre under an open case excluded, with reason and date', async () => {
    expect(byName(await listOf(demoCampaignId), DEMO_EXCLUDED_CADRE)).toMatchObject({
      villageName: '石门村',
      isDirector: true,
      excluded: true,
      excludedReason: '涉嫌违纪，县纪委已立案审查（未结案）',
      excludedOn: '2027-01-15',
    });
  });

  it('shows a village role only its own village', async () => {
    for (const user of ['cadre', 'clerk', 'supervisor']) {
      const list = await listOf(demoCampaignId, user);
      expect(list.map((p) => p.name)).toEqual(['李建国']);
    }
    const summary = (await (await t.as('cadre')).get('/api/campaigns')).json();
    expect(summary[0]).toMatchObject({ participantCount: 1, excludedCount: 0 });
  });
});

describe('exclusion and reinstatement', () => {
  it('excludes with reason and date inside the year, refuses twice, reinstates, audits both', async () => {
    const office = await t.as('office');
    const target = byName(await listOf(demoCampaignId), '王志强');
    const reason = '涉嫌违法，公安机关已立案侦查（未结案）';
    const excluded = await office.post(`/api/participants/${target.id}/exclude`, {
      reason,
      date: '2027-04-02',
    });
    expect(excluded.statusCode).toBe(200);
    expect(excluded.json()).toMatchObject({
      excluded: true,
      excludedReason: reason,
      excludedOn: '2027-04-02',
    });
    const twice = await office.post(`/api/participants/${target.id}/exclude`, { reason, date: '2027-04-03' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('ALREADY_EXCLUDED');

    const back = await office.post(`/api/participants/${target.id}/reinstate`, {
      reason: '已结案，不予处分',
    });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ excluded: false, excludedReason: null, excludedOn: null });
    const again = await office.post(`/api/participants/${target.id}/reinstate`, { reason: '重复' });
    expect(again.json().error.code).toBe('NOT_EXCLUDED');

    const audit = (await office.get(`/api/audit?entity=participant&limit=5`)).json().entries;
    const mine = audit.filter((e: { entityId: string }) => e.entityId === target.id);
    expect(mine.map((e: { action: string }) => e.action)).toEqual([
      'participant.reinstate',
      'participant.exclude',
    ]);
    expect(mine[1]).toMatchObject({ reason, before: { excluded: false }, after: { excluded: true } });
    expect(mine[0]).toMatchObject({ reason: '已结案，不予处分', before: { excludedReason: reason } });
  });

  it.each([
    [{ reason: '立案', date: '2026-11-20' }, 'date', /“立案日期”必须在 2027 年内/],
    [{ reason: '立案', date: '2028-01-01' }, 'date', /“立案日期”必须在 2027 年内/],
    [{ reason: '立案', date: '2027-02-30' }, 'date', /“立案日期”.*有效日期/],
    [{ reason: '立案', date: '27-1-1' }, 'date', /日期/],
    [{ reason: '   ', date: '2027-03-01' }, 'reason', /排除原因/],
    [{ reason: '案'.repeat(201), date: '2027-03-01' }, 'reason', /原因/],
    [{ date: '2027-03-01' }, 'reason', /原因/],
    [{ reason: '立案', date: '2027-03-01', by: 'me' }, 'by', /不认识的字段/],
  ])('refuses %o naming %s, storing nothing', async (body, field, message) => {
    const target = byName(await listOf(demoCampaignId), '陈秀兰');
    const res = await (await t.as('office')).post(`/api/participants/${target.id}/exclude`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(res.json().error.message).toMatch(message);
    expect(byName(await listOf(demoCampaignId), '陈秀兰').excluded).toBe(false);
  });

  it('refuses reinstatement without a reason', async () => {
    const zhao = byName(await listOf(demoCampaignId), DEMO_EXCLUDED_CADRE);
    const res = await (await t.as('office')).post(`/api/participants/${zhao.id}/reinstate`, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('reason');
  });

  it('hides another township’s participant (404) and refuses other roles (403)', async () => {
    const zhao = byName(await listOf(demoCampaignId), DEMO_EXCLUDED_CADRE);
    const body = { reason: '已结案' };
    const other = await (await t.as('office2')).post(`/api/participants/${zhao.id}/reinstate`, body);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.message).toMatch(/参与人员不存在/);
    for (const user of ['county', 'leader', 'cadre']) {
      expect((await (await t.as(user)).post(`/api/participants/${zhao.id}/reinstate`, body)).statusCode).toBe(
        403,
      );
    }
    expect(byName(await listOf(demoCampaignId), DEMO_EXCLUDED_CADRE).excluded).toBe(true);
  });
});

describe('sync after post changes', () => {
  it('adds a new holder after a mid-year change, keeps the old one and keeps exclusions', async () => {
    const office = await t.as('office');
    // 2028: after the demo's years (2026 in 践诺, 2027 in 筹备).
    const { id } = (await office.post('/api/campaigns', { year: 2028 })).json();
    const before = await listOf(id);
    const zhao = byName(before, DEMO_EXCLUDED_CADRE);
    await office.post(`/api/participants/${zhao.id}/exclude`, { reason: '立案审查', date: '2028-09-01' });

    const db = t.database.db;
    const chen = personOf('陈秀兰');
    const villageId = t.demo.villageIds[WANGWU]!;
    const unit = { countyId: t.demo.countyId, townshipId: t.demo.townshipIds[DEMO_TOWNSHIP]!, villageId };
    await db
      .update(positions)
      .set({ endDate: '2028-06-30' })
      .where(and(eq(positions.personId, chen), eq(positions.post, 'committee_director')));
    const [successor] = await db
      .insert(persons)
      .values({ ...unit, name: '王新民' })
      .returning();
    const [future] = await db
      .insert(persons)
      .values({ ...unit, name: '王后来' })
      .returning();
    await db.insert(positions).values([
      { ...unit, personId: successor!.id, post: 'committee_director', startDate: '2028-07-01' },
      { ...unit, personId: future!.id, post: 'party_secretary', startDate: '2029-01-01' },
    ]);

    const res = await office.post(`/api/campaigns/${id}/participants/sync`);
    expect(res.json()).toEqual({ added: 1, updated: 0, removed: 0 });
    const after = await listOf(id);
    expect(after).toHaveLength(before.length + 1);
    expect(byName(after, '王新民').positions).toEqual([
      { post: 'committee_director', startDate: '2028-07-01', endDate: null },
    ]);
    expect(byName(after, '陈秀兰').positions).toEqual([
      { post: 'committee_director', startDate: '2024-01-01', endDate: '2028-06-30' },
    ]);
    expect(after.some((p) => p.name === '王后来')).toBe(false);
    expect(byName(after, DEMO_EXCLUDED_CADRE)).toMatchObject({ id: zhao.id, excluded: true });
    expect((await office.post(`/api/campaigns/${id}/participants/sync`)).json()).toEqual({
      added: 0,
      updated: 0,
      removed: 0,
    });
  });

  it('removes a person whose only post is deleted and updates changed roles', async () => {
    const office = await t.as('office');
    const { id } = (await office.post('/api/campaigns', { year: 2029 })).json();
    const db = t.database.db;
    const wang = personOf('王志强');
    const yang = personOf('杨春生');
    await db.delete(positions).where(eq(positions.personId, wang));
    await db
      .update(positions)
      .set({ personId: yang })
      .where(eq(positions.personId, personOf('周桂芳')));
    const res = await office.post(`/api/campaigns/${id}/participants/sync`);
    expect(res.json()).toEqual({ added: 0, updated: 1, removed: 2 });
    const list = await listOf(id);
    expect(list.some((p) => p.name === '王志强' || p.name === '周桂芳')).toBe(false);
    expect(byName(list, '杨春生').roleLabel).toBe('书记、主任一肩挑');
    const rows = await db.select().from(participants).where(eq(participants.campaignId, id));
    expect(rows).toHaveLength(list.length);
  });

  it('is refused after pledging', async () => {
    const office = await t.as('office');
    const { id } = (await office.post('/api/campaigns', { year: 2024 })).json();
    await office.post(`/api/campaigns/${id}/transition`, { to: 'pledging' });
    expect((await office.post(`/api/campaigns/${id}/participants/sync`)).statusCode).toBe(200);
    // Reaching fulfilment through the API needs approved pledge sets (another module's fact).
    await t.database.db.update(campaigns).set({ phase: 'fulfilment' }).where(eq(campaigns.id, id));
    const refused = await office.post(`/api/campaigns/${id}/participants/sync`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'WRONG_PHASE' });
    expect(refused.json().error.message).toMatch(/“筹备”或“承诺”阶段/);
  });
});

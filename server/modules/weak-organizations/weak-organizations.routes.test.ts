import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_WEAK_VILLAGE } from './weak-organizations.demo.ts';
import type { WeakOrganizationsView } from './weak-organizations.schema.ts';

let t: TestContext;
let y2025: string;
let y2026: string;
beforeAll(async () => {
  t = await createTestContext();
  y2025 = t.demo.campaignIds[2025]!;
  y2026 = t.demo.campaignIds[2026]!;
}, 600_000);
afterAll(() => t.close());

const view = async (who: string, campaignId = y2025, query = '') => {
  const res = await (await t.as(who)).get(`/api/campaigns/${campaignId}/weak-organizations${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as WeakOrganizationsView;
};
const beishan = async () =>
  (await view('office')).organizations.find((o) => o.villageName === DEMO_WEAK_VILLAGE)!;
const auditCount = async (action: string) =>
  (await t.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action)))[0]!.n;

describe('the demo’s listed village', () => {
  it('is 2025’s 北山村, with measures, a leader and one follow-up, still open', async () => {
    const v = await view('office');
    expect(v.resultsConfirmed).toBe(true);
    expect(v.organizations).toHaveLength(1);
    expect(v.organizations[0]).toMatchObject({
      villageName: DEMO_WEAK_VILLAGE,
      year: 2025,
      leaderName: '刘金成（乡党委副书记）',
      listedOn: '2026-01-20',
      closed: false,
      allowedActions: ['follow_up', 'close'],
    });
    expect(v.organizations[0]!.followUps).toHaveLength(1);
    // Listed already: not offered again; others only when the bottom-rank rule names them.
    expect(v.candidates.map((c) => c.villageName)).not.toContain(DEMO_WEAK_VILLAGE);
    expect(v.leaders.map((l) => l.name)).toContain('刘金成（乡党委副书记）');
    const county = await view('county');
    expect(county.organizations[0]!.allowedActions).toEqual([]);
  });

  it('offers the last-ranked villages as candidates when asked, and checks the number', async () => {
    const v = await view('office', y2025, '?bottom=3');
    expect(v.bottom).toBe(3);
    expect(v.candidates.length).toBeGreaterThan(0);
    expect(v.candidates.every((c) => c.reason === '村干部综合排名靠后')).toBe(true);
    expect(v.candidates[0]!.allowedActions).toEqual(['list']);
    const bad = await (await t.as('office')).get(`/api/campaigns/${y2025}/weak-organizations?bottom=-1`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('bottom');
  });
});

describe('following up and closing', () => {
  it('refuses other roles, a day in the future or before the last follow-up, and empty text', async () => {
    const org = await beishan();
    const url = `/api/weak-organizations/${org.id}/follow-ups`;
    const entry = { on: '2026-04-10', content: '道路问题已办结' };
    expect((await (await t.as('leader')).post(url, entry)).statusCode).toBe(403);
    expect((await (await t.as('county')).post(url, entry)).statusCode).toBe(403);
    const office = await t.as('office');
    const future = await office.post(url, { ...entry, on: '2099-01-01' });
    expect(future.json().error).toMatchObject({ field: 'on', message: '日期不能晚于今天' });
    const early = await office.post(url, { ...entry, on: '2026-03-01' });
    expect(early.json().error.field).toBe('on');
    expect(early.json().error.message).toContain('上一次跟踪');
    const empty = await office.post(url, { ...entry, content: '  ' });
    expect(empty.json().error).toMatchObject({ field: 'content' });
    expect(empty.json().error.message).toContain('跟踪情况');
    expect((await beishan()).followUps).toHaveLength(1);
    expect((await (await t.as('office2')).post(url, entry)).statusCode).toBe(404);
  });

  it('records a follow-up, closes the listing, then takes nothing more', async () => {
    const org = await beishan();
    const office = await t.as('office');
    const before = await auditCount('weak_organization.follow_up');
    const res = await office.post(`/api/weak-organizations/${org.id}/follow-ups`, {
      on: '2026-04-10',
      content: '道路硬化和饮水工程已完工，群众验收通过',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await beishan()).followUps.map((f) => f.on)).toEqual(['2026-03-15', '2026-04-10']);
    expect(await auditCount('weak_organization.follow_up')).toBe(before + 1);
    const closed = await office.post(`/api/weak-organizations/${org.id}/close`, {
      on: '2026-06-30',
      summary: '班子运转正常，问题清单全部办结，经乡党委研究同意销号',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await beishan()).toMatchObject({ closed: true, closedOn: '2026-06-30', allowedActions: [] });
    expect(await auditCount('weak_organization.close')).toBe(1);
    const again = await office.post(`/api/weak-organizations/${org.id}/follow-ups`, {
      on: '2026-07-01',
      content: '再次跟踪',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('已整顿销号');
  });
});

describe('listing a village', () => {
  const body = (villageId: string) => ({
    villageId,
    on: '2026-02-01',
    reason: '村干部综合排名靠后',
    measures: '包村领导每月到村指导',
    leaderName: '刘金成',
  });

  it('needs the year’s confirmed results, a village of the township and a leader of it', async () => {
    const office = await t.as('office');
    const village = t.demo.villageIds['王屋村']!;
    const unconfirmed = await office.post(`/api/campaigns/${y2026}/weak-organizations`, body(village));
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json().error.message).toBe('该年度考评结果尚未审核确认');
    const [juror] = await t.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, 'juror'));
    const wrongLeader = await office.post(`/api/campaigns/${y2025}/weak-organizations`, {
      ...body(village),
      leaderUserId: juror!.id,
    });
    expect(wrongLeader.json().error).toMatchObject({ field: 'leaderUserId' });
    // A village of the neighbour township is outside the office's scope.
    const neighbour = t.demo.villageIds['上庄村']!;
    expect(
      (await office.post(`/api/campaigns/${y2025}/weak-organizations`, body(neighbour))).statusCode,
    ).toBe(404);
    expect(
      (await (await t.as('leader')).post(`/api/campaigns/${y2025}/weak-organizations`, body(village)))
        .statusCode,
    ).toBe(403);
  });

  it('lists it once, audited', async () => {
    const office = await t.as('office');
    const village = t.demo.villageIds['王屋村']!;
    const res = await office.post(`/api/campaigns/${y2025}/weak-organizations`, body(village));
    expect(res.statusCode, res.body).toBe(200);
    const listed = (res.json() as WeakOrganizationsView).organizations.find(
      (o) => o.villageName === '王屋村',
    );
    expect(listed).toMatchObject({ reason: '村干部综合排名靠后', leaderName: '刘金成', closed: false });
    const twice = await office.post(`/api/campaigns/${y2025}/weak-organizations`, body(village));
    expect(twice.statusCode).toBe(409);
    const rows = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'weak_organization.list'), eq(auditLog.entityId, listed!.id)));
    expect(rows[0]!.n).toBe(1);
  });
});

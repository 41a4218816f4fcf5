import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledges, progressReports } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { DASHBOARD_SHEETS } from './dashboard-workbook.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

type Village = {
  villageId: string;
  name: string;
  total: number;
  byStatus: Record<string, number>;
  byCategory: Record<string, number>;
  overdue: number;
  stalled: number;
  behind: boolean;
  reasons: string[];
  behindPledges: { id: string; reasons: string[] }[];
};

const get = async (user: string, url = '/api/dashboard') => {
  const res = await (await t.as(user)).get(url);
  if (res.statusCode !== 200) throw new Error(`${url} as ${user}: ${res.statusCode} ${res.body}`);
  return res.json();
};
const villageOf = (d: { villages: Village[] }, name: string) => d.villages.find((v) => v.name === name)!;

/** A progress report as the clerk would file it (the progress module's table), dated `reportDate`. */
async function report(
  pledgeId: string,
  status: 'done' | 'in_progress' | 'blocked',
  percent: number,
  reportDate: string,
) {
  const [p] = await t.database.db.select().from(pledges).where(eq(pledges.id, pledgeId));
  await t.database.db.insert(progressReports).values({
    countyId: p!.countyId,
    townshipId: p!.townshipId,
    villageId: p!.villageId,
    campaignId: p!.campaignId,
    pledgeId,
    participantId: p!.participantId,
    status,
    percent,
    reportDate,
    note: '按计划推进',
    source: 'web',
    reporterRole: 'village_clerk',
    reportedByName: '测试记录员',
  });
}

describe('the township dashboard', () => {
  it('opens on the 2026 campaign (now in 评诺) with every village, and its numbers add up', async () => {
    const d = await get('office');
    expect(d.campaign).toMatchObject({
      year: DEMO_FULFILMENT_YEAR,
      phase: 'evaluation',
      phaseLabel: '评诺',
      townshipName: '愚公乡',
    });
    expect(d.contactVillagesOnly).toBe(false);
    expect(d.villages).toHaveLength(12);
    const campaignId = t.demo.campaignIds[DEMO_FULFILMENT_YEAR]!;
    const approved = await t.database.db
      .select()
      .from(pledges)
      .where(and(eq(pledges.campaignId, campaignId), eq(pledges.status, 'confirmed')));
    expect(d.totals.total).toBe(approved.length);
    for (const v of d.villages as Village[]) {
      const statusSum = Object.values(v.byStatus).reduce((n, x) => n + x, 0);
      const categorySum = Object.values(v.byCategory).reduce((n, x) => n + x, 0);
      expect([statusSum, categorySum]).toEqual([v.total, v.total]);
      expect(v.behind).toBe(v.reasons.length > 0);
      expect(v.behindPledges.length).toBeGreaterThanOrEqual(Math.max(v.overdue, v.stalled));
    }
    expect(d.today).toBe(localToday('Asia/Shanghai'));
    expect(d.letters).toMatchObject({ open: expect.any(Number), overdue: expect.any(Number) });
    expect(d.rectifications).toMatchObject({ open: expect.any(Number), overdue: expect.any(Number) });
  });

  it('marks a village behind for a pledge past its due date, and not once every pledge is done', async () => {
    const campaignId = t.demo.campaignIds[DEMO_FULFILMENT_YEAR]!;
    const items = await t.database.db
      .select()
      .from(pledges)
      .where(and(eq(pledges.campaignId, campaignId), eq(pledges.villageId, t.demo.villageIds.白石村!)));
    const today = localToday('Asia/Shanghai');
    for (const p of items) await report(p.id, 'done', 100, today);
    expect(villageOf(await get('office'), '白石村')).toMatchObject({
      behind: false,
      overdue: 0,
      stalled: 0,
      reasons: [],
    });
    expect(villageOf(await get('office'), '白石村').byStatus.done).toBe(items.length);

    const late = items.find((p) => p.dueDate < today)!;
    await report(late.id, 'in_progress', 80, today);
    const v = villageOf(await get('office'), '白石村');
    expect(v).toMatchObject({ behind: true, overdue: 1 });
    expect(v.reasons).toContain('1 项已过完成时限仍未完成');
    expect(v.behindPledges).toEqual([expect.objectContaining({ id: late.id, reasons: ['已过完成时限'] })]);
  });

  it('shows a township leader only their contact villages', async () => {
    const d = await get('leader');
    expect(d.contactVillagesOnly).toBe(true);
    expect((d.villages as Village[]).map((v) => v.name)).toEqual(['愚公村', '王屋村']);
    const all = await get('office');
    expect(d.letters.open).toBeLessThanOrEqual(all.letters.open);
    expect(d.rectifications.open).toBeLessThanOrEqual(all.rectifications.open);
    expect(villageOf(d, '王屋村')).toEqual(villageOf(all, '王屋村'));
  });

  it('lets the county read every township, keeps another township’s campaign unknown, refuses village roles', async () => {
    const county = await get('county');
    expect(new Set(county.campaigns.map((c: { townshipName: string }) => c.townshipName))).toContain(
      '愚公乡',
    );
    expect(county.campaign.year).toBe(DEMO_FULFILMENT_YEAR);
    const campaignId = t.demo.campaignIds[DEMO_FULFILMENT_YEAR]!;
    const office2 = await t.as('office2');
    expect((await office2.get(`/api/dashboard?campaignId=${campaignId}`)).statusCode).toBe(404);
    expect((await office2.get(`/api/dashboard.xlsx?campaignId=${campaignId}`)).statusCode).toBe(404);
    for (const user of ['cadre', 'clerk', 'supervisor', 'juror']) {
      expect((await (await t.as(user)).get('/api/dashboard')).statusCode).toBe(403);
    }
    const bad = await (await t.as('office')).get('/api/dashboard?campaignId=nope');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('考评年度');
  });

  it('downloads the same numbers as an .xlsx', async () => {
    const d = await get('office');
    const res = await (await t.as('office')).get('/api/dashboard.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('2026年度践诺看板.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...DASHBOARD_SHEETS]);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const villages = rows('各村践诺情况');
    expect(String(villages[0]![0])).toContain('愚公乡 2026年度');
    for (const v of d.villages as Village[]) {
      const row = villages.find((r) => r[0] === v.name)!;
      expect(row.slice(1, 7)).toEqual([
        v.total,
        v.byStatus.done,
        v.byStatus.in_progress,
        v.byStatus.blocked,
        v.byStatus.not_started,
        v.byStatus.no_report,
      ]);
      expect(row[7]).toBe(v.overdue);
      expect(row[10] ?? '').toBe(v.behind ? '落后' : '');
    }
    expect(villages.at(-1)!.slice(0, 2)).toEqual(['合计', d.totals.total]);
    const behind = rows('落后事项').slice(3);
    expect(behind).toHaveLength((d.villages as Village[]).reduce((n, v) => n + v.behindPledges.length, 0));
    const letters = rows('信访与整改');
    expect(letters[3]).toEqual(['监督信箱来信', d.letters.open, d.letters.overdue]);
    expect(letters[4]).toEqual(['督察整改要求', d.rectifications.open, d.rectifications.overdue]);
  });
});

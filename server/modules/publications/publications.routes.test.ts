import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, letters, pledges, progressReports, publications, users } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { publicityEndDate } from '../../domain/publicity.ts';
import { buildApp } from '../../http/app.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_TOWNSHIP } from '../demo/demo-data.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { publicationForObjection } from './publication-lookup.ts';

let t: TestContext;
let campaignId: string;
let yugong: string;
let wangwu: string;
const today = localToday();
const daysFrom = (days: number) => publicityEndDate(today, days + 1);

beforeAll(async () => {
  t = await createTestContext();
  campaignId = t.demo.campaignIds[DEMO_FULFILMENT_YEAR]!;
  yugong = t.demo.villageIds.愚公村!;
  wangwu = t.demo.villageIds.王屋村!;
});
afterAll(() => t.close());

const url = () => `/api/campaigns/${campaignId}/publications`;
const count = async () =>
  (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(publications))[0]!.n;

type View = {
  id: string;
  status: string;
  statusLabel: string;
  endDate: string;
  objectionEndDate: string;
  objectionsOpen: boolean;
  title: string;
  content: { kind: string; sets?: { name: string; pledges: { id: string; title: string }[] }[] };
  allowedActions: string[];
};

describe('publishing', () => {
  it("publishes a village's pledges with the config's period, freezing what was approved", async () => {
    const office = await t.as('office');
    const res = await office.post(url(), { kind: 'pledges', villageId: yugong, startDate: today });
    expect(res.statusCode).toBe(201);
    const view = res.json() as View;
    expect(view).toMatchObject({
      status: 'in_period',
      statusLabel: '公示中',
      endDate: daysFrom(6),
      objectionEndDate: daysFrom(4),
      objectionsOpen: true,
      allowedActions: ['withdraw'],
    });
    expect(view.title).toBe('愚公村2026年度村干部承诺事项公示');
    const first = view.content.sets![0]!.pledges[0]!;
    // A later change of the pledge (here: straight in the table) leaves the publication as it was.
    await t.database.db.update(pledges).set({ title: '改过的标题' }).where(eq(pledges.id, first.id));
    const list = (await office.get(`${url()}?villageId=${yugong}`)).json() as View[];
    const again = list.find((p) => p.id === view.id)!;
    expect(again.content.sets![0]!.pledges[0]!.title).toBe(first.title);
    await t.database.db.update(pledges).set({ title: first.title }).where(eq(pledges.id, first.id));
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, view.id));
    expect(audit).toMatchObject({ action: 'publication.publish', entity: 'publication' });
  });

  it("publishes a village's progress with each pledge's latest report", async () => {
    const res = await (await t.as('office')).post(url(), {
      kind: 'progress',
      villageId: wangwu,
      startDate: today,
      periodDays: 7,
      objectionDays: 5,
      text: '截至11月30日的落实情况',
    });
    expect(res.statusCode, res.body).toBe(201);
    const sets = (res.json() as View).content.sets!;
    expect(sets.length).toBeGreaterThan(0);
    expect(sets[0]!.pledges[0]).toHaveProperty('progress.statusLabel');
  });

  it.each([
    [{ kind: 'pledges', villageId: yugong, startDate: today, periodDays: 4 }, '公示期', '不能少于 5 天'],
    [
      { kind: 'pledges', villageId: yugong, startDate: today, periodDays: 6, objectionDays: 7 },
      '异议期',
      '不能长于公示期',
    ],
    [{ kind: 'pledges', startDate: today }, '村', '请选择村'],
    [{ kind: 'plan', startDate: today }, '公示说明', '不能为空'],
    [{ kind: 'pledges', villageId: yugong, startDate: '2026-02-30' }, '公示开始日期', '有效日期'],
  ])('refuses %j with a 400 naming the field, storing nothing', async (body, label, words) => {
    const before = await count();
    const res = await (await t.as('office')).post(url(), body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(label);
    expect(res.json().error.message).toContain(words);
    expect(await count()).toBe(before);
  });

  it('is the office’s: a cadre and a clerk are refused', async () => {
    for (const who of ['cadre', 'clerk']) {
      const res = await (await t.as(who)).post(url(), {
        kind: 'pledges',
        villageId: yugong,
        startDate: today,
      });
      expect(res.statusCode).toBe(403);
    }
  });

  it('refuses a participant of another village', async () => {
    const list = (await (await t.as('office')).get(`/api/campaigns/${campaignId}/participants`)).json() as {
      id: string;
      villageName?: string;
      village?: string;
      name: string;
    }[];
    const li = list.find((p) => p.name === '李建国')!;
    const res = await (await t.as('office')).post(url(), {
      kind: 'progress',
      villageId: wangwu,
      participantId: li.id,
      startDate: today,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('承诺人');
  });

  it('withdraws with a reason, once; the board keeps the title and the reason, not the content', async () => {
    const office = await t.as('office');
    const made = (
      await office.post(url(), { kind: 'pledges', villageId: wangwu, startDate: today })
    ).json() as View;
    const res = await office.post(`/api/publications/${made.id}/withdraw`, { reason: '有一项内容录入错误' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', statusLabel: '已撤回', allowedActions: [] });
    const again = await office.post(`/api/publications/${made.id}/withdraw`, { reason: '再撤一次' });
    expect(again.statusCode).toBe(409);
    const empty = await office.post(`/api/publications/${made.id}/withdraw`, { reason: ' ' });
    expect(empty.statusCode).toBe(400);
    const board = (await (await t.as(null)).get(`/api/public/villages/${wangwu}/board`)).json();
    const shown = board.publications.find((p: { id: string }) => p.id === made.id);
    expect(shown).toMatchObject({
      statusLabel: '已撤回',
      withdrawnReason: '有一项内容录入错误',
      content: null,
    });
    await expect(publicationForObjection(t.database.db, made.id)).rejects.toMatchObject({
      kind: 'not_found',
    });
  });
});

describe('the village board', () => {
  it('shows publications whose period has begun, with the objection link while it is open', async () => {
    const office = await t.as('office');
    const later = (
      await office.post(url(), { kind: 'pledges', villageId: yugong, startDate: daysFrom(3) })
    ).json() as View;
    const res = await (await t.as(null)).get(`/api/public/villages/${yugong}/board`);
    expect(res.statusCode).toBe(200);
    const board = res.json();
    const ids = board.publications.map((p: { id: string }) => p.id);
    expect(ids).not.toContain(later.id);
    const open = board.publications.find((p: { objectionsOpen: boolean }) => p.objectionsOpen);
    expect(open.objectionLink).toBe(`/letters/write?publication=${open.id}`);
    const plan = board.publications.find((p: { kind: string }) => p.kind === 'plan');
    expect(plan).toMatchObject({ status: 'ended', objectionLink: null });
    expect(board.links.mailbox).toBe(`/letters/write?village=${yugong}`);
    expect(board.approved.length).toBeGreaterThan(0);
    expect(board.approved[0].pledges[0]).toHaveProperty('progress');
    const target = await publicationForObjection(t.database.db, open.id);
    expect(target).toMatchObject({ villageId: yugong, objectionsOpen: true });
  });

  it('carries only published data: no drafts, no office names, no letter writers, no internal notes', async () => {
    const body = (await (await t.as(null)).get(`/api/public/villages/${yugong}/board`)).body;
    expect(body).not.toContain('publishedBy');
    expect(body).not.toContain('withdrawnBy');
    const staff = await t.database.db.select({ name: users.displayName }).from(users);
    for (const { name } of staff) expect(body).not.toContain(name);
    const writers = await t.database.db.select({ name: letters.writerName }).from(letters);
    for (const { name } of writers) if (name) expect(body).not.toContain(name);
    const notes = await t.database.db.select({ note: progressReports.internalNote }).from(progressReports);
    for (const { note } of notes) if (note) expect(body).not.toContain(note);
    const drafts = await t.database.db
      .select({ title: pledges.title })
      .from(pledges)
      .where(eq(pledges.status, 'draft'));
    for (const { title } of drafts) expect(body).not.toContain(title);
  });

  it('answers 404 in villagers’ words for an unknown village', async () => {
    const res = await (await t.as(null)).get(
      '/api/public/villages/00000000-0000-4000-8000-000000000000/board',
    );
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).not.toMatch(/UUID|scope|范围/);
  });
});

describe('the township board and the poster', () => {
  it('lists the township’s villages with links and headline numbers', async () => {
    const township = t.demo.townshipIds[DEMO_TOWNSHIP]!;
    const board = (await (await t.as(null)).get(`/api/public/townships/${township}/board`)).json();
    const village = board.villages.find((v: { id: string }) => v.id === yugong);
    expect(village).toMatchObject({ link: `/public/villages/${yugong}` });
    expect(village.pledges).toBeGreaterThan(0);
    expect(village.cadres).toBeGreaterThan(0);
    expect(board.publications.every((p: { villageName: string | null }) => p.villageName === null)).toBe(
      true,
    );
  });

  it('counts each village’s completed pledges as its own board shows them (latest progress 已完成)', async () => {
    const township = t.demo.townshipIds[DEMO_TOWNSHIP]!;
    const anon = await t.as(null);
    const board = (await anon.get(`/api/public/townships/${township}/board`)).json();
    type Row = { id: string; pledges: number; completed: number };
    for (const v of board.villages as Row[]) {
      const own = (await anon.get(`/api/public/villages/${v.id}/board`)).json();
      const items = own.approved.flatMap((s: { pledges: { progress: { status: string }[] }[] }) => s.pledges);
      expect(v.pledges, v.id).toBe(items.length);
      const done = items.filter((p: { progress: { status: string }[] }) => p.progress[0]?.status === 'done');
      expect(v.completed, v.id).toBe(done.length);
    }
    const sum = (key: 'pledges' | 'completed') => (board.villages as Row[]).reduce((n, v) => n + v[key], 0);
    expect(board.totals).toEqual({ pledges: sum('pledges'), completed: sum('completed') });
    expect(board.totals.completed).toBeGreaterThan(0);
    expect(board.totals.completed).toBeLessThan(board.totals.pledges);
  });

  it('puts the board address at the configured public address into the QR code', async () => {
    const app = await buildApp({ database: t.database, publicUrl: 'http://192.168.1.10:3000' });
    try {
      const res = await app.inject({ method: 'GET', url: `/api/public/villages/${yugong}/poster` });
      expect(res.statusCode).toBe(200);
      const poster = res.json();
      expect(poster).toMatchObject({
        boardUrl: `http://192.168.1.10:3000/public/villages/${yugong}`,
        mailboxUrl: `http://192.168.1.10:3000/letters/write?village=${yugong}`,
        year: DEMO_FULFILMENT_YEAR,
        addressWarning: null,
      });
      expect(poster.qrSvg).toMatch(/^<svg[^>]*viewBox/);
    } finally {
      await app.close();
    }
  });
});

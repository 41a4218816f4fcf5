import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, campaigns, payBases } from '../../db/schema/index.ts';
import { timesCoefficient, yuanToFen } from '../../domain/sanctions/performance-pay.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { transitionCampaign } from '../campaigns/campaigns.service.ts';
import { demoActor } from '../demo/demo-actors.ts';
import { DEMO_ARCHIVED_YEAR } from '../demo/demo-archived-year.ts';
import { MODULES } from '../index.ts';
import { demoResultsYear } from '../results/results.demo.ts';
import { completeTestYear, TEST_YEAR } from '../results/results-test-year.ts';
import { BASES_SHEET, PAY_COLUMNS, PAY_HEAD_ROWS, PAY_SHEET } from './pay-workbook.ts';
import type { CommendationView, PayView } from './rewards.schema.ts';
import { demoCampaignId, docxText, rowValues, workbookOf } from './rewards.test-support.ts';
import { rewardsArchiveDocuments } from './rewards-documents.ts';

let t: TestContext;
let year: string;
let archived: string;

beforeAll(async () => {
  t = await createTestContext();
  archived = await demoCampaignId(t.database.db, DEMO_ARCHIVED_YEAR);
  year = await t.database.transaction(async (tx) => {
    const id = await completeTestYear(tx, t.demo, MODULES);
    await demoResultsYear(tx, id, { complete: true });
    await transitionCampaign(tx, await demoActor(tx, 'office'), id, 'sanctions', MODULES);
    return id;
  });
}, 600_000);
afterAll(() => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pay = async (id = year, who = 'office') => {
  const res = await (await t.as(who)).get(`/api/campaigns/${id}/pay-sheet`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PayView;
};
const commendation = async (id = year, who = 'office') => {
  const res = await (await t.as(who)).get(`/api/campaigns/${id}/commendation`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CommendationView;
};
const upload = async (id: string, bytes: Buffer) =>
  (await t.as('office')).request({
    method: 'POST',
    url: `/api/campaigns/${id}/pay-bases/import`,
    payload: bytes,
    headers: { 'content-type': XLSX },
  });

/** The pay sheet's .xlsx: every cadre's line (amount = base × coefficient in fen) and the totals row. */
async function readPaySheet(id: string) {
  const res = await (await t.as('office')).get(`/api/campaigns/${id}/pay-sheet.xlsx`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX);
  const sheet = (await workbookOf(res.rawPayload)).getWorksheet(PAY_SHEET)!;
  expect(rowValues(sheet, PAY_HEAD_ROWS + 1)).toEqual([...PAY_COLUMNS]);
  const rows: unknown[][] = [];
  for (let r = PAY_HEAD_ROWS + 2; r <= sheet.rowCount; r++) rows.push(rowValues(sheet, r));
  const total = rows.pop()!;
  return { head: [1, 2, 3, 4].map((r) => String(sheet.getCell(r, 1).value)), rows, total };
}

function checkAmounts(sheet: Awaited<ReturnType<typeof readPaySheet>>) {
  let base = 0;
  let amount = 0;
  for (const row of sheet.rows) {
    const baseFen = Math.round((row[6] as number) * 100);
    const coefficient = row[5] as number;
    expect(Math.round((row[7] as number) * 100)).toBe(timesCoefficient(baseFen, coefficient));
    base += baseFen;
    amount += timesCoefficient(baseFen, coefficient);
  }
  expect(sheet.total[0]).toBe('合计');
  expect(Math.round((sheet.total[6] as number) * 100)).toBe(base);
  expect(Math.round((sheet.total[7] as number) * 100)).toBe(amount);
  return { base, amount };
}

describe('the demo’s archived 2025', () => {
  it('has a signed pay sheet, read only, whose .xlsx adds up', async () => {
    const v = await pay(archived);
    expect(v).toMatchObject({ available: true, status: 'signed', allowedActions: [] });
    expect(v.current).toMatchObject({ version: 1, reason: null });
    expect(v.lines.every((l) => l.base !== null && l.amount !== null)).toBe(true);
    const sheet = await readPaySheet(archived);
    expect(sheet.rows).toHaveLength(v.lines.length);
    const { amount } = checkAmounts(sheet);
    expect(yuanToFen(v.totals.amount)).toBe(amount);
    expect(sheet.head[1]).toContain('第 1 版　签发：');
    expect(sheet.head[3]).toMatch(/^审计链（.+）：第 \d+ 条 · 哈希 [0-9a-f]{16}…$/);
    const refused = await (await t.as('office')).post(`/api/campaigns/${archived}/pay-sheet/correct`, {
      reason: '试一试',
    });
    expect(refused.statusCode).toBe(409);
  });

  it('has an issued commendation on the public boards; its .docx names the 优秀 cadres', async () => {
    const v = await commendation(archived);
    expect(v).toMatchObject({ issued: true, grade: '优秀', allowedActions: [] });
    expect(v.honourees.length).toBeGreaterThan(0);
    const res = await (await t.as('office')).get(`/api/campaigns/${archived}/commendation.docx`);
    expect(res.statusCode).toBe(200);
    const text = await docxText(res.rawPayload);
    expect(text).toContain(`关于表彰${DEMO_ARCHIVED_YEAR}年度优秀村干部的决定`);
    expect(text).toContain('各村党组织、村民委员会：');
    for (const h of v.honourees) expect(text).toContain(h.name);
    expect(text).toMatch(/审计链（.+）：第 \d+ 条 · 哈希 [0-9a-f]{16}…/);
    const board = (
      await (await t.as(null)).get(`/api/public/villages/${t.demo.villageIds.愚公村!}/board`)
    ).json() as {
      earlierResults: { id: string; kind: string; content: { text: string } }[];
    };
    const shown = board.earlierResults.find((p) => p.kind === 'commendation')!;
    expect(shown.id).toBe(v.publicationId);
    for (const h of v.honourees) expect(shown.content.text).toContain(h.name);
  });
});

describe('the archive package of 2025', () => {
  it('carries the signed pay sheet and the issued notice', async () => {
    const [campaign] = await t.database.db.select().from(campaigns).where(eq(campaigns.id, archived));
    const docs = await rewardsArchiveDocuments(t.database.db, campaign!);
    expect(docs.map((d) => d.path)).toEqual([
      `绩效工资/愚公乡${DEMO_ARCHIVED_YEAR}年度村干部绩效工资表（第1版）.xlsx`,
      `评选表彰/愚公乡关于表彰${DEMO_ARCHIVED_YEAR}年度优秀村干部的决定.docx`,
    ]);
    expect(await docxText(Buffer.from(docs[1]!.bytes))).toContain('各村党组织、村民委员会：');
  });
});

describe('before the results are confirmed', () => {
  it('is not available and refuses writes (the demo’s 2026 is being evaluated)', async () => {
    const current = await demoCampaignId(t.database.db, 2026);
    const v = await pay(current);
    expect(v).toMatchObject({ available: false, allowedActions: [], lines: [] });
    expect(v.notice).toContain('审核确认');
    const res = await (await t.as('office')).post(`/api/campaigns/${current}/commendation/issue`, {});
    expect(res.statusCode).toBe(409);
  });
});

describe('绩效工资 of a year in 奖惩', () => {
  it('refuses other roles and bad amounts, naming the field; nothing is stored', async () => {
    const v = await pay();
    expect(v).toMatchObject({ available: true, status: 'draft', allowedActions: ['edit'] });
    expect(v.totals.missing).toBe(v.lines.length);
    const first = v.lines[0]!.participantId;
    const leader = await (await t.as('leader')).put(`/api/campaigns/${year}/pay-bases`, {
      bases: [{ participantId: first, base: '100' }],
    });
    expect(leader.statusCode).toBe(403);
    const bad = await (await t.as('office')).put(`/api/campaigns/${year}/pay-bases`, {
      bases: [{ participantId: first, base: '100.005' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('绩效工资基数（元）');
    const sign = await (await t.as('office')).post(`/api/campaigns/${year}/pay-sheet/sign`);
    expect(sign.json().error.message).toBe(`还有 ${v.lines.length} 名村干部没有填写绩效工资基数`);
    const [stored] = await t.database.db
      .select({ n: count() })
      .from(payBases)
      .where(eq(payBases.campaignId, year));
    expect(stored!.n).toBe(0);
  });

  it('imports the template: one bad row refuses the file, a good file sets every base', async () => {
    const res = await (await t.as('office')).get(`/api/campaigns/${year}/pay-bases/template.xlsx`);
    expect(res.statusCode).toBe(200);
    const book = await workbookOf(res.rawPayload);
    const sheet = book.getWorksheet(BASES_SHEET)!;
    const v = await pay();
    expect(sheet.rowCount - 1).toBe(v.lines.length);
    expect(rowValues(sheet, 2).slice(1, 3)).toEqual([v.lines[0]!.villageName, v.lines[0]!.name]);
    for (let r = 2; r <= sheet.rowCount; r++) sheet.getCell(r, 6).value = 20000 + r * 0.25;
    sheet.getCell(3, 6).value = '两万';
    const refused = await upload(year, Buffer.from(await book.xlsx.writeBuffer()));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/第 3 行 F 列“绩效工资基数（元）”：应填写/);
    expect((await pay()).totals.missing).toBe(v.lines.length);
    sheet.getCell(3, 6).value = '18,000.50';
    const done = await upload(year, Buffer.from(await book.xlsx.writeBuffer()));
    expect(done.statusCode, done.body).toBe(200);
    const after = done.json() as PayView;
    expect(after.totals.missing).toBe(0);
    expect(after.lines[1]!.base).toBe('18000.50');
    expect(after.lines[0]!.base).toBe('20000.50');
    expect(after.allowedActions).toEqual(['edit', 'sign']);
  });

  it('signs off: frozen; the .xlsx adds up; a correction takes a reason and makes version 2', async () => {
    const office = await t.as('office');
    const signed = await office.post(`/api/campaigns/${year}/pay-sheet/sign`);
    expect(signed.statusCode, signed.body).toBe(200);
    const v = signed.json() as PayView;
    expect(v).toMatchObject({ status: 'signed', allowedActions: ['correct'] });
    expect(v.current).toMatchObject({ version: 1, signedBy: expect.any(String) });
    const first = v.lines[0]!;
    const frozen = await office.put(`/api/campaigns/${year}/pay-bases`, {
      bases: [{ participantId: first.participantId, base: '1' }],
    });
    expect(frozen.statusCode).toBe(409);
    const sheet = await readPaySheet(year);
    expect(sheet.rows.map((r) => r[2])).toEqual(v.lines.map((l) => l.name));
    const { base, amount } = checkAmounts(sheet);
    expect([base, amount]).toEqual([yuanToFen(v.totals.base), yuanToFen(v.totals.amount)]);

    const noReason = await office.post(`/api/campaigns/${year}/pay-sheet/correct`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('更正原因');
    const opened = await office.post(`/api/campaigns/${year}/pay-sheet/correct`, {
      reason: '基数录入有误，按乡党委会议纪要更正',
    });
    expect((opened.json() as PayView).status).toBe('correcting');
    await office.put(`/api/campaigns/${year}/pay-bases`, {
      bases: [{ participantId: first.participantId, base: '12345.67' }],
    });
    const again = (await office.post(`/api/campaigns/${year}/pay-sheet/sign`)).json() as PayView;
    expect(again.current).toMatchObject({ version: 2, reason: '基数录入有误，按乡党委会议纪要更正' });
    expect(again.versions.map((x) => x.version)).toEqual([2, 1]);
    expect(again.lines[0]!.base).toBe('12345.67');
    const sheet2 = await readPaySheet(year);
    expect(sheet2.head[1]).toContain('第 2 版');
    expect(sheet2.head[1]).toContain('更正原因：基数录入有误');
    expect(sheet2.rows[0]![6]).toBe(12345.67);
    checkAmounts(sheet2);
    const audits = await t.database.db
      .select({ action: auditLog.action, n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'pay_sheet')))
      .groupBy(auditLog.action);
    const n = Object.fromEntries(audits.map((a) => [a.action, a.n]));
    // The demo's 2025 signed once too.
    expect(n).toEqual({ 'pay_sheet.sign': 3, 'pay_sheet.correct': 1 });
  });
});

describe('评选表彰 of a year in 奖惩', () => {
  it('lists the 优秀 cadres and suggests the notice; the office edits it and the .docx shows the edit', async () => {
    const v = await commendation();
    expect(v).toMatchObject({
      available: true,
      issued: false,
      saved: false,
      allowedActions: ['edit', 'issue'],
    });
    expect(v.honourees.length).toBeGreaterThan(0);
    expect(v.honourees.every((h) => h.grade === '优秀')).toBe(true);
    expect(v.body).toContain(`等 ${v.honourees.length} 名`);
    const office = await t.as('office');
    const bad = await office.put(`/api/campaigns/${year}/commendation`, {
      ...pick(v),
      noticeDate: '2025-02-30',
    });
    expect(bad.json().error).toMatchObject({ field: 'noticeDate' });
    const body = `${v.body}\n特此通报。`;
    const saved = await office.put(`/api/campaigns/${year}/commendation`, {
      ...pick(v),
      body,
      noticeDate: '2025-01-20',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ saved: true, body });
    const text = await docxText((await office.get(`/api/campaigns/${year}/commendation.docx`)).rawPayload);
    expect(text).toContain('特此通报。');
    expect(text).toContain('2025年1月20日');
    expect(text).toContain(`${TEST_YEAR}年度受表彰优秀村干部名单`);
    for (const h of v.honourees) expect(text).toContain(`${h.villageName}${h.name}${h.posts.join('、')}`);
  });

  it('issues it once: published on the public board, then frozen', async () => {
    const office = await t.as('office');
    const leader = await (await t.as('leader')).post(`/api/campaigns/${year}/commendation/issue`, {});
    expect(leader.statusCode).toBe(403);
    const res = await office.post(`/api/campaigns/${year}/commendation/issue`, {});
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as CommendationView;
    expect(v).toMatchObject({ issued: true, allowedActions: [] });
    const board = (
      await (await t.as(null)).get(`/api/public/townships/${t.demo.townshipIds.愚公乡!}/board`)
    ).json() as {
      earlierResults: { id: string; kind: string; title: string; content: { text: string } }[];
    };
    const shown = board.earlierResults.find((p) => p.id === v.publicationId)!;
    expect(shown.title).toBe(`愚公乡关于表彰${TEST_YEAR}年度优秀村干部的决定`);
    expect(shown.content.text).toContain('特此通报。');
    for (const h of v.honourees) expect(shown.content.text).toContain(h.name);
    const edit = await office.put(`/api/campaigns/${year}/commendation`, {
      ...pick(v),
      noticeDate: '2025-01-21',
    });
    expect(edit.statusCode).toBe(409);
    expect((await office.post(`/api/campaigns/${year}/commendation/issue`, {})).statusCode).toBe(409);
    const [issued] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'commendation.issue'));
    expect(issued!.n).toBe(2);
  });
});

const pick = (v: CommendationView) => ({
  title: v.title,
  recipients: v.recipients,
  body: v.body,
  signature: v.signature,
  noticeDate: v.noticeDate,
});

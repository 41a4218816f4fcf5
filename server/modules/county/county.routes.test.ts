import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, campaigns } from '../../db/schema/index.ts';
import type { FinalResult } from '../../domain/evaluation/types.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { closeOpenSanctions } from '../sanctions/sanctions.test-support.ts';
import { confirmResults } from './county.test-support.ts';
import { COUNTY_SUMMARY_SHEET, SUMMARY_HEAD_ROWS } from './county-workbook.ts';
import { RESULT_HEAD_ROWS } from './result-workbook.ts';

let t: TestContext;
let campaignId: string;
let results: FinalResult[];
const YEAR = DEMO_FULFILMENT_YEAR;

beforeAll(async () => {
  t = await createTestContext();
  campaignId = t.demo.campaignIds[YEAR]!;
});
afterAll(() => t.close());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function workbook(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book;
}
const values = (sheet: ExcelJS.Worksheet, row: number) =>
  Array.from((sheet.getRow(row).values as unknown[]).slice(1), (v) => v ?? null);

async function docxText(bytes: Buffer) {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

const reportUrl = () => `/api/county/reports/${campaignId}`;

describe('reports to the county', () => {
  it('has nothing to submit before the office confirms the results', async () => {
    const office = await t.as('office');
    const res = await office.get(reportUrl());
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.allowedActions).toEqual([]);
    expect(view.ungraded).toBeGreaterThan(0);
    expect(view.rows).toEqual([]);
    const submit = await office.post(`${reportUrl()}/submissions`, {});
    expect(submit.statusCode).toBe(409);
    expect(submit.json().error.message).toContain('审核确认');
    expect((await office.get(`${reportUrl()}/results.xlsx`)).statusCode).toBe(409);
  });

  it('refuses other roles and other townships', async () => {
    results = await confirmResults(t.database.db, campaignId);
    for (const user of ['county', 'countyadmin', 'leader', 'cadre', 'juror']) {
      expect((await (await t.as(user)).get(reportUrl())).statusCode, user).toBe(403);
      expect((await (await t.as(user)).post(`${reportUrl()}/submissions`, {})).statusCode, user).toBe(403);
    }
    for (const user of ['office', 'leader', 'cadre']) {
      expect((await (await t.as(user)).get('/api/county/overview')).statusCode, user).toBe(403);
    }
    // 太行乡's office: 愚公乡's campaign is as unknown as a missing one.
    const other = await t.as('office2');
    expect((await other.get(reportUrl())).statusCode).toBe(404);
    expect((await other.post(`${reportUrl()}/submissions`, {})).statusCode).toBe(404);
    expect(
      (
        await other.put(`${reportUrl()}/summary`, {
          opening: 'x',
          process: 'x',
          closing: 'x',
          signature: 'x',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('lets the office edit the summary text, refusing an empty part by its Chinese name', async () => {
    const office = await t.as('office');
    const view = (await office.get(reportUrl())).json();
    expect(view.allowedActions).toEqual(['download', 'edit_summary', 'submit']);
    expect(view.rows).toHaveLength(results.length);
    expect(view.summaryEdited).toBe(false);
    const bad = await office.put(`${reportUrl()}/summary`, { ...view.summary, opening: '  ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('开头');
    const saved = await office.put(`${reportUrl()}/summary`, {
      ...view.summary,
      closing: '下一步，我乡将严格兑现奖惩。',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      summaryEdited: true,
      summary: { closing: '下一步，我乡将严格兑现奖惩。' },
    });
    const preview = await office.get(`${reportUrl()}/summary.docx`);
    expect(preview.statusCode).toBe(200);
    expect(await docxText(preview.rawPayload)).toContain('下一步，我乡将严格兑现奖惩。');
  });

  it('keeps the year from being archived (奖惩 → 已归档) until its results are submitted', async () => {
    // At 奖惩 (the phase is set directly), with the tasks its certified 民主测评 opened closed: only the
    // report to the county is missing.
    await t.database.db.update(campaigns).set({ phase: 'sanctions' }).where(eq(campaigns.id, campaignId));
    try {
      await closeOpenSanctions(t.database, campaignId);
      const office = await t.as('office');
      const detail = (await office.get(`/api/campaigns/${campaignId}`)).json();
      expect(detail.nextPhaseRefusals).toEqual([
        '考评结果尚未上报县委组织部、县民政局：请先在“上报县级”中上报后再归档',
      ]);
      const res = await office.post(`/api/campaigns/${campaignId}/transition`, { to: 'archived' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        code: 'TRANSITION_REFUSED',
        message: expect.stringContaining('考评结果尚未上报县委组织部、县民政局'),
      });
    } finally {
      await t.database.db.update(campaigns).set({ phase: 'evaluation' }).where(eq(campaigns.id, campaignId));
    }
  });

  it('submits both documents with their SHA-256; a second submission needs its reason', async () => {
    const office = await t.as('office');
    const first = await office.post(`${reportUrl()}/submissions`, {});
    expect(first.statusCode).toBe(201);
    const s1 = first.json();
    expect(s1).toMatchObject({ seq: 1, reason: null, submittedByName: '韩文君（乡考评办）' });
    const xlsx = await office.get(s1.xlsxUrl);
    const docx = await office.get(s1.docxUrl);
    expect(sha256(xlsx.rawPayload)).toBe(s1.xlsxSha256);
    expect(sha256(docx.rawPayload)).toBe(s1.docxSha256);
    expect(xlsx.headers['content-disposition']).toContain(
      encodeURIComponent(`愚公乡${YEAR}年度村干部承诺考评结果汇总表.xlsx`),
    );

    const sheet = (await workbook(xlsx.rawPayload)).getWorksheet('考评结果')!;
    expect(sheet.getCell('A1').value).toBe(`愚公乡${YEAR}年度村干部承诺考评结果汇总表`);
    expect(String(sheet.getCell('A4').value)).toMatch(/^审计链（示范县）：第 \d+ 条 · 哈希 [0-9a-f]{16}…$/);
    const body = results.map((_, i) => values(sheet, RESULT_HEAD_ROWS + 2 + i));
    expect(body.map((r) => [r[0], r[2], r[8], r[9]])).toEqual(
      results.map((r) => [r.rank, r.name, r.composite, r.grade]),
    );
    const text = await docxText(docx.rawPayload);
    expect(text).toContain(`关于愚公乡${YEAR}年度村干部承诺考评结果的报告`);
    expect(text).toContain(`全乡共有 ${results.length} 名村干部参加考评`);
    expect(text).toContain('村级民主测评不满意票超过有效票半数');

    const again = await office.post(`${reportUrl()}/submissions`, {});
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toMatchObject({ field: 'reason' });
    expect(again.json().error.message).toContain('更正原因');
    const corrected = await office.post(`${reportUrl()}/submissions`, { reason: '更正一名村干部的职务' });
    expect(corrected.statusCode).toBe(201);
    expect(corrected.json()).toMatchObject({ seq: 2, reason: '更正一名村干部的职务' });

    const entries = await t.database.db
      .select({ action: auditLog.action, reason: auditLog.reason })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, 'county_submission'),
          inArray(auditLog.entityId, [s1.id, corrected.json().id]),
        ),
      )
      .orderBy(asc(auditLog.chainSeq));
    expect(entries).toEqual([
      { action: 'county_report.submit', reason: null },
      { action: 'county_report.resubmit', reason: '更正一名村干部的职务' },
    ]);
  });

  it('shows the county every township side by side, and its .xlsx adds up', async () => {
    const county = await t.as('county');
    const res = await county.get(`/api/county/overview?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.year).toBe(YEAR);
    const yugong = d.townships.find((x: { townshipName: string }) => x.townshipName === '愚公乡');
    const taihang = d.townships.find((x: { townshipName: string }) => x.townshipName === '太行乡');
    expect(taihang.submission).toBeNull();
    expect(yugong.submission).toMatchObject({ seq: 2, reason: '更正一名村干部的职务' });
    expect(yugong.submission.rows).toHaveLength(results.length);
    const graded = (g: string) => results.filter((r) => r.grade === g).length;
    expect(yugong.submission.counts).toEqual(d.grades.map((g: string) => ({ grade: g, count: graded(g) })));
    expect(yugong.submission.distribution.reduce((a: number, b: number) => a + b, 0)).toBe(
      results.length - 1,
    );

    const file = await county.get(`/api/county/overview.xlsx?year=${YEAR}`);
    expect(file.statusCode).toBe(200);
    const book = await workbook(file.rawPayload);
    expect(book.worksheets.map((s) => s.name)).toEqual([COUNTY_SUMMARY_SHEET, '愚公乡']);
    const summary = book.getWorksheet(COUNTY_SUMMARY_SHEET)!;
    const rows = [1, 2, 3].map((i) => values(summary, SUMMARY_HEAD_ROWS + 1 + i));
    const byName = (name: string) => rows.find((r) => r[0] === name)!;
    expect(byName('愚公乡').slice(1, 6)).toEqual([results.length, ...d.grades.map(graded)]);
    expect(byName('太行乡').slice(0, 2)).toEqual(['太行乡', '未上报']);
    expect(byName('合计')[1]).toBe(results.length);
    const township = book.getWorksheet('愚公乡')!;
    expect(values(township, RESULT_HEAD_ROWS + 2)[2]).toBe(results[0]!.name);

    // The county downloads what was submitted; another township's office cannot.
    const url = yugong.submission.xlsxUrl;
    expect(sha256((await county.get(url)).rawPayload)).toBe(yugong.submission.xlsxSha256);
    expect((await (await t.as('office2')).get(url)).statusCode).toBe(404);
    expect((await (await t.as('cadre')).get(url)).statusCode).toBe(403);
  });

  it('has an empty year when nothing was submitted', async () => {
    const d = (await (await t.as('county')).get(`/api/county/overview?year=${YEAR + 1}`)).json();
    expect(d.year).toBe(YEAR + 1);
    expect(d.townships.every((x: { submission: unknown }) => x.submission === null)).toBe(true);
  });
});

/**
 * Reports to the county (上报县级): the 2026 results confirmed (审核确认, written into this file's copy
 * of the demo before its server starts), the office edits the summary's text, submits the .xlsx and
 * .docx to 县委组织部/县民政局 and sees the record with its SHA-256; the county viewer opens 全县考评结果
 * from the menu and sees the township's table and both ECharts charts, downloads the county .xlsx
 * (read back), and a year with nothing submitted shows its empty state. At 1366 and 375 px.
 * Screenshots: tmp/shots/county-*.png (with E2E_SHOTS=1).
 */

import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmResults } from '../server/modules/county/county.test-support.ts';
import { COUNTY_SUMMARY_SHEET, SUMMARY_HEAD_ROWS } from '../server/modules/county/county-workbook.ts';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';
import { prepareDemoYear } from './prepare-demo-year.ts';

const YEAR = 2026;
let e2e: E2E;
let confirmed = 0;

beforeAll(async () => {
  e2e = await startE2E({
    prepare: prepareDemoYear(YEAR, async (database, campaignId) => {
      confirmed = (await confirmResults(database.db, campaignId)).length;
    }),
  });
});
afterAll(async () => {
  await e2e?.stop();
});

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);
const drawnCharts = (page: Page) => page.locator('[data-testid="county-chart"] canvas').count();

describe('reports to the county', () => {
  it('the office edits the summary and submits the documents; the record shows their SHA-256', async () => {
    const { page, context } = await e2e.newPage(DESKTOP);
    page.setDefaultTimeout(20_000);
    await login(page, 'office');
    await page.getByRole('menuitem', { name: '上报县级' }).click();
    await page.getByRole('heading', { name: `愚公乡 ${YEAR} 年度考评结果上报` }).waitFor();
    await expect
      .poll(() => page.getByTestId('report-results').locator('tbody tr.ant-table-row').count())
      .toBe(confirmed);
    await page.getByText('尚未上报。').waitFor();

    const closing = page.getByLabel('下一步工作');
    await closing.fill('下一步，我乡将严格兑现奖惩，督促整改。');
    await page.getByRole('button', { name: '保存文字' }).click();
    await page.getByText('已保存').first().waitFor();
    const preview = page.waitForEvent('download');
    await page.getByRole('link', { name: /预览结果报告/ }).click();
    expect((await preview).suggestedFilename()).toBe(`关于愚公乡${YEAR}年度村干部承诺考评结果的报告.docx`);

    await page.getByRole('button', { name: '上报县委组织部、县民政局' }).click();
    await page
      .getByRole('button', { name: '确 定' })
      .or(page.getByRole('button', { name: '确定' }))
      .click();
    const history = page.getByTestId('report-history');
    await history.getByText('首次上报').waitFor();
    expect(await history.textContent()).toMatch(/[0-9a-f]{64}/);
    await page.getByRole('button', { name: '更正后再次上报' }).waitFor();
    await shot(page, 'county-office');
    await context.close();
  });

  it('the county viewer sees the township side by side with charts and downloads the county .xlsx', async () => {
    const { page, context } = await e2e.newPage(DESKTOP);
    page.setDefaultTimeout(20_000);
    await login(page, 'county');
    await page.getByText(`${YEAR} 年度：1 / 2 个乡镇已上报考评结果`).waitFor();
    await page.getByRole('menuitem', { name: '全县考评结果' }).click();
    await page.getByRole('heading', { name: `示范县 ${YEAR} 年度村干部承诺考评结果` }).waitFor();
    await expect.poll(() => drawnCharts(page), { timeout: 20_000 }).toBe(2);
    const townships = page.getByTestId('county-townships');
    expect(await townships.textContent()).toContain('未上报');
    await expect
      .poll(() => page.getByTestId('county-results-愚公乡').locator('tbody tr.ant-table-row').count())
      .toBe(confirmed);
    await shot(page, 'county-viewer');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /下载全县汇总/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`示范县${YEAR}年度村干部承诺考评结果汇总.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const summary = workbook.getWorksheet(COUNTY_SUMMARY_SHEET)!;
    const rows: unknown[][] = [];
    summary.eachRow((row, n) => {
      if (n > SUMMARY_HEAD_ROWS + 1) rows.push((row.values as unknown[]).slice(1, 3));
    });
    // Every township of the county has its row, whether it has submitted or not.
    expect(rows).toContainEqual(['愚公乡', confirmed]);
    expect(rows).toContainEqual(['太行乡', '未上报']);
    expect(workbook.getWorksheet('愚公乡')).toBeDefined();

    // A year nobody has submitted yet has its own empty state.
    await page.getByLabel('年度').click();
    await page.getByTitle(`${YEAR + 1} 年度`).click();
    await page.getByTestId('county-empty').waitFor();
    await context.close();
  });

  it('at 375 px the county page does not scroll sideways', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    page.setDefaultTimeout(20_000);
    await login(page, 'county');
    await page.goto('/county');
    await page.getByRole('heading', { name: `示范县 ${YEAR} 年度村干部承诺考评结果` }).waitFor();
    await expect.poll(() => drawnCharts(page), { timeout: 20_000 }).toBe(2);
    await page.waitForTimeout(300);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'county-viewer-phone');
    await page.goto('/county-report');
    await page
      .getByText(/无权|没有权限/)
      .first()
      .waitFor();
    await context.close();
  });
});

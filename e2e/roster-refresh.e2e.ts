/**
 * The roster as a township office keeps it: the template comes filled with the township's villages
 * and cadres; uploaded as downloaded it changes nothing; with one village's director replaced, the
 * preview names who leaves and who is appointed; after the import the page offers to refresh the
 * open campaign's participants, naming who would be added, and does it only once confirmed.
 * At 1366 px and 375 px. Screenshots: tmp/shots/roster-*.png (with E2E_SHOTS=1).
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.stop();
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function downloadTemplate(page: Page): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-template').click(),
  ]);
  const bytes = await readFile((await download.path()) as string);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

async function upload(page: Page, workbook: ExcelJS.Workbook, name: string) {
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: XLSX,
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
}

/** After a resize the layout settles over a few frames (antd's breakpoints re-render): wait for it. */
async function noSidewaysScroll(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5_000 })
    .toBeLessThanOrEqual(PHONE.width);
}

describe('roster import, township office', () => {
  it('a filled template; one change named in the preview; participants refreshed once confirmed', async () => {
    const { page, context } = await e2e.newPage(DESKTOP);
    page.setDefaultTimeout(15_000);
    await login(page, 'office');
    await page.getByRole('menuitem', { name: '名册导入' }).click();
    const workbook = await downloadTemplate(page);
    const sheet = workbook.getWorksheet('名册')!;
    const names = (sheet.getColumn(1).values as unknown[]).slice(2).map(String);
    expect(names).toContain('愚公村');
    const row = sheet.getRow(names.indexOf('愚公村') + 2);
    expect([row.getCell(6).value, row.getCell(8).value]).toEqual(['李建国', '李建国']);

    await upload(page, workbook, '名册-未改动.xlsx');
    await page.getByTestId('no-changes').waitFor();
    await page.getByRole('button', { name: '重新选择文件' }).click();

    // 愚公村 gets its own committee director from 2027: 李建国 stays secretary.
    row.getCell(8).value = '王大成';
    row.getCell(9).value = '13811112222';
    row.getCell(10).value = new Date(Date.UTC(2027, 0, 1));
    await upload(page, workbook, '名册.xlsx');
    const changes = page.getByTestId('import-changes');
    await changes.waitFor();
    await expect.poll(() => changes.locator('tr.ant-table-row').count()).toBe(2);
    const lines = await changes.locator('tr.ant-table-row').allTextContents();
    expect(lines[0]).toMatch(/愚公村离任李建国村委会主任2026-12-31 止/);
    expect(lines[1]).toMatch(/愚公村任职王大成村委会主任2027-01-01 起/);
    await shot(page, 'roster-preview-changes');
    await page.setViewportSize(PHONE);
    await noSidewaysScroll(page);
    await shot(page, 'roster-preview-changes-phone');
    await page.setViewportSize(DESKTOP);

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByText('名册已导入').waitFor();
    const refresh = page.getByTestId('participant-refresh').filter({ hasText: '2027年度考评' });
    await refresh.getByText('新增 1 人').waitFor();
    expect(await refresh.textContent()).toContain('王大成');
    await shot(page, 'roster-participant-refresh');
    await page.setViewportSize(PHONE);
    await noSidewaysScroll(page);
    await shot(page, 'roster-participant-refresh-phone');
    await page.setViewportSize(DESKTOP);

    // Nothing is refreshed before the confirmation.
    const campaigns = await page.evaluate(async () => (await fetch('/api/campaigns')).json());
    const c2027 = campaigns.find((c: { year: number }) => c.year === 2027);
    const names2027 = async () =>
      (
        (await page.evaluate(
          async (id) => (await fetch(`/api/campaigns/${id}/participants`)).json(),
          c2027.id,
        )) as { name: string }[]
      ).map((p) => p.name);
    expect(await names2027()).not.toContain('王大成');
    await refresh.getByRole('button', { name: '刷新承诺主体' }).click();
    await page.getByText('被移除的人员不再参加本年度考评').waitFor();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.getByText(/承诺主体已刷新：新增 1 人/).waitFor();
    await refresh.getByText('承诺主体与任职记录一致').waitFor();
    expect(await names2027()).toContain('王大成');
    await context.close();
  });
});

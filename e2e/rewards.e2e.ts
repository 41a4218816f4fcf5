/**
 * 绩效工资和评选表彰: the demo's 2026 results are confirmed and the year enters 奖惩 (written into this
 * file's copy of the demo before its server starts). At 1366 px the office fills the base amounts from
 * the downloaded template, signs off the pay sheet and downloads it (read back: the totals add up),
 * edits and issues the commendation notice, which then shows on the public village board (375 px). The
 * demo's archived 2025 shows its signed sheet and issued notice, read only; the page fits a phone.
 * Screenshots: tmp/shots/rewards-*.png (with E2E_SHOTS=1).
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transitionCampaign } from '../server/modules/campaigns/campaigns.service.ts';
import { confirmResults } from '../server/modules/county/county.test-support.ts';
import { demoActor } from '../server/modules/demo/demo-actors.ts';
import { MODULES } from '../server/modules/index.ts';
import { BASES_SHEET, PAY_HEAD_ROWS, PAY_SHEET } from '../server/modules/rewards/pay-workbook.ts';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';
import { prepareDemoYear } from './prepare-demo-year.ts';

const YEAR = 2026;
const TITLE = `愚公乡关于表彰${YEAR}年度优秀村干部的决定`;
let e2e: E2E;
let office: Page;

beforeAll(async () => {
  e2e = await startE2E({
    prepare: prepareDemoYear(YEAR, async (database, campaignId) => {
      await confirmResults(database.db, campaignId);
      await database.transaction(async (tx) =>
        transitionCampaign(tx, await demoActor(tx, 'office'), campaignId, 'sanctions', MODULES),
      );
    }),
  });
  ({ page: office } = await e2e.newPage(DESKTOP));
  office.setDefaultTimeout(20_000);
  await login(office, 'office');
});
afterAll(async () => {
  await e2e?.stop();
});

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);
const confirmDialog = (p: Page) =>
  p.locator('.ant-modal-confirm').getByRole('button', { name: /印发并公示|签\s*发/ });

async function load(path: string) {
  const book = new ExcelJS.Workbook();
  const bytes = readFileSync(path);
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book;
}

describe('绩效工资', () => {
  it('the office imports the bases from the template, signs off and downloads the sheet', async () => {
    await office.getByRole('menuitem', { name: '绩效工资和表彰' }).click();
    const card = office.getByTestId('pay-card');
    await card.getByText('未签发').waitFor();
    await card.getByText(/还有 \d+ 名村干部没有填写基数/).waitFor();

    const template = office.waitForEvent('download');
    await card.getByRole('link', { name: '下载基数表模板' }).click();
    const book = await load(await (await template).path());
    const sheet = book.getWorksheet(BASES_SHEET)!;
    const cadres = sheet.rowCount - 1;
    for (let r = 2; r <= sheet.rowCount; r++) sheet.getCell(r, 6).value = 20000;
    await card.locator('input[type=file]').setInputFiles({
      name: '基数表.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await office.getByText('已导入基数').waitFor();
    await expect.poll(() => card.getByTestId('pay-total-base').textContent()).toBe(`${cadres * 20000}.00`);
    await shot(office, 'rewards-pay-draft');

    await card.getByRole('button', { name: /^签\s*发$/ }).click();
    await confirmDialog(office).click();
    await card.getByText('已签发（第 1 版）').waitFor();
    expect(await card.getByRole('button', { name: /^更\s*正$/ }).count()).toBe(1);
    const amount = (await card.getByTestId('pay-total-amount').textContent())!;

    const download = office.waitForEvent('download');
    await card.getByRole('link', { name: '下载绩效工资表' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`愚公乡${YEAR}年度村干部绩效工资表（第1版）.xlsx`);
    const pay = (await load(await file.path())).getWorksheet(PAY_SHEET)!;
    const total = pay.getRow(pay.rowCount);
    expect(total.getCell(1).value).toBe('合计');
    expect(total.getCell(7).value).toBe(cadres * 20000);
    expect((total.getCell(8).value as number).toFixed(2)).toBe(amount);
    let sum = 0;
    for (let r = PAY_HEAD_ROWS + 2; r < pay.rowCount; r++) {
      const row = pay.getRow(r);
      expect(row.getCell(8).value).toBeCloseTo(20000 * (row.getCell(6).value as number), 2);
      sum += Math.round((row.getCell(8).value as number) * 100);
    }
    expect((sum / 100).toFixed(2)).toBe(amount);
    await shot(office, 'rewards-pay-signed');
  });
});

describe('评选表彰', () => {
  it('the office edits and issues the notice; it shows on the public village board', async () => {
    const card = office.getByTestId('commendation-card');
    await card.getByText(/优秀村干部（\d+ 名）/).waitFor();
    const names = await card
      .getByTestId('honourees')
      .locator('tr.ant-table-row td:nth-child(2)')
      .allTextContents();
    expect(names.length).toBeGreaterThan(0);
    const body = card.getByLabel('正文');
    await body.fill(`${await body.inputValue()}\n特此通报。`);
    await card.getByRole('button', { name: '保存文字' }).click();
    await office.getByText('已保存表彰决定').waitFor();
    const preview = office.waitForEvent('download');
    await card.getByRole('link', { name: '预览表彰决定' }).click();
    expect((await preview).suggestedFilename()).toBe(
      `愚公乡关于表彰${YEAR}年度优秀村干部的决定（草稿）.docx`,
    );

    await card.getByRole('button', { name: '印发并公示' }).click();
    await confirmDialog(office).click();
    await card.getByTestId('commendation-issued').waitFor();
    await card.getByText(/特此通报。/).waitFor();
    await shot(office, 'rewards-commendation-issued');

    const villages = (await office.evaluate(async () => (await fetch('/api/villages')).json())) as {
      id: string;
      name: string;
    }[];
    const yugong = villages.find((v) => v.name === '愚公村')!.id;
    const { page: board, context } = await e2e.newPage(PHONE);
    await board.goto(`/public/villages/${yugong}`);
    const notice = board
      .getByTestId('public-publications')
      .getByTestId('publication')
      .filter({ hasText: TITLE });
    await notice.waitFor();
    await notice.locator('summary').click();
    await notice.getByText(/特此通报。/).waitFor();
    for (const name of names) await notice.getByText(new RegExp(name)).first().waitFor();
    expect(await pageWidth(board)).toBeLessThanOrEqual(PHONE.width);
    await shot(board, 'rewards-public-board');
    await context.close();
  });
});

describe('the archived 2025 and a phone', () => {
  it('2025 shows its signed sheet and issued notice, read only', async () => {
    await office.getByLabel('考评年度').click();
    await office.getByTitle(/2025 年度/).click();
    await office.getByTestId('pay-card').getByText('已签发（第 1 版）').waitFor();
    await office.getByTestId('commendation-issued').waitFor();
    expect(await office.getByRole('button', { name: /签\s*发|更\s*正|印发并公示|保存/ }).count()).toBe(0);
    await shot(office, 'rewards-2025');
  });

  it('fits a 375 px phone', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    await login(page, 'office');
    await page.goto('/rewards');
    await page.getByTestId('pay-card').waitFor();
    await page.getByTestId('commendation-card').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'rewards-phone');
    await context.close();
  });
});

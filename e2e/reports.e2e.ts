/**
 * 述职报告: 愚公村's cadre, on a phone, finishes his draft (prefilled from his pledges and their
 * progress) and submits it; the office sees it submitted in the overview and downloads the .docx,
 * whose text is his report. At 375 px nothing scrolls sideways.
 * Screenshots: tmp/shots/reports-*.png (with E2E_SHOTS=1).
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
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

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);
const SELF_BUILDING = '坚持学习党的二十大精神，全年参加乡党校培训3次；严守廉洁底线，不插手村级工程。';
const PLANS = '存在问题：小杂粮加工坊销路不稳。下一步打算：对接县电商中心，2027年一季度开通网店。';

describe('述职报告', () => {
  it('the cadre writes and submits on a phone', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    page.setDefaultTimeout(20_000);
    await login(page, 'cadre');
    await page.getByTestId('reports-home').waitFor();
    await page.getByTestId('open-menu').click();
    await page.getByRole('menuitem', { name: '我的述职报告' }).click();
    await page.getByRole('heading', { name: /2026年度述职报告 · 李建国/ }).waitFor();
    expect(await page.getByTestId('report-status').textContent()).toBe('草稿');
    // The statements came prefilled from the pledges' standards and latest progress.
    const firstStatement = page.locator('textarea').first();
    expect(await firstStatement.inputValue()).toMatch(/^完成标准：/);
    await shot(page, 'reports-cadre-draft-phone');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.getByLabel('三、自身建设情况').fill(SELF_BUILDING);
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存').waitFor();
    await page.getByLabel('四、存在问题及下一步打算').fill(PLANS);
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: '确认提交述职报告？' }).waitFor();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /提\s*交/ })
      .click();
    await page.getByText('述职报告已提交', { exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('report-status').textContent()).toBe('已提交');
    await page.getByTestId('report-text').getByText(SELF_BUILDING).waitFor();
    expect(await page.getByRole('button', { name: '保存草稿' }).count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'reports-cadre-submitted-phone');
    await context.close();
  });

  it('the office sees it submitted and downloads the .docx', async () => {
    const { page, context } = await e2e.newPage(DESKTOP);
    page.setDefaultTimeout(20_000);
    await login(page, 'office');
    await page.getByTestId('reports-home').waitFor();
    await page.getByRole('menuitem', { name: /^(\S+ )?述职报告$/ }).click();
    await page.getByRole('heading', { name: '2026 年度述职报告' }).waitFor();
    const row = page.getByTestId('report-overview').locator('tr').filter({ hasText: '李建国' });
    await row.getByText('已提交').waitFor();
    expect(await row.textContent()).toMatch(/2026年\d+月\d+日 \d\d:\d\d/);
    // 13 in the demo, and his.
    expect(await page.getByTestId('report-counts').textContent()).toContain('14');
    await shot(page, 'reports-office-overview');

    await row.getByRole('link', { name: '查看' }).click();
    await page.getByTestId('report-text').getByText(PLANS).waitFor();
    await page.getByRole('button', { name: '退回修改' }).waitFor();
    await shot(page, 'reports-office-report');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /下载 .docx/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('愚公村李建国2026年度述职报告.docx');
    const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('2026年度述职报告');
    expect(text).toContain('姓名：李建国');
    expect(text).toContain(SELF_BUILDING);
    expect(text).toContain('述职人（签字）');
    await context.close();
  });
});

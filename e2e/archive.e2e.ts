/**
 * The archive package of the demo's archived 2025 year: the office opens the year from the campaign
 * list, sees the 归档包 section with the seal, downloads the .zip in the browser, and the package
 * verifies offline (the same check as `npm run archive:verify PACKAGE.zip`); the section then lists
 * the download with its manifest hash. A county viewer can download too; at 375 px nothing scrolls
 * sideways.
 * Screenshots: tmp/shots/archive-*.png (with E2E_SHOTS=1).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageReport } from '../scripts/archive-verify.ts';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.stop();
});

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);

async function openArchivedYear(page: Page) {
  await page.goto('/campaigns');
  await page.getByRole('link', { name: '2025 年度村官承诺考评' }).click();
  await page.getByTestId('archive-package').waitFor();
}

describe('the archive package of an archived year', () => {
  it('the office downloads it in the browser, it verifies offline, and the download is listed', async () => {
    const { page, context } = await e2e.newPage(DESKTOP);
    page.setDefaultTimeout(60_000);
    await login(page, 'office');
    await openArchivedYear(page);
    const section = page.getByTestId('archive-package');
    await section.getByText('封存值').waitFor();
    expect(await section.textContent()).toContain('还没有人下载过归档包');
    await shot(page, 'archive-office');

    const download = page.waitForEvent('download', { timeout: 120_000 });
    await section.getByRole('link', { name: /下载归档包/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('愚公乡2025年度考评归档包.zip');
    const zip = new Uint8Array(await readFile((await file.path())!));
    const report = packageReport(zip);
    expect(report.lines.join('\n')).toContain('OK');
    expect(report.exitCode).toBe(0);

    // The section lists the download with the SHA-256 of the package's manifest.
    await page.reload();
    await page.getByTestId('archive-package').getByText('清单校验值').waitFor();
    const listed = await page.getByTestId('archive-package').textContent();
    const manifestLine = report.lines.find((l) => l.startsWith('清单 manifest.json 的 SHA-256：'))!;
    expect(listed).toContain(manifestLine.split('：')[1]);
    await shot(page, 'archive-office-downloaded');
    await context.close();
  }, 240_000);

  it('a county viewer may download it; at 375 px nothing scrolls sideways', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    page.setDefaultTimeout(60_000);
    await login(page, 'county');
    await openArchivedYear(page);
    await page
      .getByTestId('archive-package')
      .getByRole('link', { name: /下载归档包/ })
      .waitFor();
    await page.waitForTimeout(300);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'archive-county-phone');
    await context.close();
  }, 120_000);
});

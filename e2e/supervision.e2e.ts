/**
 * Supervision at phone width: the demo villager supervisor (周大山, 愚公村) signs in on a 375 px
 * phone, opens one of the village's approved pledges from the home page and files a report with a
 * photo; the office (1366 px) sees it on 监督检查 with the photo, and the overdue rectification of
 * the demo's second check stands out. The contact leader logs a visit from their phone's home page.
 */
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';

let e2e: E2E;
let phone: Page;
let office: Page;
let leader: Page;

beforeAll(async () => {
  e2e = await startE2E();
  ({ page: phone } = await e2e.newPage(PHONE));
  ({ page: office } = await e2e.newPage(DESKTOP));
  ({ page: leader } = await e2e.newPage(PHONE));
});

afterAll(async () => {
  await e2e?.stop();
});

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);
const SEEN = '村西段水泥路面已浇筑，东段还在平整路基，现场有六名工人。';
const VISIT = '和村两委一起查看东段路基，督促施工方十二月十日前完成浇筑。';

/** A site photo as a phone takes it (a JPEG with some texture). */
const sitePhoto = () =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 120, g: 140, b: 90 } } })
    .composite([
      {
        input: { create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 190, b: 170 } } },
        top: 300,
        left: 400,
      },
    ])
    .jpeg()
    .toBuffer();

describe('villager supervisors, the office and the contact leader', () => {
  it('a supervisor files a report with a photo on the phone', async () => {
    await login(phone, 'supervisor');
    const pledges = phone.getByTestId('supervised-pledge');
    await pledges.first().waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, 'supervision-home');
    await pledges.first().getByRole('button', { name: '提交监督报告' }).click();
    await phone.getByLabel('监督日期').fill('2026-11-30');
    await phone.locator('label').filter({ hasText: '进度滞后' }).click();
    await phone.getByLabel('看到的情况').fill(SEEN);
    await phone.locator('input[type=file]').setInputFiles({
      name: 'site.jpg',
      mimeType: 'image/jpeg',
      buffer: await sitePhoto(),
    });
    await phone.getByText('site.jpg').waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, 'supervision-report-form');
    await phone.getByRole('button', { name: /提\s*交/ }).click();
    await phone.getByText('监督报告已提交').waitFor();
    await phone.getByTestId('supervised-pledges').waitFor();
    await phone.getByText(SEEN).waitFor();
  });

  it('the office sees the report with its photo, and the overdue rectification stands out', async () => {
    await login(office, 'office');
    await office.goto('/supervision');
    const report = office.getByTestId('report').filter({ hasText: SEEN });
    await report.waitFor();
    expect(await report.textContent()).toContain('进度滞后');
    expect(await report.textContent()).toContain('周大山');
    await expect.poll(() => report.locator('img').count()).toBe(1);
    await office.getByRole('tab', { name: '督察检查' }).click();
    await office.getByTestId('rectification-overdue').first().waitFor();
    expect(await office.getByTestId('rectification-counts').textContent()).toMatch(/逾期 [1-9]/);
    await shot(office, 'supervision-office');
  });

  it('the contact leader logs a visit from the home page on the phone', async () => {
    await login(leader, 'leader');
    const village = leader.getByTestId('contact-village').filter({ hasText: '愚公村' });
    await village.waitFor();
    expect(await pageWidth(leader)).toBeLessThanOrEqual(PHONE.width);
    await village.getByRole('button', { name: '登记走访' }).click();
    const dialog = leader.getByRole('dialog');
    await dialog.getByLabel('走访日期').fill('2026-11-30');
    await dialog.getByLabel('了解和指导的内容').fill(VISIT);
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await leader.getByText('走访已登记').waitFor();
    await shot(leader, 'supervision-leader-home');
    await leader.goto('/supervision');
    await leader.getByRole('tab', { name: '走访记录' }).click();
    await leader.getByTestId('visit').filter({ hasText: VISIT }).waitFor();
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, login, PHONE, shot, startE2E } from './harness.ts';

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E();
  ({ page } = await e2e.newPage(PHONE));
});

afterAll(async () => {
  await e2e?.stop();
});

/** The page fits the phone: nothing but a table's own scroller is wider than the screen. */
const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);

describe('phone (375×740)', () => {
  it('signs in, opens the menu drawer, reads villages, campaigns and participants and excludes one, without sideways scrolling', async () => {
    await login(page, 'office');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await shot(page, 'phone-home');
    await page.getByTestId('open-menu').click();
    await shot(page, 'phone-menu');
    await page.getByRole('menuitem', { name: '村庄与村干部' }).click();
    await page.getByText('愚公村').first().waitFor();
    expect(await page.locator('.ant-card').count()).toBeGreaterThan(5);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.getByTestId('open-menu').click();
    await page.getByRole('menuitem', { name: '考评活动' }).click();
    await page
      .getByRole('link', { name: /年度村官承诺考评/ })
      .first()
      .click();
    await page.getByTestId('config-form').waitFor();
    await shot(page, 'phone-campaign');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.locator('.ant-segmented').getByText('承诺主体').click();
    await page.getByText(/共 \d+ 名承诺主体/).waitFor();
    await shot(page, 'phone-participants');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    const card = page.getByTestId('participant-card').filter({ hasText: '陈秀兰' });
    await card.getByRole('button', { name: /排\s*除/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('原因').fill('因涉嫌违法被立案侦查，尚未结案');
    const year = /(\d{4}) 年度/.exec((await page.getByRole('heading').first().textContent()) ?? '')?.[1];
    await dialog.getByLabel('立案日期').fill(`${year}-04-01`);
    // Leaving the field closes the calendar, which on a phone covers the rest of the dialog.
    await dialog.getByLabel('立案日期').press('Tab');
    await dialog.getByRole('button', { name: /排\s*除/ }).click();
    await expect.poll(() => card.textContent()).toContain('已排除');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.getByTestId('open-menu').click();
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByRole('button', { name: '校验哈希链' }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: '哈希链完整' }).waitFor();
  });
});

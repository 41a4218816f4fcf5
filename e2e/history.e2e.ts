/**
 * 履职档案, county trends and 软弱涣散村级组织 in the browser: the office opens 刘福贵's history from the
 * results table and from the participants list and sees the archived 2025 (confirmed, 不合格, his
 * admonishment) and the 2026 under evaluation (preview); the county viewer sees the trends charts drawn
 * at 1366 and 375 px with no sideways scroll on the phone; the office records a follow-up on 2025's
 * 北山村 and closes it. Screenshots: tmp/shots/history-*.png (with E2E_SHOTS=1).
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../server/domain/local-time.ts';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';

const CADRE = '刘福贵';
let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.stop();
});

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);
const drawnTrends = (page: Page) => page.locator('[data-testid="trends-chart"] canvas').count();

async function seesBothYears(page: Page) {
  await page.getByRole('heading', { name: `${CADRE} · 履职档案` }).waitFor();
  const years = page.getByTestId('history-years');
  await years.locator('tr[data-year="2025"]').getByText('不合格').waitFor();
  await years.locator('tr[data-year="2026"]').getByText('预览，未确认').waitFor();
  await page
    .getByTestId('history-year')
    .filter({ hasText: '2025年度' })
    .getByText('诫勉谈话')
    .first()
    .waitFor();
  // Failed by the villagers both years: no township report, so no composite to draw.
  await page.getByText('还没有算出综合得分的年度').waitFor();
}

/** A cadre who reported and was scored in 2025: the composite line is drawn. */
async function seesCompositeLine(page: Page, name: string) {
  await page.getByRole('heading', { name: `${name} · 履职档案` }).waitFor();
  await page.getByTestId('history-years').locator('tr[data-year="2025"]').waitFor();
  await expect.poll(() => page.locator('[data-testid="history-chart"] canvas').count()).toBe(1);
}

const SCORED = '王志强';

describe('a cadre’s history', () => {
  it('the office opens it from the results table and from the participants list', async () => {
    const { page, context } = await e2e.newPage(DESKTOP);
    page.setDefaultTimeout(20_000);
    await login(page, 'office');
    await page.getByRole('menuitem', { name: /考评结果/ }).click();
    await page.getByTestId('results-table').getByTestId('history-link').filter({ hasText: CADRE }).click();
    await seesBothYears(page);
    await shot(page, 'history-office');
    await page.getByTestId('history-back').click();
    await page.getByTestId('results-table').getByTestId('history-link').filter({ hasText: SCORED }).click();
    await seesCompositeLine(page, SCORED);
    await shot(page, 'history-office-scored');

    await page.getByRole('menuitem', { name: /承诺主体/ }).click();
    await page.getByTestId('history-link').filter({ hasText: CADRE }).first().click();
    await seesBothYears(page);
    await context.close();
  });

  it('on a phone the page does not scroll sideways', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    page.setDefaultTimeout(20_000);
    await login(page, 'office');
    await page.goto('/participants');
    await page.getByTestId('history-link').filter({ hasText: SCORED }).first().click();
    await seesCompositeLine(page, SCORED);
    await page.waitForTimeout(300);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'history-office-phone');
    await context.close();
  });
});

describe('county trends', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`the county viewer sees the trends charts drawn (${viewport.width} px)`, async () => {
      const { page, context } = await e2e.newPage(viewport);
      page.setDefaultTimeout(20_000);
      await login(page, 'county');
      await page.goto('/county');
      const trends = page.getByTestId('county-trends');
      await trends.getByText('历年趋势').waitFor();
      await expect.poll(() => drawnTrends(page), { timeout: 20_000 }).toBe(3);
      await expect.poll(() => trends.getByTestId('trends-caption').textContent()).toContain('2026');
      await trends.getByTestId('trends-table').getByText('2025年度').first().waitFor();
      await page.waitForTimeout(300);
      if (name === 'phone') expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await trends.scrollIntoViewIfNeeded();
      await shot(page, `history-county-trends-${name}`);
      await context.close();
    });
  }
});

describe('weak organizations', () => {
  it('the office records a follow-up on 2025’s 北山村 and closes it', async () => {
    const { page, context } = await e2e.newPage(DESKTOP);
    page.setDefaultTimeout(20_000);
    await login(page, 'office');
    await page.getByRole('menuitem', { name: /软弱涣散整顿/ }).click();
    await page.getByRole('heading', { name: '软弱涣散村级组织整顿' }).waitFor();
    const card = page.locator('[data-testid="weak-organization"][data-village="北山村"]');
    await card.getByText('整顿中').waitFor();
    await card.getByText('第一书记已到村').waitFor();
    await shot(page, 'history-weak-open');

    await card.getByRole('button', { name: '记录跟踪' }).click();
    const follow = page.getByRole('dialog');
    await follow.getByLabel('跟踪情况').fill('道路硬化和饮水工程已完工，群众验收通过。');
    await follow.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已记录跟踪情况').waitFor();
    await card.getByText('道路硬化和饮水工程已完工').waitFor();

    await card.getByRole('button', { name: '整顿销号' }).click();
    const close = page.getByRole('dialog');
    await close.getByLabel('整改成效').fill('班子运转正常，问题清单全部办结，经乡党委研究同意销号。');
    await close.getByRole('button', { name: '整顿销号' }).click();
    await card.getByText('已销号', { exact: true }).waitFor();
    await card.getByText(`${localToday().replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}由`).waitFor();
    expect(await card.getByRole('button', { name: '记录跟踪' }).count()).toBe(0);
    await shot(page, 'history-weak-closed');
    await context.close();
  });
});

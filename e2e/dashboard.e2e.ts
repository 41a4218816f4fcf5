/**
 * The township dashboard (践诺看板): the office opens it from the menu and sees the 2026 campaign in
 * 践诺 with both ECharts charts drawn, the stat cards and the villages falling behind; the .xlsx
 * downloads; ECharts is loaded only on this page; a leader sees only their two contact villages; at
 * 375 px nothing scrolls sideways.
 * Screenshots: tmp/shots/dashboard-*.png (with E2E_SHOTS=1).
 */
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

/** Script files the page has fetched so far. */
const scripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((n) => n.endsWith('.js')),
  );

/** The charts' canvases once ECharts has drawn them. */
const drawnCharts = (page: Page) => page.locator('[data-testid="dashboard-chart"] canvas').count();

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);

describe('the township dashboard', () => {
  it('the office opens it from the menu: charts, numbers, villages behind, the .xlsx', async () => {
    const { page, context } = await e2e.newPage(DESKTOP);
    page.setDefaultTimeout(20_000);
    await login(page, 'office');
    const before = await scripts(page);
    await page.getByRole('menuitem', { name: '践诺看板' }).click();
    await page.getByRole('heading', { name: '愚公乡 2026 年度践诺看板' }).waitFor();
    await expect.poll(() => drawnCharts(page), { timeout: 20_000 }).toBe(2);
    expect(await page.getByTestId('stat-pledges').textContent()).toContain('54');
    expect(await page.getByTestId('stat-pledges').textContent()).toContain('共 12 个村');
    await page.getByTestId('behind-villages').waitFor();
    // ECharts came with this page, not before it.
    const after = await scripts(page);
    const added = after.filter((s) => !before.includes(s));
    expect(before.some((s) => /echarts/i.test(s))).toBe(false);
    expect(added.length).toBeGreaterThan(0);
    await shot(page, 'dashboard-office');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /导出 .xlsx/ }).click();
    expect((await download).suggestedFilename()).toBe('2026年度践诺看板.xlsx');
    await context.close();
  });

  it('a leader sees only their contact villages; at 375 px nothing scrolls sideways', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    page.setDefaultTimeout(20_000);
    await login(page, 'leader');
    await page.getByTestId('open-menu').click();
    await page.getByRole('menuitem', { name: '践诺看板' }).click();
    await page.getByText('只显示您的联系村').waitFor();
    await expect.poll(() => drawnCharts(page), { timeout: 20_000 }).toBe(2);
    expect(await page.getByTestId('stat-pledges').textContent()).toContain('共 2 个村');
    await page.waitForTimeout(300);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'dashboard-leader-phone');
    await context.close();
  });

  it('a village clerk has no dashboard: no menu entry, and the page says so', async () => {
    const { page, context } = await e2e.newPage(DESKTOP);
    await login(page, 'clerk');
    expect(await page.getByRole('menuitem', { name: '践诺看板' }).count()).toBe(0);
    await page.goto('/dashboard');
    await page
      .getByText(/没有权限|无权/)
      .first()
      .waitFor();
    await context.close();
  });
});

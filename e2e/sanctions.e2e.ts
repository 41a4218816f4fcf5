/**
 * 奖惩 (issue 11). First the demo as it stands (2026 in 评诺): the office opens 奖惩 and is told
 * 北山村's 刘福贵 (不合格 in 2025, his 2026 民主测评 certified unqualified) will face a removal case once
 * the results are confirmed. Then a copy whose 2026 was taken to 奖惩 through the modules' own
 * services (completeDemoYear, before its server starts): the office records his admonishment talk,
 * which closes the task, and walks his removal case through notice, statement and defence, decision
 * with reasons and outcome, each dated, until it is closed; at 1366 and at 375 px, no sideways
 * scroll on the phone. Screenshots: tmp/shots/sanctions-*.png (with E2E_SHOTS=1).
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../server/domain/local-time.ts';
import { completeDemoYear } from '../server/modules/demo/complete-demo-year.test-support.ts';
import { MODULES } from '../server/modules/index.ts';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';
import { prepareDemoYear } from './prepare-demo-year.ts';

const YEAR = 2026;
const CADRE = '刘福贵';
const today = localToday();

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);
const ok = (page: Page) => page.getByRole('dialog').getByRole('button', { name: /确\s*定/ });

async function noSidewaysScroll(page: Page) {
  await page.waitForTimeout(300);
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
}

describe('before 奖惩 (the demo as it stands)', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it('the office sees who will face a removal case once 2026 is confirmed', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, context } = await e2e.newPage(viewport);
      page.setDefaultTimeout(20_000);
      await login(page, 'office');
      if (viewport === DESKTOP) await page.getByRole('menuitem', { name: '诫勉与免职' }).click();
      else await page.goto('/sanctions');
      await page.getByText(`${YEAR} 年度尚在“评诺”阶段`).waitFor();
      const row = page.getByTestId('removal-outlook').locator(`[data-name="${CADRE}"]`);
      await row.getByText('确认后即启动').waitFor();
      expect(await row.textContent()).toContain('2025年度考评等次为“不合格”');
      if (viewport === PHONE) await noSidewaysScroll(page);
      await shot(page, viewport === DESKTOP ? 'sanctions-outlook' : 'sanctions-outlook-phone');
      await context.close();
    }
  });
});

describe('in 奖惩 (2026 completed and confirmed)', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E({
      prepare: prepareDemoYear(YEAR, (database, campaignId) =>
        database.transaction((tx) => completeDemoYear(tx, campaignId, MODULES)),
      ),
    });
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  /** Records the case's next step from its card: the dialog's date and text, then 确定. */
  async function recordStep(page: Page, step: string, dateLabel: string, textLabel: string, text: string) {
    const card = page.getByTestId('removal-case').and(page.locator(`[data-name="${CADRE}"]`));
    await card.getByRole('button', { name: `记录“${step}”` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(dateLabel).fill(today);
    await dialog.getByLabel(textLabel).fill(text);
    await ok(page).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText(text).waitFor();
  }

  it('the office records the admonishment talk, which closes the task, and starts the removal case', async () => {
    const { page, context } = await e2e.newPage(DESKTOP);
    page.setDefaultTimeout(20_000);
    await login(page, 'office');
    await page.getByRole('menuitem', { name: '诫勉与免职' }).click();
    await page.getByRole('heading', { name: '诫勉谈话与免职（罢免）' }).waitFor();
    const task = page.locator(`tr[data-name="${CADRE}"]`);
    await task.getByText('待谈话').waitFor();
    await shot(page, 'sanctions-open');

    await task.getByRole('button', { name: '记录谈话' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('谈话人').fill('乡党委副书记 刘金成，乡考评办 韩文君');
    await dialog.getByLabel('谈话日期').fill(today);
    await dialog.getByLabel('谈话内容').fill('指出年度考评不合格的问题，要求对照承诺逐项整改。');
    await dialog.getByLabel('本人表态').fill('接受组织谈话，保证逐项整改。');
    await shot(page, 'sanctions-talk');
    await ok(page).click();
    await dialog.waitFor({ state: 'hidden' });
    await task.getByText('已谈话').waitFor();
    expect(await task.getByRole('button', { name: '记录谈话' }).count()).toBe(0);
    expect(await task.textContent()).toContain('保证逐项整改');

    await recordStep(
      page,
      '告知',
      '告知日期',
      '告知内容',
      '书面告知书当面送达本人，告知连续两年考评不合格拟启动免职（罢免）程序。',
    );
    await recordStep(
      page,
      '陈述申辩',
      '陈述申辩日期',
      '陈述申辩要点',
      '本人陈述承诺事项推进慢的原因，未提出异议。',
    );
    await shot(page, 'sanctions-case');
    await context.close();
  });

  it('on a 375 px phone the office records the decision with reasons and the outcome; the case closes', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    page.setDefaultTimeout(20_000);
    await login(page, 'office');
    await page.goto('/sanctions');
    await page.locator(`tr[data-name="${CADRE}"]`).getByText('已谈话').waitFor();
    await noSidewaysScroll(page);
    await recordStep(
      page,
      '作出决定',
      '决定日期',
      '决定及理由',
      '乡党委决定：依据2025、2026年度考评结果撤销其党内职务，并提请村民依法启动罢免程序；本人陈述未提出新的事实。',
    );
    await noSidewaysScroll(page);
    await shot(page, 'sanctions-decision-phone');
    await recordStep(
      page,
      '执行结果',
      '执行日期',
      '执行结果',
      '已撤销党支部书记职务；村委会主任罢免程序已启动，由村民委员会召集村民会议表决。',
    );
    const card = page.getByTestId('removal-case').and(page.locator(`[data-name="${CADRE}"]`));
    await card.getByText('案件已办结').waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    await noSidewaysScroll(page);
    await shot(page, 'sanctions-closed-phone');
    await context.close();
  });
});

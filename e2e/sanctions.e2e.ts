/**
 * 奖惩 (issue 11). First the demo as it stands (2026 in 评诺) with 北山村's 村民会议 recorded: 刘福贵
 * (不合格 in 2025, his 2026 民主测评 certified unqualified) already has his removal case open (notice
 * and statement recorded) and his admonishment overdue; the office records the recall proposal (one
 * signature short of a fifth is refused, a fifth is met) and starts the recall vote from the case,
 * which then links the poll. Then a copy whose 2026 was taken to 奖惩 through the modules' own
 * services (completeDemoYear, before its server starts): the office records his admonishment talk,
 * which closes the task, and walks his removal case through the decision with reasons and the
 * outcome, each dated, until it is closed; at 1366 and at 375 px, no sideways scroll on the phone. Screenshots: tmp/shots/sanctions-*.png (with E2E_SHOTS=1).
 */

import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../server/db/client.ts';
import { villages } from '../server/db/schema/index.ts';
import { localToday } from '../server/domain/local-time.ts';
import { completeDemoYear } from '../server/modules/demo/complete-demo-year.test-support.ts';
import { demoActor } from '../server/modules/demo/demo-actors.ts';
import { MODULES } from '../server/modules/index.ts';
import { createMeeting } from '../server/modules/meetings/meetings.service.ts';
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

/** The demo plus 北山村's 村民会议 for the recall vote, recorded by the office before the server starts. */
async function recallMeeting(database: Database, campaignId: string) {
  await database.transaction(async (tx) => {
    const [village] = await tx.select({ id: villages.id }).from(villages).where(eq(villages.name, '北山村'));
    const office = await demoActor(tx, 'office');
    await createMeeting(tx, office, {
      villageId: village!.id,
      campaignId,
      kind: 'villager_assembly',
      title: '北山村村民会议：罢免村民委员会主任',
      startsAt: `${YEAR}-12-05T09:00:00+08:00`,
      place: '北山村小学操场',
      host: '韩文君',
      hostUserId: office.userId,
      counters: ['刘长海'],
      scrutineers: ['李文华'],
    });
  });
}

describe('before 奖惩 (the demo as it stands)', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E({ prepare: prepareDemoYear(YEAR, recallMeeting) });
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it('the office finds 刘福贵’s case already open and his admonishment overdue, and starts the recall vote from the case', async () => {
    const { page, context } = await e2e.newPage(DESKTOP);
    page.setDefaultTimeout(20_000);
    await login(page, 'office');
    await page.getByRole('menuitem', { name: '诫勉与免职' }).click();
    await page.getByText(`${YEAR} 年度尚在“评诺”阶段`).waitFor();
    const task = page.locator(`tr[data-name="${CADRE}"]`);
    await task.getByText('已逾期').waitFor();
    const card = page.getByTestId('removal-case').and(page.locator(`[data-name="${CADRE}"]`));
    await card.getByText('2025、2026 年度连续不合格').waitFor();
    expect(await card.textContent()).toContain('陈述申辩');
    await shot(page, 'sanctions-outlook');

    const recall = card.getByTestId('recall');
    await recall.getByRole('button', { name: '登记罢免联名要求' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('村民联名人数').fill('195');
    await dialog.getByLabel('有选举权的村民人数').fill('980');
    await dialog.getByLabel('村民代表联名人数').fill('8');
    await dialog.getByLabel('村民代表人数').fill('25');
    await ok(page).click();
    await page.getByText('未达到提出条件').first().waitFor();
    await dialog.getByLabel('村民联名人数').fill('196');
    await ok(page).click();
    await dialog.waitFor({ state: 'hidden' });
    await recall.getByText('符合提出条件').waitFor();

    await recall.getByRole('combobox', { name: '选择本村的村民会议' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '北山村村民会议' })
      .click();
    await recall.getByRole('button', { name: '发起罢免表决' }).click();
    const link = recall.getByTestId('recall-poll');
    await link.waitFor();
    expect(await link.textContent()).toContain(`罢免村民委员会主任${CADRE}`);
    expect(await link.getAttribute('href')).toMatch(/^\/meetings\/polls\//);
    expect(await recall.getByRole('button', { name: '发起罢免表决' }).count()).toBe(0);
    await shot(page, 'sanctions-recall');
    await context.close();

    const phone = await e2e.newPage(PHONE);
    await login(phone.page, 'office');
    await phone.page.goto('/sanctions');
    await phone.page.getByTestId('recall-poll').waitFor();
    await noSidewaysScroll(phone.page);
    await shot(phone.page, 'sanctions-outlook-phone');
    await phone.context.close();
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
    // Due a month after 北山村's 民主测评 of 28 October: overdue.
    await task.getByText('已逾期').waitFor();
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

    // The demo served the notice and received his statement and defence in late November.
    const card = page.getByTestId('removal-case').and(page.locator(`[data-name="${CADRE}"]`));
    await card.getByText('书面告知', { exact: false }).first().waitFor();
    await card.getByRole('button', { name: '记录“作出决定”' }).waitFor();
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

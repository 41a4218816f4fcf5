/**
 * 民主测评 in the browser: the office (1366 px) sees the demo's certified villages with each cadre's
 * score and the one unqualified cadre, opens a score into its parts, and starts 愚公村's evaluation
 * at its recorded meeting; the poll is opened and closed, the paper tallies are entered twice (the
 * office as 计票人, the clerk as 监票人), the clerk certifies, and the village's 村务监督委员会主任
 * (周大山, the `supervisor` login) certifies as host on a 375 px phone from their home page; the
 * office's page then shows 李建国's result. E2E_SHOTS=1 saves screenshots to tmp/shots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';

let e2e: E2E;
let office: Page;
let pollUrl = '';

beforeAll(async () => {
  e2e = await startE2E();
  ({ page: office } = await e2e.newPage(DESKTOP));
  office.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await e2e?.stop();
});

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);
const confirmModal = (p: Page) => p.locator('.ant-modal-confirm .ant-btn-primary').click();
const card = (p: Page, village: string) => p.getByTestId('evaluation-village').filter({ hasText: village });
const QUESTION = '李建国（书记、主任一肩挑）';
const VOTES = { 满意: 20, 基本满意: 6, 不满意: 2, 不了解: 2 };

/** One blind paper-tally entry of the one question; the form comes back blank once the server took it. */
async function enterPaper(p: Page, slot: string) {
  await p.locator('.ant-radio-button-wrapper', { hasText: slot }).click();
  await p.getByLabel('发出票数').fill('30');
  await p.getByLabel('收回票数').fill('30');
  await p.getByLabel('废票数').fill('0');
  for (const [option, n] of Object.entries(VOTES)) {
    await p.getByLabel(`${QUESTION} ${option}`, { exact: true }).fill(String(n));
  }
  await p.getByRole('button', { name: `提交${slot}录入` }).click();
  await expect.poll(() => p.getByLabel('发出票数').inputValue(), { timeout: 15_000 }).toBe('');
}

describe('the village democratic evaluation', () => {
  it('the office sees certified villages, the unqualified cadre, and a score opened into its parts', async () => {
    await login(office, 'office');
    await office.getByRole('menuitem', { name: '民主测评' }).click();
    await office.getByTestId('evaluation-summary').waitFor();
    expect(await office.getByTestId('evaluation-summary').textContent()).toContain(
      '已确认 10 / 12 个村，1 人不合格',
    );
    const beishan = card(office, '北山村');
    await beishan.getByTestId('unqualified').waitFor();
    expect(await beishan.getByTestId('unqualified').textContent()).toBe('不合格（不满意票过半）');
    expect(await card(office, '王屋村').textContent()).toContain('还没有登记实到人数');
    await shot(office, 'village-evaluation-office');
    await beishan.getByTestId('evaluation-score').first().click();
    const parts = office.getByTestId('result-parts');
    await parts.waitFor();
    const text = (await parts.textContent()) ?? '';
    expect(text).toContain('有效票');
    expect(text).toContain('超过半数，不合格');
    expect(text).toMatch(/测评得分 = 有效票得分合计 \d+ ÷ 有效票 \d+ = \d+\.\d\d/);
    await shot(office, 'village-evaluation-parts');
    await office.keyboard.press('Escape');
  });

  it('the office starts 愚公村’s evaluation at its meeting, opens and closes the poll, and counts paper', async () => {
    const yugong = card(office, '愚公村');
    await yugong.getByRole('button', { name: '开始测评' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByText('本村 1 位承诺主体每人一项').waitFor();
    await shot(office, 'village-evaluation-start');
    await dialog.getByRole('button', { name: '开始测评' }).click();
    await office.waitForURL(/\/meetings\/polls\//);
    pollUrl = new URL(office.url()).pathname;
    await office.getByRole('button', { name: '开始投票' }).click();
    await confirmModal(office);
    await office.getByRole('button', { name: '结束投票' }).click();
    await confirmModal(office);
    await office.getByText('表决结果', { exact: true }).waitFor();
    await enterPaper(office, '计票人');

    const { page: clerk, context } = await e2e.newPage(DESKTOP);
    clerk.setDefaultTimeout(20_000);
    await login(clerk, 'clerk');
    await clerk.goto(pollUrl);
    await enterPaper(clerk, '监票人');
    await clerk.getByText('两份录入一致').waitFor();
    await clerk.getByRole('button', { name: '以记录员身份确认' }).click();
    await confirmModal(clerk);
    await clerk.getByTestId('certify').getByText('赵小梅').first().waitFor();
    expect(await clerk.getByTestId('certify').textContent()).toContain('村务监督委员会主任');
    await context.close();
  });

  it('the chair certifies as host on a phone, from their home page', async () => {
    const { page: phone, context } = await e2e.newPage(PHONE);
    phone.setDefaultTimeout(20_000);
    await login(phone, 'supervisor');
    const home = phone.getByTestId('chair-home');
    await home.waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, 'village-evaluation-chair-home');
    await home.getByRole('button', { name: '去确认' }).click();
    await phone.getByRole('button', { name: '以主持人身份确认' }).click();
    await confirmModal(phone);
    await phone.getByText('结果已确认').first().waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, 'village-evaluation-chair-certified');
    await context.close();
  });

  it('the office sees 李建国’s result; the page fits a phone', async () => {
    await office.goto('/village-evaluation');
    const yugong = card(office, '愚公村');
    await yugong.getByText('已确认').waitFor();
    // (20×100 + 6×75 + 2×55) ÷ 28 = 91.43; (20 + 6) ÷ 28 = 92.86%.
    expect(await yugong.textContent()).toContain('测评得分 91.43');
    expect(await yugong.textContent()).toContain('满意率 92.86%');
    expect(await office.getByTestId('evaluation-summary').textContent()).toContain('已确认 11 / 12');
    await shot(office, 'village-evaluation-office-after');
    await office.setViewportSize(PHONE);
    await office.getByTestId('evaluation-summary').waitFor();
    expect(await pageWidth(office)).toBeLessThanOrEqual(PHONE.width);
    await shot(office, 'village-evaluation-office-phone');
  });
});

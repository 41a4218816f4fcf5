/**
 * 考评结果: at 1366 px the office reviews the 2026 preview (the jury has not met: nothing can be
 * confirmed yet, and the page says who lacks what; 北山村's unqualified cadre is already 不合格), opens
 * a number into its parts, then reviews the demo's finished 2025 (confirmed and published): every
 * juror score with the dropped ones struck through. On a 375 px phone the page fits, and the public
 * village board shows 2025's published grades with how each number was computed.
 * (Confirming and publishing in the browser needs a finished, open year: the API test builds one.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';

let e2e: E2E;
let office: Page;
let phone: Page;

beforeAll(async () => {
  e2e = await startE2E();
  ({ page: office } = await e2e.newPage(DESKTOP));
  await login(office, 'office');
  ({ page: phone } = await e2e.newPage(PHONE));
});

afterAll(async () => {
  await e2e?.stop();
});

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);
const rowOf = (p: Page, name: string) => p.getByTestId('results-table').locator(`tr[data-name="${name}"]`);

describe('the office reviews the results', () => {
  it('2026: a live preview that cannot be confirmed yet, every number explained', async () => {
    await office.goto('/results');
    await office.getByTestId('results-table').waitFor();
    expect(await office.getByTestId('results-status').textContent()).toBe('未审核（预览）');
    await office
      .getByTestId('results-problems')
      .getByText(/乡集中述职评分未完成/)
      .first()
      .waitFor();
    expect(await office.getByRole('button', { name: '审核确认' }).count()).toBe(0);
    const failed = rowOf(office, '刘福贵');
    expect(await failed.getAttribute('data-grade')).toBe('不合格');
    await failed.getByTestId('grade').click();
    const drawer = office.getByTestId('explain-parts');
    await drawer.getByText(/不满意票超过有效票的一半，等次直接定为不合格/).waitFor();
    await shot(office, 'results-2026-preview-drawer');
    await office.keyboard.press('Escape');
    await shot(office, 'results-2026-preview');
  });

  it('2025: the confirmed, published results with the dropped juror scores', async () => {
    await office.getByLabel('考评年度').click();
    await office.getByTitle(/2025 年度/).click();
    await expect.poll(() => office.getByTestId('results-status').textContent()).toBe('公示期满');
    await office.getByText(/审核确认，数字已固定/).waitFor();
    await office
      .getByTestId('results-publication')
      .getByText(/考评结果公示/)
      .waitFor();
    const first = office.getByTestId('results-table').locator('tbody tr.ant-table-row').first();
    expect(await first.getAttribute('data-grade')).toMatch(/优秀|合格|基本合格/);
    await first.getByRole('button', { name: /述职评议/ }).click();
    const scores = office.getByTestId('explain-jury-scores');
    await scores.waitFor();
    expect(await scores.getByText(/（去掉）/).count()).toBe(2);
    await office
      .getByTestId('explain-parts')
      .getByText(/综合得分 = 村级民主测评 × 30%/)
      .waitFor();
    await shot(office, 'results-2025-drawer');
    await office.keyboard.press('Escape');
    // Confirmed and archived: nothing to do but read.
    for (const name of ['审核确认', '重新计算', '发布公示']) {
      expect(await office.getByRole('button', { name }).count()).toBe(0);
    }
  });

  it('fits a phone', async () => {
    await login(phone, 'office');
    await phone.goto('/results');
    await phone.getByTestId('results-table').waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, 'results-phone');
  });
});

describe('the public village board', () => {
  it("shows 2025's published grades and how each number was computed", async () => {
    const villages = (await office.evaluate(async () => (await fetch('/api/villages')).json())) as {
      id: string;
      name: string;
    }[];
    const yugong = villages.find((v) => v.name === '愚公村')!.id;
    const { page: board } = await e2e.newPage(PHONE);
    await board.goto(`/public/villages/${yugong}`);
    const earlier = board.getByTestId('public-earlier-results');
    await earlier.waitFor();
    await earlier.locator('summary').first().click();
    const result = earlier.getByTestId('public-result').first();
    await result.waitFor();
    expect(await result.getAttribute('data-grade')).toMatch(/^(优秀|合格|基本合格|不合格)$/);
    await result.locator('summary').click();
    await result.getByText(/综合得分 = /).waitFor();
    expect(await board.content()).not.toMatch(/评委\d+/);
    expect(await pageWidth(board)).toBeLessThanOrEqual(PHONE.width);
    await shot(board, 'results-public-board');
  });
});

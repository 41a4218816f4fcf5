import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type E2E, shot, startE2E } from './harness.ts';
import { fillTemplate, headerOf } from './roster-file.ts';

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E();
  ({ page } = await e2e.newPage());
});

afterAll(async () => {
  await e2e?.stop();
});

describe('desktop (1366×800), township office', () => {
  it('login: a wrong password shows the Chinese error, the right one opens the home page', async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    await page.getByLabel('用户名').fill('office');
    await page.getByLabel('密码', { exact: true }).fill('wrong-password-1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByTestId('login-error').textContent()).resolves.toContain('用户名或密码不正确');
    await shot(page, 'desk-login-error');

    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText(/您好，/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByText('建制村').waitFor();
    await page.getByRole('menuitem', { name: '名册导入' }).waitFor();
  });

  it('roster import: template from the page, row errors for a bad file, a good file imports a new village', async () => {
    await page.getByRole('menuitem', { name: '名册导入' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-template').click(),
    ]);
    const template = await readFile((await download.path()) as string);
    expect(await headerOf(template)).toContain('村名');

    const bad = await fillTemplate(template, [
      ['清泉村', 900, 5000, 20, 30, '秦大山', '13800001111', '秦大山', '', '2026-01-01'],
      ['', 800, 200, 20, 25, '', '', '', '', ''],
    ]);
    await page.locator('input[type=file]').setInputFiles({
      name: '名册-有错.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bad,
    });
    await page.getByText(/名册中有 \d+ 处问题，整份名册都没有导入/).waitFor();
    const errorRows = page.locator('.ant-table-tbody tr.ant-table-row');
    expect(await errorRows.count()).toBeGreaterThanOrEqual(2);
    const firstRow = await errorRows.first().textContent();
    expect(firstRow).toMatch(/^\s*\d+/);
    expect(firstRow).toContain('户数');
    await shot(page, 'desk-roster-errors');

    const good = await fillTemplate(template, [
      ['清泉村', 900, 300, 22, 30, '秦大山', '13800001111', '秦大山', '', '2026-01-01'],
    ]);
    await page.locator('input[type=file]').setInputFiles({
      name: '名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: good,
    });
    await page.getByText('检查通过，导入后将：').waitFor();
    await shot(page, 'desk-roster-preview');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByText('名册已导入').waitFor();
    await page.getByRole('button', { name: '查看村庄列表' }).click();
    await page.getByRole('link', { name: '清泉村' }).waitFor();
    const row = await page.getByRole('row', { name: /清泉村/ }).textContent();
    expect(row).toContain('秦大山');
    expect(row).toContain('一肩挑');
  });

  it('village detail: add a person and appoint them; the old holder leaves the day before', async () => {
    await page.getByRole('link', { name: '清泉村' }).click();
    await page.getByRole('heading', { name: /清泉村/ }).waitFor();
    await page.getByRole('button', { name: '新增人员' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('林小梅');
    await dialog.getByLabel('电话').fill('13900002222');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('row', { name: /林小梅/ }).waitFor();

    await page
      .getByRole('row', { name: /林小梅/ })
      .getByRole('button', { name: '任职' })
      .click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('职务').click();
    await page.locator('.ant-select-item-option', { hasText: '村委会主任' }).click();
    await dialog.getByLabel('任职日期').fill('2026-06-01');
    await dialog.getByLabel('职务').click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('任职已登记').waitFor();

    const history = page.locator('.ant-card', { hasText: '任职记录' });
    await expect.poll(() => history.getByRole('row', { name: /林小梅/ }).textContent()).toContain('在任');
    const ended = history.getByRole('row', { name: /秦大山.*村委会主任/ });
    expect(await ended.textContent()).toContain('2026-05-31');
    await shot(page, 'desk-village-detail');
  });

  it('campaign creation: create 2028, a refused setting shows on its field, a good one saves', async () => {
    await page.getByRole('menuitem', { name: '考评活动' }).click();
    await page.getByRole('button', { name: '新建年度活动' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('年度').fill('2028');
    await dialog.getByRole('button', { name: '新建年度活动' }).click();
    await page.getByRole('heading', { name: /2028 年度村官承诺考评/ }).waitFor();
    await page.getByTestId('config-form').waitFor();

    const village = page.getByRole('spinbutton', { name: '村级民主测评' });
    await village.fill('50');
    await page.getByRole('button', { name: '保存设置' }).click();
    const fieldError = page
      .locator('#compositeWeights_help, .ant-form-item-has-error .ant-form-item-explain-error')
      .first();
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toContain('综合考评权重之和必须为 100');
    await shot(page, 'desk-campaign-field-error');

    await village.fill('20');
    await page.getByRole('spinbutton', { name: '实地考核' }).first().fill('50');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('设置已保存').waitFor();
    expect(await page.locator('.ant-form-item-has-error').count()).toBe(0);

    await page.reload();
    await page.getByTestId('config-form').waitFor();
    expect(await page.getByRole('spinbutton', { name: '村级民主测评' }).inputValue()).toBe('20');
  });

  it('excluding a cadre: exclude with a reason, see it in the table, reinstate', async () => {
    await page.locator('.ant-segmented').getByText('承诺主体').click();
    await page.getByText(/共 \d+ 名承诺主体/).waitFor();
    const row = page.getByRole('row', { name: /王志强/ });
    await row.getByRole('button', { name: /排\s*除/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('原因').fill('因涉嫌违纪被县纪委监委立案审查，尚未结案');
    await dialog.getByLabel('立案日期').fill('2028-03-15');
    await dialog.getByLabel('原因').click();
    await dialog.getByRole('button', { name: /排\s*除/ }).click();
    await page.getByText('已排除', { exact: true }).first().waitFor();
    await expect.poll(() => row.textContent()).toContain('立案审查');
    expect(await row.textContent()).toContain('2028-03-15');
    await shot(page, 'desk-participant-excluded');

    await row.getByRole('button', { name: /恢\s*复/ }).click();
    const again = page.getByRole('dialog');
    await again.getByLabel('原因').fill('案件已结案，不予处分');
    await again.getByRole('button', { name: /恢\s*复/ }).click();
    await expect.poll(() => row.textContent()).toContain('参与考评');
  });

  it('audit log: filter by action, read the before/after of an entry, verify the hash chain', async () => {
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByLabel('操作类型').fill('排除承诺');
    await page.locator('.ant-select-item-option', { hasText: '排除承诺主体' }).click();
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(2);
    await page
      .locator('.ant-table-tbody tr.ant-table-row')
      .first()
      .locator('.ant-table-row-expand-icon')
      .click();
    const diff = page.locator('.ant-table-expanded-row').first();
    await expect.poll(() => diff.textContent()).toContain('修改前');
    await shot(page, 'desk-audit-diff');

    await page.getByRole('button', { name: '校验哈希链' }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: '哈希链完整' }).waitFor();
  });
});

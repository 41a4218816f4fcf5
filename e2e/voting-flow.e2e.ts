/**
 * The whole electronic vote in a browser: the clerk records a meeting and its attendance, creates and
 * opens a poll, prints QR slips; a villager's phone casts a ballot and reads the receipt; the clerk
 * closes; clerk and host certify; the public board lists the receipt; a replayed code is refused.
 * Screenshots go to tmp/shots/ for a human look.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, login, PHONE, ROOT, startE2E } from './harness.ts';

const SHOTS = join(ROOT, 'tmp/shots');

let e2e: E2E;
const state = { meetingUrl: '', pollUrl: '', pollId: '', codes: [] as string[], tracker: '' };

async function shot(page: Page, name: string, fullPage = true) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Clicks the primary button of the open confirmation dialog. */
async function confirmModal(page: Page) {
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
}

async function newPage(viewport: { width: number; height: number }) {
  const opened = await e2e.newPage(viewport);
  opened.page.setDefaultTimeout(15_000);
  return opened;
}

/** Picks an option of an Ant Design select, found by its label. */
async function pick(page: Page, label: string, option: string) {
  const dialog = page.getByRole('dialog');
  const choice = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first();
  await expect
    .poll(async () => {
      if (!(await choice.isVisible())) await dialog.getByLabel(label, { exact: true }).click();
      return choice
        .click({ timeout: 2_000 })
        .then(() => true)
        .catch(() => false);
    })
    .toBe(true);
}

type Counts = [number, number, number, number, number, number, number];

/** One blind paper-tally entry; the form comes back blank once the server took it. */
async function enterPaper(p: Page, slot: string, counts: Counts) {
  await p.locator('.ant-radio-button-wrapper', { hasText: slot }).click();
  const [issued, returned, invalid, a1, a2, b1, b2] = counts;
  await p.getByLabel('发出票数').fill(String(issued));
  await p.getByLabel('收回票数').fill(String(returned));
  await p.getByLabel('废票数').fill(String(invalid));
  await p.getByLabel('新修村组水泥路2.5公里 满意', { exact: true }).fill(String(a1));
  await p.getByLabel('新修村组水泥路2.5公里 不满意', { exact: true }).fill(String(a2));
  await p.getByLabel('新建村级文化广场一处 满意', { exact: true }).fill(String(b1));
  await p.getByLabel('新建村级文化广场一处 不满意', { exact: true }).fill(String(b2));
  await p.getByRole('button', { name: `提交${slot}录入` }).click();
  await expect.poll(() => p.getByLabel('发出票数').inputValue(), { timeout: 10_000 }).toBe('');
}

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.stop();
});

describe('voting in the browser', () => {
  it('the clerk records a meeting, its attendance and a poll, opens it and prints QR slips', async () => {
    const { page, context } = await newPage(DESKTOP);
    await login(page, 'clerk');
    await page.getByRole('menuitem', { name: '会议与表决' }).click();
    await page.getByRole('button', { name: '登记会议' }).click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.getByText('应到人数：1860 人（按本村十八周岁以上村民人数计算）').count())
      .toBe(1);
    await dialog.getByLabel('会议名称').fill('2026年度承诺事项表决村民会议');
    await dialog.getByLabel('地点', { exact: true }).fill('愚公村村委会议室');
    await dialog.getByLabel('主持人', { exact: true }).fill('李建国');
    // The host's account: the one who certifies as host (李建国 is no subject of this vote).
    await pick(page, '主持人账号', '李建国（愚公村书记、主任）');
    await dialog.getByLabel('计票人').fill('王小明');
    await dialog.getByLabel('计票人').press('Enter');
    await dialog.getByLabel('监票人').fill('赵秀英');
    await dialog.getByLabel('监票人').press('Enter');
    await shot(page, 'clerk-meeting-form');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    state.meetingUrl = page.url();

    const quorum = page.getByTestId('quorum');
    await expect.poll(() => quorum.getAttribute('data-met')).toBe('no');
    await page.getByLabel('实到人数').fill('1000');
    await expect.poll(() => quorum.getAttribute('data-met')).toBe('yes');
    await page.getByRole('button', { name: '保存出席登记' }).click();
    await page.getByText('出席登记已保存').waitFor();
    await shot(page, 'clerk-meeting-detail');
    await page.setViewportSize(PHONE);
    await shot(page, 'clerk-meeting-detail-phone');
    await page.setViewportSize(DESKTOP);

    await page.getByRole('button', { name: '新建表决' }).click();
    const pollDialog = page.getByRole('dialog');
    await pollDialog.getByLabel('表决名称').fill('李建国2026年度承诺事项逐项表决');
    await pollDialog.getByLabel('第 1 项').fill('新修村组水泥路2.5公里');
    await pollDialog.getByRole('button', { name: '添加一项' }).click();
    await pollDialog.getByLabel('第 2 项').fill('新建村级文化广场一处');
    await shot(page, 'clerk-poll-form');
    await pollDialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/meetings\/polls\/[0-9a-f-]{36}$/);
    state.pollUrl = page.url();
    state.pollId = state.pollUrl.split('/').pop() ?? '';

    await shot(page, 'clerk-poll-draft');
    await page.getByRole('button', { name: '开始投票' }).click();
    await confirmModal(page);
    await page.getByText('投票进行中，任何人').waitFor();
    await shot(page, 'clerk-poll-open');

    await page.getByLabel('本次生成张数').fill('3');
    await page.getByRole('button', { name: '生成选票码并打印' }).click();
    await confirmModal(page);
    await page.waitForURL(/\/slips$/);
    const slips = page.locator('.vp-slip');
    await expect.poll(() => slips.count()).toBe(3);
    await expect.poll(() => page.locator('.vp-slip img').count()).toBe(3);
    state.codes = await slips.evaluateAll((els) => els.map((el) => el.getAttribute('data-code') ?? ''));
    expect(state.codes.every((c) => /^[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]{4}$/.test(c))).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: /打\s*印/ }).count()).toBe(1);
    await shot(page, 'clerk-code-slips');
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'clerk-code-slips-print');
    // Printed (print media, as page.pdf needs it), the three slips fill one A4 page; the app stays out.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
    const box = pdf.match(/\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/);
    expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([595, 842]);
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${state.pollUrl}/paper`);
    await page.locator('.vp-ballot').first().waitFor();
    await shot(page, 'clerk-paper-ballots', false);
    // Three two-question ballots per A4 page: 7 copies print on 3 pages.
    await page.getByRole('spinbutton').fill('7');
    await page.getByText('每页 3 张，共 3 页').waitFor();
    await page.emulateMedia({ media: 'print' });
    const ballots = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(ballots.match(/\/Type\s*\/Page\b/g)?.length).toBe(3);
    await context.close();
  });

  it('a phone casts a ballot with a code from the URL fragment and reads its receipt', async () => {
    const { page, context } = await newPage(PHONE);
    await page.goto(`/vote#${state.codes[0]}`);
    await page.getByRole('heading', { name: '李建国2026年度承诺事项逐项表决' }).waitFor();
    await shot(page, 'phone-ballot');
    await page.setViewportSize({ width: 320, height: 640 });
    await shot(page, 'phone-320-ballot');
    await page.setViewportSize(PHONE);
    const groups = page.getByRole('radiogroup');
    await expect.poll(() => groups.count()).toBe(2);
    // The purpose allows abstaining: 弃权 is offered, apart from the choices.
    await groups.nth(0).getByRole('radio', { name: '弃权', exact: true }).waitFor();
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    await page.getByText('还有 2 项没有选').waitFor();
    await groups.nth(0).getByRole('radio', { name: '满意', exact: true }).click();
    await groups.nth(1).getByRole('radio', { name: '不满意', exact: true }).click();
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    await page.getByRole('heading', { name: '请核对您的选择' }).waitFor();
    await shot(page, 'phone-review');
    await page.getByRole('button', { name: '确认投票' }).click();
    await page.getByText('投票成功').waitFor();
    state.tracker = (await page.locator('#tracker').getAttribute('data-tracker')) ?? '';
    expect(state.tracker).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await page
      .getByText('请记下您的回执码，投票结束后可在公示页核对您的选票已被计入；回执码不显示您的选择')
      .waitFor();
    expect(page.url()).not.toContain(state.codes[0] ?? '-');
    await shot(page, 'phone-receipt');

    await page.goto(`/vote#${state.codes[0]}`);
    await page.getByText('此选票码已使用，每张选票只能投一次').waitFor();
    await shot(page, 'phone-replay-refused');

    await page.goto('/vote');
    await page.getByLabel('选票码').fill('abcd');
    await page.getByRole('button', { name: '打开选票' }).click();
    await page.getByText('选票码是 12 位字母和数字').waitFor();
    await shot(page, 'phone-code-entry');

    // The network drops as the villager confirms: nothing is lost, 重新提交 casts it.
    await page.goto(`/vote#${(state.codes[1] ?? '').toLowerCase()}`);
    await page.getByRole('heading', { name: '李建国2026年度承诺事项逐项表决' }).waitFor();
    for (const group of await page.getByRole('radiogroup').all()) {
      await group.getByRole('radio', { name: '满意', exact: true }).click();
    }
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    await context.setOffline(true);
    await page.getByRole('button', { name: '确认投票' }).click();
    await page.getByText('网络中断，不能确定选票是否已提交').waitFor();
    await shot(page, 'phone-network-error');
    await context.setOffline(false);
    await page.getByRole('button', { name: '重新提交' }).click();
    await page.getByText('投票成功').waitFor();

    // Before closing, the board publishes nothing.
    await page.goto(`/vote#board=${state.pollId}`);
    await page.getByText('投票还没有结束').waitFor();
    await context.close();
  });

  it('the clerk closes the poll and certifies; the host certifies; results show', async () => {
    const clerk = await newPage(DESKTOP);
    await login(clerk.page, 'clerk');
    await clerk.page.goto(state.pollUrl);
    await clerk.page.getByRole('button', { name: '结束投票' }).click();
    await confirmModal(clerk.page);
    await clerk.page.getByText('表决结果', { exact: true }).waitFor();
    await expect.poll(() => clerk.page.getByTestId('question-result').count()).toBe(2);
    // Paper ballots, entered blind by the 计票人 (the clerk's account) and the 监票人 (another account).
    await enterPaper(clerk.page, '计票人', [5, 4, 1, 2, 1, 1, 2]);
    const office = await newPage(DESKTOP);
    await login(office.page, 'office');
    await office.page.goto(state.pollUrl);
    await enterPaper(office.page, '监票人', [5, 4, 1, 1, 2, 1, 2]);
    await office.page.getByText('两份录入不一致').waitFor();
    await shot(office.page, 'office-tally-mismatch');
    await enterPaper(office.page, '监票人', [5, 4, 1, 2, 1, 1, 2]);
    await office.page.getByText('两份录入一致').waitFor();
    await office.context.close();
    await clerk.page.reload();

    await clerk.page.getByRole('button', { name: '以记录员身份确认' }).click();
    await confirmModal(clerk.page);
    await clerk.page
      .getByTestId('certify')
      // The clerk's name appears once their certification has landed (the host's label names 愚公村 already).
      .getByText('赵小梅')
      .first()
      .waitFor()
      .catch(async (error) => {
        await shot(clerk.page, 'debug-certify');
        throw error;
      });
    await shot(clerk.page, 'clerk-poll-closed');
    await clerk.page.setViewportSize(PHONE);
    await shot(clerk.page, 'clerk-poll-closed-phone');
    await clerk.context.close();

    const host = await newPage(DESKTOP);
    await login(host.page, 'cadre');
    await host.page.goto(state.pollUrl);
    await host.page.getByRole('button', { name: '以主持人身份确认' }).click();
    await confirmModal(host.page);
    await host.page.getByText('结果已确认').first().waitFor();
    const [download] = await Promise.all([
      host.page.waitForEvent('download'),
      host.page.getByRole('link', { name: /下载表决结果记录/ }).click(),
    ]);
    const docx = readFileSync((await download.path()) ?? '');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    await shot(host.page, 'host-certified');
    await host.context.close();
  });

  it('the public board lists the receipt and the totals; the receipt can be found', async () => {
    const { page, context } = await newPage(PHONE);
    await page.goto(`/vote#${state.codes[2]}`);
    await page.getByText('投票尚未开始或已结束').waitFor();
    await page.goto(`/vote#board=${state.pollId}`);
    await page.locator(`#trackers li[data-tracker="${state.tracker}"]`).waitFor();
    await expect.poll(() => page.locator('#trackers li').count()).toBe(2);
    await page.getByLabel('查找我的回执码').fill(state.tracker.toLowerCase().replace('-', ' '));
    await page.getByRole('button', { name: '查找我的回执码' }).click();
    await page.getByText('找到了：您的选票已被计入。').waitFor();
    await shot(page, 'phone-board');
    await context.close();
  });

  it('a correction is a new poll linked to the certified one, with its reason', async () => {
    const { page, context } = await newPage(DESKTOP);
    await login(page, 'clerk');
    await page.goto(state.pollUrl);
    await page.getByRole('button', { name: '更正表决（新建关联表决）' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('更正原因').fill('计票时漏计一张纸质选票');
    expect(await dialog.getByLabel('表决名称').inputValue()).toBe('李建国2026年度承诺事项逐项表决（更正）');
    expect(await dialog.getByLabel('第 2 项').inputValue()).toBe('新建村级文化广场一处');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(
      (url) => /\/meetings\/polls\/[0-9a-f-]{36}$/.test(url.pathname) && url.href !== state.pollUrl,
    );
    await page.getByText('计票时漏计一张纸质选票').waitFor();
    await page.getByRole('link', { name: '原表决' }).click();
    await page.waitForURL(state.pollUrl);
    await page.getByText('本表决已被更正').waitFor();
    await page.getByRole('link', { name: '更正后的表决' }).waitFor();
    await page.goto('/meetings');
    await page.getByRole('link', { name: '2026年度承诺事项表决村民会议' }).waitFor();
    await shot(page, 'clerk-meetings-list');
    await context.close();
  });
});

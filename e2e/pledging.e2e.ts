/**
 * One village's whole pledging path in the browser (issue 4): the office opens the 承诺 phase; the cadre
 * (李建国, 愚公村, 一肩挑) drafts three pledges and publishes them; a villager's phone leaves an opinion on
 * the public page; the cadre handles it; the clerk records the 两委 decision and starts the confirmation
 * vote; phones vote with codes (one pledge gets 2 of 3 不满意); clerk and host certify; the clerk applies
 * the result; the cadre revises the rejected pledge; 两委 and a second vote; the office approves; the
 * public page shows the approved pledges. Every step has a page: no API shortcuts.
 * Screenshots go to tmp/shots/pledging-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, login, PHONE, ROOT, startE2E } from './harness.ts';

const SHOTS = join(ROOT, 'tmp/shots');
const SAVE = /保\s*存/;

const PLEDGES = [
  {
    title: '新修村组水泥路2.5公里',
    content: '硬化三组到五组的村组道路，解决雨天出行难',
    standard: '路面宽4米、厚18厘米，11月底前通过乡验收',
  },
  {
    title: '新建村文化广场一处',
    content: '在村委会东侧空地建文化广场，配健身器材',
    standard: '广场面积不少于1500平方米，配健身器材10件',
  },
  {
    title: '安装太阳能路灯50盏',
    content: '主街和学校周边安装太阳能路灯',
    standard: '50盏路灯全部亮灯，经村民代表验收',
  },
];
const REVISED = '新建村文化广场一处（含停车区）';

let e2e: E2E;
const state = { participantUrl: '', villageId: '', pollUrl: '', codes: [] as string[] };

async function shot(page: Page, name: string, fullPage = true) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `pledging-${name}.png`), fullPage });
}

/** The confirm dialog's main button (its text names the action, e.g. 确定 or 进入“承诺”阶段). */
async function confirmModal(page: Page) {
  await page.locator('.ant-modal-confirm .ant-modal-confirm-btns .ant-btn-primary').click();
}

/** The open antd modal whose title is the given text. */
function dialog(page: Page, title: string): Locator {
  return page.locator('.ant-modal').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });
}

/** Waits until no modal or dropdown is still moving in or out (antd motion classes). */
async function settled(page: Page) {
  const moving = page.locator(
    '[class*="ant-zoom-appear"], [class*="ant-zoom-enter"], [class*="ant-zoom-leave"], [class*="ant-slide-up-"]',
  );
  await expect.poll(() => moving.count()).toBe(0);
}

/** Chooses an option of an antd select; tries again when a click lands while something still moves. */
async function pick(page: Page, scope: Locator, label: string, option: string) {
  const input = scope.getByLabel(label, { exact: true });
  const field = scope.locator('.ant-select').filter({ has: page.getByLabel(label, { exact: true }) });
  const choice = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first();
  for (let attempt = 0; attempt < 4; attempt++) {
    await settled(page);
    if (!(await choice.isVisible())) await input.click();
    const clicked = await choice
      .click({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    const chosen =
      clicked &&
      (await expect
        .poll(() => field.textContent(), { timeout: 2_000 })
        .toContain(option)
        .then(() => true)
        .catch(() => false));
    if (chosen) return;
  }
  throw new Error(`could not choose “${option}” in “${label}”`);
}

async function signedIn(username: string, viewport = DESKTOP) {
  const session = await e2e.newPage(viewport);
  await login(session.page, username);
  return session;
}

/** Records a meeting in the meeting form opened from the 两委 or vote dialog. */
async function recordMeeting(page: Page, kind: string, title: string) {
  await page.getByRole('button', { name: '登记新会议' }).click();
  const form = dialog(page, '登记会议');
  await form.waitFor();
  await pick(page, form, '会议类型', kind);
  if (kind === '两委会议') await form.getByLabel('应到人数').fill('7');
  await form.getByLabel('会议名称').fill(title);
  await form.getByLabel('地点', { exact: true }).fill('愚公村村委会议室');
  // The vote is on 李建国's own pledges: the township leader hosts and certifies as host (DESIGN §2.3).
  await form.getByLabel('主持人', { exact: true }).fill(kind === '两委会议' ? '李建国' : '刘金成');
  if (kind !== '两委会议') await pick(page, form, '主持人账号', '刘金成');
  await form.getByRole('button', { name: SAVE }).click();
  await form.waitFor({ state: 'hidden' });
}

async function recordCommittee(page: Page, newMeeting: boolean) {
  await page.getByRole('button', { name: '记录两委会议决定' }).click();
  const modal = dialog(page, '记录两委会议决定');
  if (newMeeting) await recordMeeting(page, '两委会议', '村两委会议：研究承诺事项');
  else await pick(page, modal, '会议', '村两委会议');
  await expect.poll(() => modal.textContent()).toContain('村两委会议：研究承诺事项');
  await modal.getByRole('button', { name: SAVE }).click();
  await page.getByText('两委会议决定已记录').waitFor();
}

async function startVote(page: Page, newMeeting: boolean) {
  await page.getByRole('button', { name: '提交群众逐项表决' }).click();
  const modal = dialog(page, '提交群众逐项表决');
  if (newMeeting) await recordMeeting(page, '村民会议', '村民会议：承诺事项逐项表决');
  else await pick(page, modal, '会议', '村民会议');
  await expect.poll(() => modal.textContent()).toContain('村民会议：承诺事项逐项表决');
  await modal.getByRole('button', { name: '提交群众逐项表决' }).click();
  await page.getByText('已创建表决，请在表决页组织投票').waitFor();
  await page.getByTestId('set-poll').waitFor();
}

/** On the poll page: open the vote and print `count` codes; returns the codes. */
async function openAndIssueCodes(page: Page, count: number): Promise<string[]> {
  await page
    .getByRole('button', { name: '开始投票' })
    .click()
    .catch(async (e) => {
      await shot(page, 'failed-open-poll');
      throw e;
    });
  await confirmModal(page);
  await page.getByText('投票进行中，任何人').waitFor();
  await page.getByLabel('本次生成张数').fill(String(count));
  await page.getByRole('button', { name: '生成选票码并打印' }).click();
  await page.locator('.ant-modal-confirm-title', { hasText: '选票码只显示一次' }).waitFor();
  await confirmModal(page);
  await page.waitForURL(/\/slips$/);
  const slips = page.locator('.vp-slip');
  await expect.poll(() => slips.count()).toBe(count);
  return slips.evaluateAll((els) => els.map((el) => el.getAttribute('data-code') ?? ''));
}

/** A phone casts one ballot: `choices[i]` for question i. */
async function castBallot(code: string, choices: ('满意' | '不满意')[], shotName?: string) {
  const { page, context } = await e2e.newPage(PHONE);
  await page.goto(`/vote#${code}`);
  const groups = page.getByRole('radiogroup');
  await expect.poll(() => groups.count()).toBe(choices.length);
  for (const [i, choice] of choices.entries()) {
    await groups.nth(i).getByRole('radio', { name: choice, exact: true }).click();
  }
  if (shotName) await shot(page, shotName);
  await page.getByRole('button', { name: '下一步：核对选票' }).click();
  await page.getByRole('button', { name: '确认投票' }).click();
  await page.getByText('投票成功').waitFor();
  await context.close();
}

/** Close (clerk), certify as clerk, then as host (the township leader: the cadre is the vote's subject). */
async function closeAndCertify(pollUrl: string) {
  const clerk = await signedIn('clerk');
  await clerk.page.goto(pollUrl);
  await clerk.page.getByRole('button', { name: '结束投票' }).click();
  await confirmModal(clerk.page);
  await clerk.page.getByText('表决结果', { exact: true }).waitFor();
  await clerk.page.getByRole('button', { name: '以记录员身份确认' }).click();
  await confirmModal(clerk.page);
  await clerk.page.getByRole('button', { name: '以记录员身份确认' }).waitFor({ state: 'detached' });
  await clerk.context.close();
  const host = await signedIn('leader');
  await host.page.goto(pollUrl);
  await host.page.getByRole('button', { name: '以主持人身份确认' }).click();
  await confirmModal(host.page);
  await host.page.getByText('结果已确认').first().waitFor();
  await host.context.close();
}

/** The clerk applies the certified result on the participant page. */
async function applyResult(page: Page) {
  await page.goto(state.participantUrl);
  await expect.poll(() => page.getByTestId('set-poll').getAttribute('data-status')).toBe('certified');
  await page.getByRole('button', { name: '应用表决结果' }).click();
  await confirmModal(page);
  await page.getByText(/表决结果已应用/).waitFor();
}

/** Nothing but a table's own scroller is wider than the screen. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

const card = (page: Page, title: string) =>
  page.locator(`[data-testid="pledge-card"][data-title="${title}"]`);

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.stop();
});

describe('pledging: one village from draft to the public page', () => {
  it('the office moves the 2027 campaign into the 承诺 phase', async () => {
    const { page, context } = await signedIn('office');
    await page.goto('/campaigns');
    await page
      .getByRole('link', { name: /2027\s*年度/ })
      .first()
      .click();
    await page.getByRole('button', { name: '进入“承诺”阶段' }).click();
    await confirmModal(page);
    // The next step's button (disabled until every set is approved) shows the phase moved on.
    await page.getByRole('button', { name: '进入“践诺”阶段' }).waitFor();
    await context.close();
  });

  it('the cadre drafts three pledges and publishes them for opinions', async () => {
    const { page, context } = await signedIn('cadre');
    await page.getByRole('menuitem', { name: '我的承诺' }).click();
    await page.waitForURL(/\/pledging\/participants\/[0-9a-f-]{36}$/);
    state.participantUrl = page.url();
    await page.getByRole('heading', { name: /李建国 · 2027 年度承诺事项/ }).waitFor();
    for (const p of PLEDGES) {
      await page.getByRole('button', { name: '新增承诺事项' }).click();
      const form = dialog(page, '新增承诺事项');
      await form.getByLabel('承诺事项').fill(p.title);
      await form.getByLabel('具体内容').fill(p.content);
      await form.getByLabel('完成标准').fill(p.standard);
      if (p === PLEDGES[0]) await shot(page, 'cadre-pledge-form', false);
      await form.getByRole('button', { name: SAVE }).click();
      await card(page, p.title).waitFor();
    }
    await expect.poll(() => page.getByTestId('pledge-card').count()).toBe(3);
    await expect.poll(() => page.getByTestId('confirmed-count').textContent()).toBe('已确认 0/3 件');
    await page.getByRole('button', { name: '公布，开始征求意见' }).click();
    await confirmModal(page);
    await expect.poll(() => page.getByTestId('set-status').textContent()).toBe('征求意见中');
    const publicHref = await page.getByRole('link', { name: /村公开页/ }).getAttribute('href');
    state.villageId = publicHref?.split('/').pop() ?? '';
    expect(state.villageId).toMatch(/^[0-9a-f-]{36}$/);
    await shot(page, 'cadre-soliciting');
    await page.setViewportSize(PHONE);
    await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'phone-cadre-soliciting');
    await context.close();
  });

  it('a villager leaves an opinion on the public page from a phone, without signing in', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    await page.goto(`/public/villages/${state.villageId}`);
    await page.getByRole('heading', { name: '愚公村 · 村干部承诺' }).waitFor();
    const set = page.getByTestId('public-soliciting').getByTestId('public-set');
    await expect.poll(() => set.getByTestId('public-pledge').count()).toBe(3);
    const form = page.getByTestId('public-opinion-form');
    // The public page is a light page of its own (no Ant Design): a native select.
    await form.getByLabel('针对哪一项').selectOption({ label: `2. ${PLEDGES[1]!.title}` });
    await form.getByLabel('您的意见、建议').fill('广场要留出停车的地方，赶集时车没处停');
    await form.getByRole('button', { name: '提交意见' }).click();
    await page.getByText('谢谢！您的意见已提交').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'phone-public-soliciting');
    await context.close();
  });

  it('the cadre sees the opinion beside the draft and marks it adopted', async () => {
    const { page, context } = await signedIn('cadre');
    await page.goto(state.participantUrl);
    const opinion = page.getByTestId('opinion').filter({ hasText: '停车的地方' });
    await expect.poll(() => opinion.getAttribute('data-handled')).toBe('no');
    await opinion.getByRole('button', { name: /处\s*理/ }).click();
    const modal = dialog(page, '标明意见处理情况');
    await modal.getByLabel('处理说明').fill('已采纳：广场设计时留出停车区');
    await shot(page, 'cadre-handle-opinion', false);
    await modal.getByRole('button', { name: SAVE }).click();
    await expect.poll(() => opinion.getAttribute('data-handled')).toBe('yes');
    await context.close();
  });

  it('the clerk records the 两委 decision and starts the confirmation vote', async () => {
    const { page, context } = await signedIn('clerk');
    await page.getByRole('menuitem', { name: '村干部承诺' }).click();
    await page.waitForURL(/\/pledging\/campaigns\/.+\/villages\//);
    await page.getByTestId('checklist-participant').filter({ hasText: '李建国' }).waitFor();
    await shot(page, 'clerk-village-checklist');
    await page.getByTestId('checklist-participant').getByRole('button', { name: '查看承诺' }).first().click();
    await page.waitForURL(state.participantUrl);
    await recordCommittee(page, true);
    await expect.poll(() => page.getByTestId('set-status').textContent()).toBe('两委会议已通过');
    await startVote(page, true);
    await expect.poll(() => page.getByTestId('set-status').textContent()).toBe('表决中');
    await shot(page, 'clerk-voting');
    await context.close();
  });

  it('the clerk records attendance (quorum), opens the poll and prints three codes', async () => {
    const { page, context } = await signedIn('clerk');
    await page.goto(state.participantUrl);
    await page.getByRole('link', { name: '会议出席登记' }).click();
    await page.getByLabel('实到人数').fill('1000');
    await page.getByRole('button', { name: '保存出席登记' }).click();
    await page.getByText('出席登记已保存').waitFor();
    await page.goto(state.participantUrl);
    await page
      .getByTestId('set-poll')
      .getByRole('link', { name: /打开表决页/ })
      .click();
    await page.waitForURL(/\/polls\/[0-9a-f-]{36}$/);
    state.pollUrl = page.url();
    state.codes = await openAndIssueCodes(page, 3);
    await context.close();
  });

  it('three phones vote (the square gets 2 of 3 不满意); clerk and host certify', async () => {
    await castBallot(state.codes[0]!, ['满意', '不满意', '满意'], 'phone-ballot');
    await castBallot(state.codes[1]!, ['满意', '不满意', '满意']);
    await castBallot(state.codes[2]!, ['满意', '满意', '满意']);
    await closeAndCertify(state.pollUrl);
  });

  it('the clerk applies the certified result: the square is rejected, the rule is in its history', async () => {
    const { page, context } = await signedIn('clerk');
    await applyResult(page);
    await expect.poll(() => card(page, PLEDGES[1]!.title).getAttribute('data-status')).toBe('rejected');
    await expect.poll(() => card(page, PLEDGES[0]!.title).getAttribute('data-status')).toBe('confirmed');
    await expect.poll(() => page.getByTestId('set-status').textContent()).toBe('征求意见中');
    await expect.poll(() => page.getByTestId('confirmed-count').textContent()).toBe('已确认 2/3 件');
    await card(page, PLEDGES[1]!.title).getByText('修改和表决历史').click();
    await card(page, PLEDGES[1]!.title)
      .locator('[data-testid="vote-round"][data-outcome="rejected"]')
      .waitFor();
    await shot(page, 'clerk-after-vote-1');
    await context.close();
  });

  it('the cadre revises the rejected pledge with a reason', async () => {
    const cadre = await signedIn('cadre');
    await cadre.page.goto(state.participantUrl);
    await card(cadre.page, PLEDGES[1]!.title)
      .getByRole('button', { name: /修\s*改$/ })
      .click();
    const form = dialog(cadre.page, '修改承诺事项');
    await form.getByLabel('承诺事项').fill(REVISED);
    await form.getByLabel('完成标准').fill('广场面积不少于1500平方米，设停车位20个');
    await form.getByLabel('修改原因').fill('按群众意见增加停车区');
    await form.getByRole('button', { name: SAVE }).click();
    await expect.poll(() => card(cadre.page, REVISED).getAttribute('data-status')).toBe('draft');
    await cadre.context.close();
  });

  it('the clerk records the 两委 decision again and starts the second vote (the square only)', async () => {
    const { page, context } = await signedIn('clerk');
    await page.goto(state.participantUrl);
    await recordCommittee(page, false);
    await startVote(page, false);
    await page
      .getByTestId('set-poll')
      .getByRole('link', { name: /打开表决页/ })
      .click();
    await page.waitForURL(/\/polls\/[0-9a-f-]{36}$/);
    state.pollUrl = page.url();
    state.codes = await openAndIssueCodes(page, 2);
    await context.close();
  });

  it('the second vote passes the revised square; the set is confirmed with both rounds in its history', async () => {
    await castBallot(state.codes[0]!, ['满意']);
    await castBallot(state.codes[1]!, ['不满意']);
    await closeAndCertify(state.pollUrl);
    const clerk = await signedIn('clerk');
    await applyResult(clerk.page);
    await expect.poll(() => clerk.page.getByTestId('set-status').textContent()).toBe('群众已确认，待乡审批');
    await expect.poll(() => clerk.page.getByTestId('confirmed-count').textContent()).toBe('已确认 3/3 件');
    const revised = card(clerk.page, REVISED);
    await revised.getByText('修改和表决历史').click();
    await expect.poll(() => revised.getByTestId('vote-round').count()).toBe(2);
    await revised.getByTestId('revision').waitFor();
    await shot(clerk.page, 'clerk-confirmed');
    await clerk.context.close();
  });

  it('the office reads the overview and the checklist, approves, and downloads the 承诺书', async () => {
    const { page, context } = await signedIn('office');
    await page.getByRole('menuitem', { name: '承诺审批' }).click();
    await page.waitForURL(/\/pledging\/campaigns\/[0-9a-f-]{36}$/);
    const row = page.locator('[data-testid="overview-row"][data-village="愚公村"]');
    await expect.poll(() => row.textContent()).toContain('待乡审批');
    await shot(page, 'office-overview');
    await page.setViewportSize(PHONE);
    await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'phone-office-overview');
    await page.setViewportSize(DESKTOP);
    const xlsx = page.waitForEvent('download');
    await page.getByRole('link', { name: /导出 .xlsx/ }).click();
    expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);

    await row.getByRole('link', { name: '愚公村' }).click();
    const person = page.getByTestId('checklist-participant').filter({ hasText: '李建国' });
    await expect.poll(() => person.locator('[data-key="minimum"]').getAttribute('data-ok')).toBe('true');
    await shot(page, 'office-checklist');
    await page.setViewportSize(PHONE);
    await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'phone-office-checklist');
    await page.setViewportSize(DESKTOP);
    await person.getByRole('button', { name: /批\s*准/ }).click();
    const modal = dialog(page, '批准 李建国 的承诺事项');
    await modal.getByLabel('审批意见（可不填）').fill('同意');
    await modal.getByRole('button', { name: /批\s*准/ }).click();
    await page.getByText('已批准', { exact: true }).first().waitFor();
    const letter = page.waitForEvent('download');
    await person.getByRole('link', { name: /承诺书/ }).click();
    expect((await letter).suggestedFilename()).toMatch(/\.docx$/);
    await shot(page, 'office-approved');
    await context.close();
  });

  it('the public page shows the approved pledges, revised text included, on a phone', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    await page.goto(`/public/villages/${state.villageId}`);
    const approved = page.getByTestId('public-approved');
    await approved.waitFor();
    await expect.poll(() => approved.getByTestId('public-pledge').count()).toBe(3);
    await approved.getByText(REVISED).waitFor();
    expect(await page.getByTestId('public-soliciting').count()).toBe(0);
    expect(await page.getByText('停车的地方').count()).toBe(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'phone-public-approved');
    await context.close();
  });
});

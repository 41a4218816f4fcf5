/**
 * The meeting and poll pages as a clerk uses them during and after a meeting: the meeting record is
 * corrected from its page and a mistaken one deleted (each button only where the server allows it);
 * the poll page fits a 375 px phone in every status (nothing scrolls sideways); while the poll is
 * open only the one running it sees how many ballots are in; the slip sheet's warnings sit under its
 * toolbar at 1366 px, clear of the toolbar's text.
 * Screenshots: tmp/shots/meeting-*.png, poll-*.png, slips-*.png (with E2E_SHOTS=1).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';

let e2e: E2E;
const state = { meetingId: '', pollId: '', codes: [] as string[] };

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.stop();
});

type Method = 'get' | 'post' | 'patch' | 'delete';

/** API calls made by the page itself: its cookies and CSRF token, the browser's name for the server. */
function client(page: Page) {
  return async (method: Method, url: string, data?: unknown) => {
    const { ok, status, body } = await page.evaluate(
      async ([method, url, data]) => {
        const me = await (await fetch('/api/auth/me')).json().catch(() => ({}));
        const res = await fetch(url as string, {
          method: (method as string).toUpperCase(),
          headers:
            method === 'get'
              ? {}
              : { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken ?? '' },
          ...(method === 'get' || method === 'delete' ? {} : { body: JSON.stringify(data ?? {}) }),
        });
        return { ok: res.ok, status: res.status, body: await res.json().catch(() => null) };
      },
      [method, url, data] as const,
    );
    if (!ok) throw new Error(`${method} ${url} ${status} ${JSON.stringify(body)}`);
    return body;
  };
}

/** Elements wider than the window, by tag, class and text: what makes a page scroll sideways. */
async function sideways(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 8)
      .map((el) => `${el.tagName}.${el.className} "${(el.textContent ?? '').slice(0, 30)}"`);
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}

async function expectNoSidewaysScroll(page: Page) {
  await page.waitForTimeout(300);
  const { scrollWidth, culprits } = await sideways(page);
  expect(scrollWidth, culprits.join('\n')).toBeLessThanOrEqual(PHONE.width);
}

async function confirmModal(page: Page) {
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
}

const CONFIRM = [
  { label: '满意', kind: 'satisfied' },
  { label: '不满意', kind: 'unsatisfied' },
];

describe('meeting and poll pages', () => {
  it('the clerk corrects the meeting record; a meeting without polls is deleted after a confirmation', async () => {
    const { page, context } = await e2e.newPage(DESKTOP);
    page.setDefaultTimeout(15_000);
    await login(page, 'clerk');
    const api = client(page);
    const villages = await api('get', '/api/villages');
    const yugong = villages.find((v: { name: string }) => v.name === '愚公村');
    const hosts = await api('get', `/api/meetings/host-candidates?villageId=${yugong.id}`);
    const meeting = await api('post', '/api/meetings', {
      villageId: yugong.id,
      kind: 'representative_assembly',
      title: '2026年度村干部承诺事项践诺情况测评村民代表会议',
      startsAt: '2026-11-20T09:00:00+08:00',
      place: '村委会议室',
      host: '李建国',
      hostUserId: hosts.find((h: { displayName: string }) => h.displayName.startsWith('李建国')).userId,
      counters: ['王小明'],
      scrutineers: ['赵秀英'],
    });
    state.meetingId = meeting.id;
    await api('patch', `/api/meetings/${meeting.id}`, { attendance: 40 });
    const poll = await api('post', `/api/meetings/${meeting.id}/polls`, {
      title: '李建国2026年度承诺事项践诺情况逐项测评（村民代表会议）',
      purpose: 'pledge_confirmation',
      questions: [
        { label: '新修三组到五组村组水泥路2.5公里，路面宽4米，年底前通过乡验收', options: CONFIRM },
        { label: '新建村级文化广场一处', options: CONFIRM },
      ],
    });
    state.pollId = poll.id;

    await page.goto(`/meetings/${meeting.id}`);
    // The meeting has a poll: it may be corrected, not deleted.
    await page.getByRole('button', { name: '修改会议记录' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('地点', { exact: true }).inputValue()).toBe('村委会议室');
    expect(await dialog.getByLabel('会议名称').isDisabled()).toBe(true);
    await dialog.getByLabel('地点', { exact: true }).fill('村文化礼堂');
    await dialog.getByLabel('监票人').fill('刘秀英');
    await dialog.getByLabel('监票人').press('Enter');
    await shot(page, 'meeting-edit-form');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('会议记录已修改').waitFor();
    await page.getByText('村文化礼堂').waitFor();
    await page.getByText('赵秀英、刘秀英').waitFor();
    expect(await page.getByRole('button', { name: '删除会议' }).count()).toBe(0);
    await shot(page, 'meeting-detail-edited');
    await page.setViewportSize(PHONE);
    await expectNoSidewaysScroll(page);
    await shot(page, 'meeting-detail-edited-phone');
    await page.getByRole('button', { name: '修改会议记录' }).click();
    await page.getByRole('dialog').getByLabel('地点', { exact: true }).waitFor();
    await shot(page, 'meeting-edit-form-phone');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await page.setViewportSize(DESKTOP);

    const mistaken = await api('post', '/api/meetings', {
      villageId: yugong.id,
      kind: 'villager_assembly',
      title: '误登记的村民会议',
      startsAt: '2026-11-21T09:00:00+08:00',
      place: '村委会议室',
      host: '李建国',
      counters: [],
      scrutineers: [],
    });
    await page.goto(`/meetings/${mistaken.id}`);
    await page.getByRole('button', { name: '删除会议' }).click();
    await page.getByText('只能删除还没有表决的会议').waitFor();
    await shot(page, 'meeting-delete-confirm');
    await confirmModal(page);
    await page.waitForURL(/\/meetings$/);
    await page.getByText('会议已删除').waitFor();
    const left = await api('get', '/api/meetings');
    expect(left.map((m: { id: string }) => m.id)).not.toContain(mistaken.id);
    const audit = await (async () => {
      const office = await e2e.newPage(DESKTOP);
      await login(office.page, 'office');
      const entries = await client(office.page)('get', '/api/audit?action=meeting.delete');
      await office.context.close();
      return JSON.stringify(entries);
    })();
    expect(audit).toContain(mistaken.id);
    await context.close();
  });

  it('the poll page fits a phone in every status; only the clerk sees how many ballots are in', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    page.setDefaultTimeout(15_000);
    await login(page, 'clerk');
    const api = client(page);
    await page.goto(`/meetings/polls/${state.pollId}`);
    await page.getByRole('button', { name: '开始投票' }).waitFor();
    await expectNoSidewaysScroll(page);
    await shot(page, 'poll-draft-phone');

    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: '开始投票' }).click();
    await confirmModal(page);
    await page.getByText('投票进行中，任何人').waitFor();
    await page.getByLabel('本次生成张数').fill('3');
    await page.getByRole('button', { name: '生成选票码并打印' }).click();
    await confirmModal(page);
    await page.waitForURL(/\/slips$/);
    await expect.poll(() => page.locator('.vp-slip img').count()).toBe(3);
    state.codes = await page
      .locator('.vp-slip')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-code') ?? ''));
    // The red address warning and the toolbar's text do not overlap; no toast covers the warning.
    const warning = await page.getByTestId('public-address-warning').boundingBox();
    const text = await page.locator('.vp-print-toolbar .ant-typography').boundingBox();
    expect(warning && text).toBeTruthy();
    const apart =
      warning!.y >= text!.y + text!.height ||
      text!.y >= warning!.y + warning!.height ||
      warning!.x >= text!.x + text!.width ||
      text!.x >= warning!.x + warning!.width;
    expect(apart).toBe(true);
    // (A toast lasts 3 s; cleared, it is gone at once, after its leave animation.)
    await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 1_000 }).toBe(0);
    await shot(page, 'slips-1366');
    await page.setViewportSize(PHONE);
    await shot(page, 'slips-375');

    const poll = await api('get', `/api/polls/${state.pollId}`);
    for (const code of state.codes.slice(0, 2)) {
      await api('post', '/api/public/ballots', {
        code,
        choices: poll.questions.map((q: { id: string; options: { id: string }[] }) => ({
          questionId: q.id,
          optionId: q.options[0]!.id,
        })),
      });
    }
    await page.goto(`/meetings/polls/${state.pollId}`);
    await expect.poll(() => page.getByTestId('ballots-received').textContent()).toBe('已收到 2 张电子选票');
    await expectNoSidewaysScroll(page);
    await shot(page, 'poll-open-phone');

    // The host (a cadre) and the township leader see the poll open, and no count.
    for (const who of ['cadre', 'leader']) {
      const other = await e2e.newPage(PHONE);
      await login(other.page, who);
      await other.page.goto(`/meetings/polls/${state.pollId}`);
      await other.page.getByText('投票进行中，任何人').waitFor();
      expect(await other.page.getByTestId('ballots-received').count()).toBe(0);
      expect(await other.page.getByText(/已收到/).count()).toBe(0);
      await other.context.close();
    }

    await page.getByRole('button', { name: '结束投票' }).click();
    await confirmModal(page);
    await page.getByText('表决结果', { exact: true }).waitFor();
    expect(await page.getByTestId('ballots-received').count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await shot(page, 'poll-closed-phone');

    await page.getByRole('button', { name: '以记录员身份确认' }).click();
    await confirmModal(page);
    const host = await e2e.newPage(PHONE);
    await login(host.page, 'cadre');
    await host.page.goto(`/meetings/polls/${state.pollId}`);
    await host.page.getByRole('button', { name: '以主持人身份确认' }).click();
    await confirmModal(host.page);
    await host.page.getByText('结果已确认').first().waitFor();
    await expectNoSidewaysScroll(host.page);
    await shot(host.page, 'poll-certified-phone');
    await host.context.close();
    await context.close();
  });
});

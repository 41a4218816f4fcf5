/**
 * The 乡集中述职 in the browser: the office runs the demo meeting (cut to five jurors and three
 * reporters) from its console at 1366 px; four jurors sign in on 375 px phones by their QR slips'
 * links and one with the demo `juror` login; one juror is recused (回避) for the first reporter;
 * the projector page (1366 and 1920 px) shows each result the moment it is complete, without a
 * reload; the deviation monitor flags the juror who gives 100 to everyone.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';

type Meeting = {
  id: string;
  jurors: { id: string; name: string; signIn: string; ties: { villageId: string }[] }[];
  reporters: { id: string; participantId: string; name: string; villageId: string; villageName: string }[];
};

let e2e: E2E;
let office: { context: BrowserContext; page: Page };
let meeting: Meeting;
const phones = new Map<string, Page>();
const KEEP = ['钱卫东', '孙志明', '马丽华', '陈淑芬', '吴国庆'];
const GENEROUS = '吴国庆';

beforeAll(async () => {
  e2e = await startE2E();
  office = await e2e.newPage(DESKTOP);
  await login(office.page, 'office');
});
afterAll(async () => {
  await e2e?.stop();
});

/** The office's API calls for the set-up, from its page (its session and CSRF token, same origin). */
async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, data?: unknown): Promise<T> {
  const csrf = (await office.context.cookies()).find((c) => c.name === 'vp_csrf')?.value ?? '';
  const res = await office.page.evaluate(
    async ({ method, path, data, csrf }) => {
      const r = await fetch(path, {
        method,
        headers: {
          'x-csrf-token': csrf,
          ...(data === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: data === undefined ? undefined : JSON.stringify(data),
      });
      return { status: r.status, text: await r.text() };
    },
    { method, path, data, csrf },
  );
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
  return JSON.parse(res.text) as T;
}

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);

/**
 * A juror's score for the k-th reporter: four give a plausible spread in which the lowest changes from
 * reporter to reporter (nobody is always lowest, which the monitor would rightly flag), one gives 100
 * to everyone.
 */
const SPREAD = ['钱卫东', '孙志明', '马丽华', '陈淑芬'];
const scoreOf = (name: string, k: number) =>
  name === GENEROUS ? 100 : 78 + 2 * ((SPREAD.indexOf(name) + k) % SPREAD.length);

describe('a report meeting with five juror phones and a projector', () => {
  it('the office prepares the demo meeting: five jurors, three reporters; slips for the jurors without a login', async () => {
    await office.page.goto('/jury');
    await office.page.getByTestId('jury-jurors').waitFor();
    await shot(office.page, 'jury-console-setup');
    const campaigns = await api<{ id: string; year: number; townshipName: string }[]>(
      'GET',
      '/api/campaigns',
    );
    const campaign = campaigns.find((c) => c.year === 2026 && c.townshipName === '愚公乡')!;
    meeting = (await api<{ meeting: Meeting }>('GET', `/api/jury/campaigns/${campaign.id}/meeting`)).meeting;
    for (const j of meeting.jurors.filter((x) => !KEEP.includes(x.name))) {
      meeting = await api<Meeting>('DELETE', `/api/jury/jurors/${j.id}`);
    }
    const pick = ['愚公村', '王屋村', '太行村'].map(
      (v) => meeting.reporters.find((r) => r.villageName === v)!,
    );
    meeting = await api<Meeting>('PUT', `/api/jury/meetings/${meeting.id}/reporters`, {
      participantIds: pick.map((r) => r.participantId),
    });
    expect(meeting.jurors.map((j) => j.name).sort()).toEqual([...KEEP].sort());
    const { slips } = await api<{ slips: { name: string; code: string }[] }>(
      'POST',
      `/api/jury/meetings/${meeting.id}/slips`,
      {
        jurorIds: meeting.jurors.filter((j) => j.signIn !== 'account').map((j) => j.id),
      },
    );
    expect(slips).toHaveLength(4);
    for (const s of slips) {
      const { page } = await e2e.newPage(PHONE);
      await page.goto(`/jury/sign-in#${s.code}`);
      await page.getByText('述职会尚未开始').waitFor();
      phones.set(s.name, page);
    }
    const { page } = await e2e.newPage(PHONE);
    await login(page, 'juror');
    await page.getByTestId('juror-home').getByRole('button', { name: '评委评分' }).click();
    await page.getByText('述职会尚未开始').waitFor();
    phones.set('钱卫东', page);
    for (const p of phones.values()) expect(await pageWidth(p)).toBeLessThanOrEqual(PHONE.width);
    await shot(phones.get('马丽华')!, 'jury-phone-waiting');
  }, 200_000);

  let screen1366: Page;
  let screen1920: Page;

  it('the projector pages open before the start', async () => {
    screen1366 = await office.context.newPage();
    await screen1366.goto(`/jury-screen/${meeting.id}`);
    const leader = await e2e.newPage({ width: 1920, height: 1080 });
    await login(leader.page, 'leader');
    screen1920 = leader.page;
    await screen1920.goto(`/jury-screen/${meeting.id}`);
    for (const s of [screen1366, screen1920]) {
      await s.getByTestId('jury-screen').waitFor();
      await s.getByText('请稍候，述职即将开始').waitFor();
      // A marker that a reload would wipe: each result must arrive on this same page.
      await s.evaluate(() => {
        (window as unknown as { juryMarker: string }).juryMarker = 'same page';
      });
    }
  });

  it('the office starts; phones score once; the recused juror sees 回避; each result appears on the screen', async () => {
    await office.page.bringToFront();
    await office.page.getByRole('button', { name: '开始述职会' }).click();
    await office.page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await office.page.getByText('述职会已开始').first().waitFor();
    for (const [k, reporter] of meeting.reporters.entries()) {
      const scorers = meeting.jurors.filter((j) => !j.ties.some((t) => t.villageId === reporter.villageId));
      const recused = meeting.jurors.filter((j) => !scorers.includes(j));
      if (k === 0) expect(recused.map((j) => j.name)).toEqual(['孙志明']);
      for (const s of [screen1366, screen1920]) {
        await s.getByTestId('jury-screen-current').getByText(reporter.name).waitFor();
      }
      for (const j of recused) {
        const phone = phones.get(j.name)!;
        await phone.getByTestId('juror-current').getByText(reporter.name).waitFor();
        await phone.getByText('按规定回避').waitFor();
        expect(await phone.getByLabel('评分（0–100 分）').count()).toBe(0);
        if (k === 0) await shot(phone, 'jury-phone-recused');
      }
      for (const [i, j] of scorers.entries()) {
        const phone = phones.get(j.name)!;
        await phone.getByTestId('juror-current').getByText(reporter.name).waitFor();
        await phone.getByLabel('评分（0–100 分）').fill(String(scoreOf(j.name, k)));
        if (k === 0 && i === 0) await shot(phone, 'jury-phone-score');
        await phone.getByRole('button', { name: '提交评分' }).click();
        await phone
          .getByRole('dialog')
          .getByRole('button', { name: /确\s*定/ })
          .click();
        await phone.getByText(`您的评分：${scoreOf(j.name, k)} 分`).waitFor();
        expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
        if (i < scorers.length - 1) {
          await screen1366
            .getByTestId('jury-screen-scored')
            .getByText(`已评分 ${i + 1} / ${scorers.length}`)
            .waitFor();
        }
      }
      const values = scorers.map((j) => scoreOf(j.name, k)).sort((a, b) => a - b);
      const kept = values.length >= 5 ? values.slice(1, -1) : values;
      const expected = (Math.round((kept.reduce((a, b) => a + b, 0) / kept.length) * 100) / 100).toFixed(2);
      for (const s of [screen1366, screen1920]) {
        await s
          .getByTestId('jury-screen-results')
          .getByText(expected, { exact: true })
          .waitFor({ timeout: 10_000 });
        expect(await s.evaluate(() => (window as unknown as { juryMarker?: string }).juryMarker)).toBe(
          'same page',
        );
      }
      if (k === 0) {
        await shot(screen1366, 'jury-screen-1366');
        await shot(screen1920, 'jury-screen-1920');
        await screen1366.getByText('回避 1 人').first().waitFor();
      }
      await office.page.bringToFront();
      await office.page
        .getByRole('button', { name: k < meeting.reporters.length - 1 ? '下一位述职人' : '结束当前述职人' })
        .click();
      await office.page
        .getByRole('dialog')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await office.page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await screen1920.getByText('述职结束').waitFor();
    await shot(screen1920, 'jury-screen-1920-done');
  }, 400_000);

  it('the console shows every result and the monitor flags the juror who gives 100 to everyone', async () => {
    await office.page.bringToFront();
    await office.page.getByRole('tab', { name: '述职进程' }).click();
    const progress = office.page.getByTestId('jury-progress');
    await progress.getByText('已述职').first().waitFor();
    expect(await progress.getByText('待出结果').count()).toBe(0);
    await shot(office.page, 'jury-console-progress');
    await office.page.getByRole('tab', { name: '评分偏差监测' }).click();
    const monitor = office.page.getByTestId('jury-monitor');
    const flagged = monitor.locator('tr', { hasText: GENEROUS });
    await flagged.getByText('需关注').first().waitFor();
    expect(await flagged.textContent()).toMatch(/远离其他评委/);
    for (const name of KEEP.filter((n) => n !== GENEROUS)) {
      expect(await monitor.locator('tr', { hasText: name }).getByText('需关注').count()).toBe(0);
    }
    await shot(office.page, 'jury-console-monitor');
    // The projector never shows the monitor's words or a juror's name.
    const text = (await screen1920.textContent('body')) ?? '';
    expect(text).not.toContain('需关注');
    for (const name of KEEP) expect(text).not.toContain(name);
  });
});

/**
 * 监督信箱 at phone width: a villager writes an anonymous letter about a cadre on a 375 px phone and
 * gets a code; the office (1366 px) assigns and answers it; the villager reads the answer with the
 * code. The cadre written about sees nothing of the open letter, and once it is closed only the
 * answer: never the content, the writer or how it came in.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';

let e2e: E2E;
let phone: Page;
let office: Page;
let cadre: Page;

beforeAll(async () => {
  e2e = await startE2E();
  ({ page: phone } = await e2e.newPage(PHONE));
  ({ page: office } = await e2e.newPage(DESKTOP));
  ({ page: cadre } = await e2e.newPage(DESKTOP));
});

afterAll(async () => {
  await e2e?.stop();
});

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);
const CONTENT = '村东二组的道路硬化说好六月完成，现在还是土路，下雨天孩子上学一脚泥，请乡里督促。';
const ANSWER = '已到现场查看，二组路段本月十五日前完成硬化，完工后在村务公开栏公示。';

/** A GET of the API in the page's own session (the browser's cookies). */
const apiGet = (p: Page, path: string) =>
  p.evaluate(async (url) => {
    const res = await fetch(url, { headers: { accept: 'application/json' } });
    return { status: res.status, text: await res.text() };
  }, path);

describe('the supervision mailbox', () => {
  let code = '';
  let letterUrl = '';

  it('a villager writes an anonymous letter on the phone and gets a code to write down', async () => {
    await login(office, 'office');
    const villages = JSON.parse((await apiGet(office, '/api/villages')).text) as {
      id: string;
      name: string;
    }[];
    const village = villages.find((v) => v.name === '愚公村')!;

    await phone.goto(`/letters/write?village=${village.id}`);
    await phone.getByTestId('letter-form').waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await phone.getByText('某位村干部').click();
    await phone.getByLabel('哪位村干部').selectOption({ label: '李建国（党支部书记、村委会主任）' });
    await phone.getByLabel('想说的话').fill(CONTENT);
    await shot(phone, 'letters-write');
    await phone.getByTestId('letter-submit').click();
    const shown = phone.getByTestId('letter-code');
    await shown.waitFor();
    code = (await shown.textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect.poll(() => phone.getByText('只显示这一次').count()).toBeGreaterThan(0);
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, 'letters-code');
  });

  it('the cadre written about cannot see the open letter at all', async () => {
    await login(cadre, 'cadre');
    await cadre.goto('/mailbox');
    await cadre.getByText('为保护写信人').waitFor();
    expect(await cadre.locator('body').textContent()).not.toContain(CONTENT);
    const list = await apiGet(cadre, '/api/letters');
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(CONTENT);
  });

  it('the office assigns and answers it on the desktop; overdue letters stand out', async () => {
    await office.goto('/mailbox');
    await office.getByTestId('overdue-tag').first().waitFor();
    await office.getByText(CONTENT).click();
    await office.getByTestId('letter-content').waitFor();
    letterUrl = new URL(office.url()).pathname;
    expect(await office.getByTestId('letter-writer').textContent()).toBe('匿名');

    await office.getByTestId('letter-assign').click();
    const assign = office.getByRole('dialog');
    await assign.getByLabel('承办单位').fill('乡党委（包村领导）');
    await assign.getByRole('button', { name: /确\s*定/ }).click();
    await office.getByTestId('letter-answer').waitFor();

    await office.getByTestId('letter-answer').click();
    const answer = office.getByRole('dialog');
    await answer.getByLabel('答复', { exact: true }).fill(ANSWER);
    await answer.getByRole('button', { name: /确\s*定/ }).click();
    await office.getByText(ANSWER).waitFor();
    await shot(office, 'letters-office-answered');
  });

  it('the villager reads the answer with the code, on the phone', async () => {
    await phone.goto('/letters/follow');
    await phone.getByLabel('查询码').fill(code.toLowerCase());
    await phone.getByRole('button', { name: '查看' }).click();
    await phone.getByTestId('letter-answer').waitFor();
    expect(await phone.getByTestId('letter-answer').textContent()).toContain(ANSWER);
    expect(await phone.getByTestId('letter-status').textContent()).toContain('已答复');
    const steps = (await phone.getByTestId('letter-steps').textContent()) ?? '';
    expect(steps).toContain('已收到');
    expect(steps).toContain('已转办');
    expect(steps).toContain('已答复');
    expect(await phone.locator('body').textContent()).not.toMatch(/韩文君|乡考评办账号/);
    await phone.getByTestId('reply-form').waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, 'letters-follow');
  });

  it('once closed, the cadre sees only the answer: never the content, the writer or the channel', async () => {
    await office.goto(letterUrl);
    await office.getByTestId('letter-close').click();
    await office.getByRole('button', { name: /确\s*定/ }).click();
    await office.getByText('已办结').first().waitFor();

    await cadre.goto('/mailbox');
    await cadre.getByText(ANSWER).waitFor();
    const body = (await cadre.locator('body').textContent()) ?? '';
    expect(body).not.toContain(CONTENT);
    expect(body).not.toMatch(/匿名|网上/);
    const id = letterUrl.split('/').pop()!;
    const one = await apiGet(cadre, `/api/letters/${id}`);
    expect(one.status).toBe(200);
    expect(one.text).toContain(ANSWER);
    expect(one.text).not.toContain(CONTENT);
    expect(one.text).not.toMatch(/writer|channel|receivedOn|anonymous|createdAt/);
  });
});

/**
 * 公示 and the public boards: on a 375 px phone the village board shows each cadre's pledges and
 * the publications with their periods and objection links, and the township board lists its
 * villages; the A4 poster prints on exactly one page with a QR code of the board's address; at
 * 1366 px the office publishes a village's progress, which the village board then shows in period, and
 * records a 换届 candidate's speech and public pledge, published to the village board.
 */
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localToday } from '../server/domain/local-time.ts';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';

let e2e: E2E;
let phone: Page;
let office: Page;
let villages: { id: string; name: string; townshipId: string }[] = [];

beforeAll(async () => {
  e2e = await startE2E();
  ({ page: phone } = await e2e.newPage(PHONE));
  ({ page: office } = await e2e.newPage(DESKTOP));
  await login(office, 'office');
  villages = await office.evaluate(async () => (await fetch('/api/villages')).json());
});

afterAll(async () => {
  await e2e?.stop();
});

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);
const villageId = (name: string) => villages.find((v) => v.name === name)?.id ?? '';

describe('the public boards on a phone', () => {
  it("shows 愚公村's pledges with progress and its publications with periods and objection links", async () => {
    await phone.goto(`/public/villages/${villageId('愚公村')}`);
    const approved = phone.getByTestId('public-approved');
    await approved.waitFor();
    expect(await approved.getByTestId('public-set').count()).toBeGreaterThan(0);
    expect(await approved.getByTestId('public-pledge').count()).toBeGreaterThan(2);
    const publications = phone.getByTestId('public-publications').getByTestId('publication');
    await expect.poll(() => publications.count()).toBeGreaterThan(2);
    const live = publications.and(phone.locator('[data-status="in_period"]')).first();
    await live.getByText(/公示期：2026年11月26日 至 2026年12月31日/).waitFor();
    expect(await live.getByTestId('object').getAttribute('href')).toMatch(/^\/letters\/write\?publication=/);
    await phone.getByTestId('public-plan').waitFor();
    const html = await phone.content();
    expect(html).not.toContain('韩文君');
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, 'phone-village-board');
  });

  it('shows a withdrawn publication with its reason, without its content', async () => {
    await phone.goto(`/public/villages/${villageId('王屋村')}`);
    const withdrawn = phone.locator('[data-testid="publication"][data-status="withdrawn"]');
    await withdrawn.first().waitFor();
    await withdrawn
      .first()
      .getByText(/本公示已撤回，原因：/)
      .waitFor();
    expect(await withdrawn.first().locator('details').count()).toBe(0);
  });

  it("lists the township's villages with links to their boards", async () => {
    const yugong = villages.find((v) => v.name === '愚公村')!;
    await phone.goto(`/public/townships/${yugong.townshipId}`);
    const row = phone.getByTestId('township-village').filter({ hasText: '愚公村' });
    await row.waitFor();
    await row.getByText(/项承诺/).waitFor();
    await row.getByText(/已完成 \d+ 项/).waitFor();
    await phone
      .getByTestId('township-totals')
      .getByText(/全乡共 \d+ 项承诺，已完成 \d+ 项/)
      .waitFor();
    await row.getByRole('link', { name: '愚公村' }).click();
    await phone.getByTestId('public-approved').waitFor();
    expect(new URL(phone.url()).pathname).toBe(`/public/villages/${yugong.id}`);
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
  });
});

describe('the A4 poster', () => {
  it('prints on exactly one A4 page, with a QR code of the board address', async () => {
    const id = villageId('愚公村');
    await phone.goto(`/public/villages/${id}/poster`);
    const poster = phone.getByTestId('poster');
    await poster.waitFor();
    const boardUrl = `${e2e.baseUrl}/public/villages/${id}`;
    expect(await poster.getAttribute('data-board-url')).toBe(boardUrl);
    expect(await phone.getByTestId('poster-mailbox-url').textContent()).toBe(
      `${e2e.baseUrl}/letters/write?village=${id}`,
    );
    // The QR code encodes exactly the board address: the same encoder, given that text, draws the same modules.
    const drawn = await phone.getByTestId('poster-qr').locator('path').last().getAttribute('d');
    const expected = await QRCode.toString(boardUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    expect(expected).toContain(`d="${drawn}"`);
    await shot(phone, 'phone-poster');
    const pdf = await phone.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
  });
});

describe('the office publishes', () => {
  it("publishes 王屋村's progress at 1366 px; the board shows it in its period", async () => {
    await office.goto('/publications');
    await office.getByRole('button', { name: /发布公示/ }).click();
    const modal = office.getByRole('dialog', { name: '发布公示' });
    // 践诺情况 is the form's default kind.
    await modal.getByTitle('践诺情况（落实进展）').waitFor();
    // The village select searches: type the name and take the match with Enter.
    await modal.getByLabel('村').fill('王屋村');
    await modal.getByLabel('村').press('Enter');
    await modal.getByTitle('王屋村').waitFor();
    await modal.getByLabel('公示说明').fill('截至11月30日的落实情况，欢迎监督。');
    await shot(office, 'office-publish');
    await modal.getByRole('button', { name: /发布公示/ }).click();
    await office.getByText('已发布公示').waitFor();
    const row = office
      .locator('[data-testid="publication-row"][data-status="in_period"]')
      .filter({ hasText: '王屋村' })
      .filter({ hasText: '践诺情况' });
    await row.first().waitFor();
    expect(await office.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      DESKTOP.width,
    );

    // The board's JSON is reused for a few seconds (public-cache.ts): open it again until it shows.
    const live = phone.locator('[data-testid="publication"][data-status="in_period"]');
    await expect
      .poll(
        async () => {
          await phone.goto(`/public/villages/${villageId('王屋村')}`);
          await phone.getByTestId('public-publications').waitFor();
          return live.count();
        },
        { timeout: 20_000, interval: 2_000 },
      )
      .toBeGreaterThan(0);
    await live.first().getByTestId('object').waitFor();
    await live.first().locator('summary').click();
    await live.first().getByText('截至11月30日的落实情况，欢迎监督。').waitFor();
  });
});

describe('换届 candidates’ speeches and public pledges', () => {
  it('the office records a candidate with a pledge and publishes; the village board shows them', async () => {
    const day = addDays(localToday(), 10);
    await office.goto('/elections');
    await office.getByRole('button', { name: '登记换届选举' }).click();
    const create = office.getByRole('dialog');
    await create.getByLabel('村', { exact: true }).click();
    await office.locator('.ant-select-item-option').filter({ hasText: '南河村' }).click();
    await create.getByLabel('选举日期', { exact: true }).fill(day);
    await create.getByRole('button', { name: /确\s*定/ }).click();
    await office.getByText('已登记换届选举').waitFor();
    const card = office.locator('[data-testid="election"][data-village="南河村"]');
    await card.getByRole('button', { name: '登记候选人' }).click();
    const form = office.getByRole('dialog');
    await form.getByLabel('姓名', { exact: true }).fill('赵明远');
    await form.getByLabel('竞聘演讲', { exact: true }).fill('当选后三年内建成村级养老服务站，请乡亲们监督。');
    await form.getByLabel('承诺类别', { exact: true }).click();
    await office.locator('.ant-select-item-option').filter({ hasText: '经济发展' }).click();
    await form.getByLabel('承诺事项', { exact: true }).fill('建成村级养老服务站');
    await form.getByLabel('具体内容', { exact: true }).fill('利用闲置校舍改建养老服务站');
    await form.getByLabel('完成标准', { exact: true }).fill('服务站投入使用，可容纳20位老人');
    await form.getByLabel('完成时限', { exact: true }).fill(addDays(day, 700));
    await form.getByRole('button', { name: /确\s*定/ }).click();
    await office.getByText('已登记候选人').waitFor();
    await card.locator('[data-testid="election-candidate"][data-name="赵明远"]').waitFor();
    await card.getByRole('button', { name: '公示竞聘演讲和承诺' }).click();
    await office
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await office.getByText('已公示，村务公开栏可以看到').waitFor();
    await shot(office, 'office-election');

    const candidate = phone.locator('[data-testid="public-candidate"][data-name="赵明远"]');
    await expect
      .poll(
        async () => {
          await phone.goto(`/public/villages/${villageId('南河村')}`);
          await phone.getByTestId('public-publications').waitFor();
          return phone.getByText('南河村换届选举候选人竞职承诺公示').count();
        },
        { timeout: 20_000, interval: 2_000 },
      )
      .toBeGreaterThan(0);
    const publication = phone.getByTestId('publication').filter({ hasText: '候选人竞职承诺' });
    await publication.locator('summary').click();
    await candidate.getByText('【经济发展】建成村级养老服务站：利用闲置校舍改建养老服务站').waitFor();
    await candidate.getByText(/当选后三年内建成村级养老服务站/).waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
  });
});

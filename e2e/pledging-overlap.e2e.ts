/**
 * The overlap check in the browser: 愚公村 gets a separate committee director for 2027, both cadres
 * pledge (the secretary's road and the director's road are one project in other words); the office sees
 * the pair side by side with the shared phrases marked, confirms with a reason that it is no overlap,
 * and the pair stops blocking. The set-up (a new director, participants synced, four pledges) goes
 * through the API: those pages are tested elsewhere (org pages; drafting in pledging.e2e.ts).
 * Screenshots: tmp/shots/pledging-overlap-*.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DESKTOP, type E2E, login, PHONE, ROOT, startE2E } from './harness.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.stop();
});

/** API calls made by the page itself: its cookies, and the browser's name for the server (township.test). */
async function client(page: Page) {
  const call = async (method: 'get' | 'post', url: string, data?: unknown) => {
    const { ok, status, body } = await page.evaluate(
      async ([method, url, data]) => {
        const me = await (await fetch('/api/auth/me')).json();
        const res = await fetch(url as string, {
          method: method as string,
          headers:
            method === 'post' ? { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken } : {},
          ...(method === 'post' ? { body: JSON.stringify(data ?? {}) } : {}),
        });
        return { ok: res.ok, status: res.status, body: await res.json().catch(() => null) };
      },
      [method, url, data] as const,
    );
    if (!ok) throw new Error(`${method} ${url} ${status} ${JSON.stringify(body)}`);
    return body;
  };
  return call;
}

it('two cadres with overlapping pledges: the pair side by side, marked, overridden with a reason', async () => {
  const office = await e2e.newPage(DESKTOP);
  await login(office.page, 'office');
  const o = await client(office.page);
  const villages = await o('get', '/api/villages');
  const yugong = villages.find((v: { name: string }) => v.name === '愚公村');
  const detail = await o('get', `/api/villages/${yugong.id}`);
  const director = detail.positions.find(
    (p: { post: string; current: boolean }) => p.post === 'committee_director' && p.current,
  );
  await o('post', `/api/positions/${director.id}/end`, { endDate: '2026-12-31' });
  const person = await o('post', '/api/persons', { villageId: yugong.id, name: '王大成', partyMember: true });
  await o('post', '/api/positions', {
    personId: person.id,
    post: 'committee_director',
    startDate: '2027-01-01',
  });
  const campaign = (await o('get', '/api/campaigns')).find((c: { year: number }) => c.year === 2027);
  await o('post', `/api/campaigns/${campaign.id}/participants/sync`);
  await o('post', `/api/campaigns/${campaign.id}/transition`, { to: 'pledging' });

  const clerk = await e2e.newPage(DESKTOP);
  await login(clerk.page, 'clerk');
  const c = await client(clerk.page);
  const people = await c('get', `/api/campaigns/${campaign.id}/participants`);
  const li = people.find((p: { name: string }) => p.name === '李建国');
  const wang = people.find((p: { name: string }) => p.name === '王大成');
  const add = (id: string, title: string, content: string) =>
    c('post', `/api/pledging/participants/${id}/pledges`, {
      category: '改善环境',
      title,
      content,
      completionStandard: '年底前通过乡验收',
      dueDate: '2027-11-30',
    });
  await add(li.id, '新修村组水泥路2.5公里', '新修三组到五组村组水泥路2.5公里，路面宽4米');
  await add(li.id, '改造村小学厕所', '改造村小学旱厕为水冲式厕所');
  await add(wang.id, '完成2.5公里村组道路水泥硬化', '完成三组到五组2.5公里村组道路水泥硬化');
  await add(wang.id, '发展村集体光伏发电', '在村委会屋顶建设光伏发电');

  // The cadre's page (here opened by the clerk) warns before the township looks.
  await clerk.page.goto(`/pledging/participants/${li.id}`);
  await clerk.page
    .getByTestId('overlap-notice')
    .getByText(/“新修村组水泥路2.5公里”与王大成的“完成2.5公里村组道路水泥硬化”/)
    .waitFor();
  await clerk.page.screenshot({ path: join(ROOT, 'tmp/shots/pledging-overlap-notice.png') });

  await office.page.goto(`/pledging/campaigns/${campaign.id}/villages/${yugong.id}`);
  await office.page.getByTestId('overlap-pair').first().waitFor();
  await office.page.screenshot({
    path: join(ROOT, 'tmp/shots/pledging-overlap-desktop.png'),
    fullPage: true,
  });
  const pair = office.page.getByTestId('overlap-pair').first();
  expect(await pair.getAttribute('data-blocking')).toBe('true');
  const marked = await pair.locator('mark').allTextContents();
  expect(marked.join('')).toContain('2.5公里');
  await office.page.setViewportSize(PHONE);
  await expect
    .poll(() => office.page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(PHONE.width);
  await office.page.screenshot({ path: join(ROOT, 'tmp/shots/pledging-overlap-phone.png'), fullPage: true });
  await office.page.setViewportSize(DESKTOP);

  await pair.getByRole('button', { name: '确认不重复' }).click();
  const modal = office.page.locator('.ant-modal').filter({ hasText: '确认这两项不重复' });
  await modal.getByLabel('理由').fill('两项分属三组和五组两段道路，经实地核实不重复');
  await office.page.screenshot({ path: join(ROOT, 'tmp/shots/pledging-overlap-override.png') });
  await modal.getByRole('button', { name: '确认不重复' }).click();
  await expect.poll(() => pair.getAttribute('data-blocking')).toBe('false');
  await pair.getByText(/乡考评办已确认不重复：两项分属三组和五组/).waitFor();
  await office.context.close();
  await clerk.context.close();
});

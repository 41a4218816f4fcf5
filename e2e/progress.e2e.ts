import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CAMERA_MAKE,
  CAMERA_MODEL,
  cameraJpeg,
  carriesMetadata,
} from '../server/modules/files/files.test-support.ts';
import { type E2E, login, PHONE, shot, startE2E } from './harness.ts';

let e2e: E2E;
let page: Page;
let photoPath: string;

beforeAll(async () => {
  e2e = await startE2E();
  ({ page } = await e2e.newPage(PHONE));
  // A phone photo: EXIF with the camera's make and model and GPS coordinates.
  const photo = await cameraJpeg(77, 3000, 2250);
  expect(carriesMetadata(photo)).toBe(true);
  photoPath = join(mkdtempSync(join(tmpdir(), 'vp-photo-')), 'IMG_20261130_0815.jpg');
  writeFileSync(photoPath, photo);
});

afterAll(async () => {
  await e2e?.stop();
});

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);

/** JSON through the page's own fetch (the browser resolves township.test; Node does not). */
const getJson = <T>(path: string) =>
  page.evaluate(async (url) => (await fetch(url, { credentials: 'omit' })).json(), path) as Promise<T>;

/** The bytes of a public address, fetched without the session (as a villager's phone would). */
async function publicBytes(path: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const answer = await page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'omit' });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      bytes: Array.from(new Uint8Array(await res.arrayBuffer())),
    };
  }, path);
  return { ...answer, bytes: Buffer.from(answer.bytes) };
}

type PublicTimeline = { reports: { note: string; photos: { url: string; thumbUrl: string }[] }[] };

describe('progress with a photo, on a phone (375 px)', () => {
  it('the cadre posts progress with a camera photo; the public copy carries no EXIF and shows in the public timeline', async () => {
    await login(page, 'cadre');
    await page.getByTestId('open-menu').click();
    await page.getByRole('menuitem', { name: '践诺进展' }).click();
    await page.getByRole('button', { name: '填报进展' }).first().waitFor();
    await shot(page, 'progress-list-phone');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: '填报进展' }).first().click();
    const form = page.locator('#report');
    await form.waitFor();
    const input = form.locator('input[type=file][accept="image/*"]');
    expect(await input.getAttribute('capture')).not.toBeNull();

    const note = '后山组通组路全线浇筑完成，正在养护，村民代表现场查看。';
    await form.getByText('正在推进').click();
    await form.getByLabel('完成进度（%）').fill('90');
    await form.getByLabel('日期').fill('2026-11-30');
    await form.getByLabel('进展情况（公开）').fill(note);
    await form.getByLabel('内部说明（不公开，仅乡村干部可见）').fill('尾款待县交通局验收后拨付');
    await input.setInputFiles(photoPath);
    await form.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByText('进展已提交').waitFor();

    const report = page.getByTestId('progress-report').filter({ hasText: note });
    await report.waitFor();
    await report.locator('img').first().waitFor();
    await shot(page, 'progress-pledge-phone');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    const pledgeId = /\/progress\/pledges\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    expect(pledgeId).toBeDefined();
    const timeline = await getJson<PublicTimeline>(`/api/public/progress/pledges/${pledgeId}`);
    const posted = timeline.reports.find((r) => r.note === note);
    expect(posted?.photos).toHaveLength(1);
    expect(JSON.stringify(timeline)).not.toContain('尾款待县交通局验收后拨付');

    for (const url of [posted!.photos[0]!.url, posted!.photos[0]!.thumbUrl]) {
      const { status, type, bytes } = await publicBytes(url);
      expect(status).toBe(200);
      expect(type).toBe('image/jpeg');
      expect(carriesMetadata(bytes)).toBe(false);
      const text = bytes.toString('latin1');
      expect(text).not.toContain(CAMERA_MAKE);
      expect(text).not.toContain(CAMERA_MODEL);
    }

    // The public village board (no login, another phone) shows the photo under the pledge.
    const staffView = await page.evaluate(
      async (url) => (await fetch(url, { credentials: 'include' })).json(),
      `/api/progress/pledges/${pledgeId}`,
    );
    const villageId = (staffView as { pledge: { villageId: string } }).pledge.villageId;
    const { context: villager, page: board } = await e2e.newPage(PHONE);
    try {
      await board.goto(`/public/villages/${villageId}`);
      const shown = board.getByTestId('progress-report').filter({ hasText: note });
      await shown.waitFor();
      const img = shown.getByTestId('progress-photo');
      expect(await img.count()).toBe(1);
      expect(await img.getAttribute('src')).toBe(posted!.photos[0]!.thumbUrl);
      expect(await shown.locator('a').first().getAttribute('href')).toBe(posted!.photos[0]!.url);
      await img.scrollIntoViewIfNeeded();
      const loaded = () => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0);
      await expect.poll(loaded, { timeout: 10_000 }).toBe(true);
      expect(await board.content()).not.toContain('尾款待县交通局验收后拨付');
      await shot(board, 'progress-public-board-phone');
      expect(await pageWidth(board)).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await villager.close();
    }
  });
});

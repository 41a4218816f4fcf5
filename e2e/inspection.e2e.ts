import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cameraJpeg, carriesMetadata } from '../server/modules/files/files.test-support.ts';
import { DESKTOP, type E2E, login, PHONE, shot, startE2E } from './harness.ts';

let e2e: E2E;
let photoPath: string;

beforeAll(async () => {
  e2e = await startE2E();
  // A phone photo: EXIF with the camera's make and model and GPS coordinates.
  const photo = await cameraJpeg(41, 3000, 2250);
  expect(carriesMetadata(photo)).toBe(true);
  photoPath = join(mkdtempSync(join(tmpdir(), 'vp-inspection-')), 'IMG_20261201_0930.jpg');
  writeFileSync(photoPath, photo);
});

afterAll(async () => {
  await e2e?.stop();
});

const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);

describe('实地考核', () => {
  it('an inspector on a 375 px phone inspects the last pledge of 愚公村 with a camera photo, sees the supervisor’s report, and submits the village', async () => {
    const { page } = await e2e.newPage(PHONE);
    await login(page, 'inspector');
    const home = page.getByTestId('inspector-villages');
    await home.getByText('我的考核村（第一考察组）').waitFor();
    await shot(page, 'inspection-home-phone');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await home
      .locator('.ant-card')
      .filter({ hasText: '愚公村' })
      .getByRole('button', { name: '开始考核' })
      .click();
    await page.getByText('实地考核：愚公村').waitFor();
    const open = page.getByTestId('inspection-pledge').filter({ hasText: '未考核' });
    expect(await open.count()).toBe(1);
    // The villager supervisor's report that the work is behind, beside the pledge.
    await open.getByTestId('inspection-supervision').filter({ hasText: '工期明显滞后' }).waitFor();
    await shot(page, 'inspection-village-phone');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await open.getByRole('button', { name: '考核此项' }).click();
    const input = open.locator('input[type=file][accept="image/*"]');
    expect(await input.getAttribute('capture')).not.toBeNull();
    await open.getByText('推进中', { exact: true }).click();
    await open.getByLabel('完成进度（%）').fill('55');
    await open.getByText('基本认可', { exact: true }).click();
    await open.getByLabel('考核意见').fill('材料只到了一半，群众反映工期拖后，需督促。');
    await input.setInputFiles(photoPath);
    await shot(page, 'inspection-form-phone');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await open.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();

    // 55 × 60% + 基本认可 75 × 40% = 63, under the 推进中 cap.
    const done = page.getByTestId('inspection-pledge').filter({ hasText: '材料只到了一半' });
    await done.getByText('得分 63.00').waitFor();
    await done.getByTestId('inspection-photo').locator('img').first().waitFor();
    expect(await page.getByTestId('inspection-pledge').filter({ hasText: '未考核' }).count()).toBe(0);
    // Attached by mistake: its uploader removes it before the village is submitted.
    await done.getByTestId('inspection-photo').getByRole('button', { name: '删除' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByText('照片已删除').waitFor();
    await expect.poll(() => done.getByTestId('inspection-photo').count()).toBe(0);

    await page.getByRole('button', { name: '提交本村考核' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByText('已提交', { exact: true }).first().waitFor();
    await expect.poll(() => page.getByRole('button', { name: '提交本村考核' }).count()).toBe(0);
    await shot(page, 'inspection-submitted-phone');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  });

  it('the office sees every team, each village’s progress and each cadre’s score opening into its items; a reused photo is flagged', async () => {
    const { page } = await e2e.newPage(DESKTOP);
    await login(page, 'office');
    await page.getByRole('menuitem', { name: '实地考核' }).click();
    await page.getByText('2026 年度实地考核').waitFor();
    const teams = page.getByTestId('inspection-teams');
    for (const team of ['第一考察组', '第二考察组', '第三考察组']) {
      await teams.getByRole('cell', { name: team, exact: true }).waitFor();
    }
    const villages = page.getByTestId('inspection-villages');
    const yugong = villages.locator('tr').filter({ hasText: '愚公村' }).filter({ hasText: '第一考察组' });
    await yugong.getByText('已提交').waitFor();
    await yugong.getByRole('button', { name: /^锁\s*定$/ }).waitFor();
    const qinglong = villages.locator('tr').filter({ hasText: '青龙村' }).filter({ hasText: '第三考察组' });
    await qinglong.getByText('未开始').waitFor();

    const li = page
      .getByTestId('inspection-scores')
      .locator('tr')
      .filter({ hasText: '李建国' })
      .filter({ hasText: '考核完成' });
    await li.click();
    const item = page
      .getByTestId('inspection-scores')
      .locator('tr.ant-table-row')
      .filter({ hasText: '材料只到了一半' });
    await item.getByText('63.00').waitFor();
    await item.getByText('基本认可（75）').waitFor();
    await shot(page, 'inspection-office-desktop');

    await villages
      .locator('tr')
      .filter({ hasText: '西坡村' })
      .getByRole('button', { name: /^查\s*看$/ })
      .click();
    await page.getByText('实地考核：西坡村').waitFor();
    await page.getByText('疑似重复使用').first().waitFor();
    await shot(page, 'inspection-reuse-desktop');

    // 第三考察组 filled paper forms in 青龙村: the office keys one with the phone's form.
    await page.getByRole('link', { name: '返回' }).click();
    await page
      .getByTestId('inspection-villages')
      .locator('tr')
      .filter({ hasText: '青龙村' })
      .getByRole('button', { name: '录入纸质表' })
      .click();
    await page.getByText('实地考核：青龙村').waitFor();
    await page.getByText(/录入纸质考核表：按第三考察组/).waitFor();
    const sheet = page.getByTestId('inspection-pledge').first();
    await sheet.getByRole('button', { name: '考核此项' }).click();
    await sheet.getByText('基本完成', { exact: true }).click();
    await sheet.getByLabel('完成进度（%）').fill('90');
    await sheet.getByText('认可', { exact: true }).click();
    await sheet.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    await sheet.getByText('据考察组纸质考核表，由韩文君（乡考评办）代录', { exact: false }).waitFor();
  });
});

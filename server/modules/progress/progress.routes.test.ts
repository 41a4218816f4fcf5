import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { campaigns, fileAttachments, fileBlobs, files, progressReports } from '../../db/schema/index.ts';
import { createTestContext } from '../../test/harness.ts';
import { digestOf } from '../campaigns/campaign-seal.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { filesModule } from '../files/files.module.ts';
import {
  CAMERA_MAKE,
  cameraJpeg,
  carriesMetadata,
  type FormPart,
  multipartBody,
  pixelBombPng,
} from '../files/files.test-support.ts';

const t = await createTestContext();
afterAll(() => t.close());
const campaignId = t.demo.campaignIds[DEMO_FULFILMENT_YEAR]!;

type ListItem = {
  id: string;
  villageName: string;
  cadreName: string;
  mine: boolean;
  allowedActions: string[];
  latest: { status: string } | null;
  reuseFlags: number;
};
type Timeline = {
  pledge: { id: string; title: string };
  reports: {
    note: string;
    internalNote: string | null;
    reporter: string;
    photos: { url: string; thumbUrl: string }[];
  }[];
  allowedActions: string[];
};
type PublicTimeline = {
  reports: { note: string; statusLabel: string; photos: { url: string; thumbUrl: string }[] }[];
};

const cadre = await t.as('cadre');
const clerk = await t.as('clerk');
const office = await t.as('office');
const list = async (client = office) =>
  (await client.get(`/api/progress/campaigns/${campaignId}/pledges`)).json() as {
    pledges: ListItem[];
    allowedActions: string[];
  };

const own = (await list(cadre)).pledges.find((p) => p.mine)!;
const report = (
  client: typeof cadre,
  pledgeId: string,
  fields: Record<string, string>,
  extra: FormPart[] = [],
) =>
  client.request({
    method: 'POST',
    url: `/api/progress/pledges/${pledgeId}/reports`,
    ...multipartBody([...Object.entries(fields).map(([name, value]) => ({ name, value })), ...extra]),
  });
const fields = {
  status: 'in_progress',
  percent: '70',
  reportDate: '2026-11-28',
  note: '路面已浇筑1.6公里',
  internalNote: '施工队要求预付款',
};
const counts = async () => ({
  reports: (await t.database.db.select().from(progressReports)).length,
  files: (await t.database.db.select().from(files)).length,
});

describe('the demo year', () => {
  it('lists the approved pledges in village code order with their progress; the office may import', async () => {
    const { pledges, allowedActions } = await list();
    expect(pledges.length).toBeGreaterThan(10);
    expect(pledges[0]!.villageName).toBe('愚公村');
    expect(pledges.some((p) => p.latest?.status === 'done')).toBe(true);
    expect(pledges.some((p) => p.latest?.status === 'blocked')).toBe(true);
    expect(pledges.some((p) => p.latest === null)).toBe(true);
    expect(allowedActions).toEqual(['import']);
    expect(pledges.every((p) => p.allowedActions.length === 0)).toBe(true);
  });

  it('lists a township leader only the pledges of their contact villages (联系村)', async () => {
    const all = (await list()).pledges;
    const mine = (await list(await t.as('leader'))).pledges;
    const contact = all.filter((p) => ['愚公村', '王屋村'].includes(p.villageName));
    expect(contact.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(contact.length);
    expect(mine.map((p) => p.id)).toEqual(contact.map((p) => p.id));
  });

  it('shows the office one photo reused in another village', async () => {
    const res = await office.get(`/api/files/reuse-flags?campaignId=${campaignId}`);
    expect(res.statusCode).toBe(200);
    const { flags } = res.json() as {
      flags: { match: string; photo: { villageName: string }; earlier: { villageName: string } }[];
    };
    // The progress demo's reuse, and the inspection demo's (第二考察组 used 东岭村's photo on 西坡村).
    expect(flags.map((f) => [f.match, f.photo.villageName, f.earlier.villageName]).sort()).toEqual([
      ['identical', '王屋村', '愚公村'],
      ['identical', '西坡村', '东岭村'],
    ]);
    expect(flags.find((f) => f.photo.villageName === '王屋村')).toMatchObject({
      match: 'identical',
      photo: { villageName: '王屋村' },
      earlier: { villageName: '愚公村' },
    });
    expect((await cadre.get('/api/files/reuse-flags')).statusCode).toBe(403);
    expect((await list()).pledges.filter((p) => p.reuseFlags > 0).map((p) => p.villageName)).toEqual([
      '王屋村',
    ]);
  });
});

describe('a cadre reports progress with a photo from the phone', () => {
  it('stores it, shows it in the timeline, and the public copy has no EXIF and no internal note', async () => {
    expect(own.allowedActions).toEqual(['report']);
    const res = await report(cadre, own.id, fields, [
      { name: 'photos', filename: 'IMG_20261128.jpg', data: await cameraJpeg(42) },
    ]);
    expect(res.statusCode).toBe(201);
    const timeline = res.json() as Timeline;
    expect(timeline.reports[0]).toMatchObject({
      note: fields.note,
      internalNote: fields.internalNote,
      reporter: '本人填报',
    });
    expect(timeline.reports[0]!.photos).toHaveLength(1);

    const staffPhoto = await cadre.get(timeline.reports[0]!.photos[0]!.url);
    expect(staffPhoto.statusCode).toBe(200);
    expect(carriesMetadata(staffPhoto.rawPayload)).toBe(false);

    const anonymous = await t.as(null);
    const pub = await anonymous.get(`/api/public/progress/pledges/${own.id}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.body).not.toContain(fields.internalNote);
    expect(pub.body).not.toContain('李建国（');
    const body = pub.json() as PublicTimeline;
    expect(body.reports[0]).toMatchObject({ note: fields.note, statusLabel: '正在推进' });
    const image = await anonymous.get(body.reports[0]!.photos[0]!.url);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect(image.headers['cache-control']).toContain('immutable');
    expect(carriesMetadata(image.rawPayload)).toBe(false);
    expect(image.rawPayload.toString('latin1')).not.toContain(CAMERA_MAKE);
    expect((await anonymous.get(body.reports[0]!.photos[0]!.thumbUrl)).statusCode).toBe(200);
  });

  it('refuses bad fields and bad files with a 400 naming the field, storing nothing', async () => {
    const before = await counts();
    const cases: [Record<string, string>, FormPart[], string][] = [
      [{ ...fields, percent: '150' }, [], 'percent'],
      [{ ...fields, status: 'done', percent: '80' }, [], 'percent'],
      [{ ...fields, reportDate: '2026-12-25' }, [], 'reportDate'],
      [{ ...fields, reportDate: '2025-12-01' }, [], 'reportDate'],
      [{ ...fields, note: ' ' }, [], 'note'],
      [{ ...fields, status: 'finished' }, [], 'status'],
      [fields, [{ name: 'photos', filename: 'bomb.jpg', data: pixelBombPng() }], 'photos'],
      [fields, [{ name: 'photos', filename: 'a.jpg', data: Buffer.from('not an image at all') }], 'photos'],
    ];
    for (const [f, parts, field] of cases) {
      const res = await report(cadre, own.id, f, parts);
      expect(res.statusCode, JSON.stringify(f)).toBe(400);
      const { error } = res.json() as { error: { field: string; message: string } };
      expect(error.field).toBe(field);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await counts()).toEqual(before);
  });

  it('lets the clerk report for the village’s cadre, and nobody for another’s', async () => {
    const res = await report(clerk, own.id, { ...fields, internalNote: '' });
    expect(res.statusCode).toBe(201);
    expect((res.json() as Timeline).reports[0]!.reporter).toMatch(/代填$/);
    expect((await report(office, own.id, fields)).statusCode).toBe(403);
    const other = (await list()).pledges.find((p) => p.villageName !== '愚公村')!;
    // Another village's pledge is outside the cadre's scope: as unknown as a missing one.
    expect((await report(cadre, other.id, fields)).statusCode).toBe(404);
  });
});

async function filledTemplate(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const res = await office.get(`/api/progress/campaigns/${campaignId}/template.xlsx`);
  expect(res.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  fill(workbook.worksheets[0]!);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const upload = (bytes: Buffer) =>
  office.request({
    method: 'POST',
    url: `/api/progress/campaigns/${campaignId}/import`,
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    payload: bytes,
  });

describe('the office updates many pledges from the .xlsx', () => {
  it('prefills the template with the township’s approved pledges in village code order', async () => {
    const { pledges } = await list();
    await filledTemplate((sheet) => {
      expect(sheet.getCell(1, 2).value).toBe('村代码');
      expect(sheet.getColumn(1).hidden).toBe(true);
      const ids = Array.from({ length: pledges.length }, (_, i) => sheet.getCell(i + 2, 1).value);
      expect(ids).toEqual(pledges.map((p) => p.id));
    });
  });

  it('stores every filled row, or none when any row is bad (with its row and column)', async () => {
    const before = await counts();
    const bad = await filledTemplate((sheet) => {
      sheet.getCell(2, 9).value = '已完成';
      sheet.getCell(2, 10).value = 100;
      sheet.getCell(2, 11).value = new Date(Date.UTC(2026, 10, 25));
      sheet.getCell(2, 12).value = '全部完工并验收';
      sheet.getCell(3, 9).value = '正在推进';
      sheet.getCell(3, 10).value = 140;
      sheet.getCell(3, 11).value = '2026-11-20';
      sheet.getCell(3, 12).value = '进展顺利';
      sheet.getCell(4, 9).value = '遇到困难';
      sheet.getCell(4, 10).value = 30;
      sheet.getCell(4, 11).value = '2027-01-05';
      sheet.getCell(4, 12).value = '资金未到位';
    });
    const refused = await upload(bad);
    expect(refused.statusCode).toBe(400);
    const { error } = refused.json() as { error: { field: string; message: string } };
    expect(error.field).toBe('file');
    expect(error.message).toContain('第 3 行 J 列“完成进度（%）”');
    expect(error.message).toContain('第 4 行 K 列“日期”');
    expect(await counts()).toEqual(before);

    const good = await filledTemplate((sheet) => {
      sheet.getCell(2, 9).value = '已完成';
      sheet.getCell(2, 10).value = 100;
      sheet.getCell(2, 11).value = new Date(Date.UTC(2026, 10, 25));
      sheet.getCell(2, 12).value = '全部完工并验收';
      sheet.getCell(3, 9).value = '正在推进';
      sheet.getCell(3, 10).value = '75%';
      sheet.getCell(3, 11).value = '2026/11/20';
      sheet.getCell(3, 12).value = '进展顺利';
    });
    const res = await upload(good);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ updated: 2 });
    expect((await counts()).reports).toBe(before.reports + 2);
    const first = (await list()).pledges[0]!;
    const timeline = (await office.get(`/api/progress/pledges/${first.id}`)).json() as Timeline;
    expect(timeline.reports.find((r) => r.note === '全部完工并验收')).toMatchObject({
      reporter: '乡考评办更新',
    });
  });

  it('refuses a file that is not its template', async () => {
    expect((await upload(Buffer.from('hello'))).statusCode).toBe(400);
    expect(
      (
        await cadre.request({
          method: 'POST',
          url: `/api/progress/campaigns/${campaignId}/import`,
          payload: {},
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('the archive seal', () => {
  it('covers the bytes of every photo attached in the year: a changed photo changes the files digest', async () => {
    const [campaign] = await t.database.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    const records = await filesModule.seal!.records(t.database.db, campaign!, undefined);
    expect(records.files!.length).toBeGreaterThan(5);
    const before = digestOf(records);
    const [blob] = await t.database.db
      .select({ id: fileBlobs.id })
      .from(fileBlobs)
      .innerJoin(fileAttachments, eq(fileAttachments.fileId, fileBlobs.fileId))
      .where(eq(fileAttachments.campaignId, campaignId))
      .limit(1);
    // The stored bytes change, the recorded hash column does not: only hashing the bytes notices.
    await t.database.db.execute(
      sql`update file_blobs set bytes = bytes || ${Buffer.from([0])} where id = ${blob!.id}`,
    );
    expect(digestOf(await filesModule.seal!.records(t.database.db, campaign!, undefined))).not.toBe(before);
  });
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { tableCounts, xlsxHeaders } from './org.test-support.ts';
import { readRosterWorkbook } from './roster.workbook.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

type Village = {
  name: string;
  code: string | null;
  secretary: { name: string } | null;
  director: { name: string } | null;
};

const NO_CHANGES = {
  villagesCreated: 0,
  villagesUpdated: 0,
  personsCreated: 0,
  personsMoved: 0,
  idCardsAdded: 0,
  positionsCreated: 0,
  positionsEnded: 0,
};

async function template(user = 'office'): Promise<Buffer> {
  const res = await (await t.as(user)).get('/api/roster/template.xlsx');
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
}

const upload = async (bytes: Buffer, query = '') =>
  (await t.as('office')).request({
    method: 'POST',
    url: `/api/roster/import${query}`,
    payload: bytes,
    headers: xlsxHeaders,
  });

describe('the roster template comes filled with the township as stored', () => {
  it('lists every village in village-code order with its current secretary and director', async () => {
    const villages: Village[] = await (await t.as('office')).get('/api/villages').then((r) => r.json());
    const sheet = await readRosterWorkbook(await template());
    const byCode = [...villages].sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''));
    expect(sheet.rows.map((r) => r.cells[0])).toEqual(byCode.map((v) => v.name));
    for (const [i, v] of byCode.entries()) {
      const cells = sheet.rows[i]!.cells;
      expect([cells[5], cells[7]], v.name).toEqual([v.secretary?.name ?? null, v.director?.name ?? null]);
      // Only a digest of the numbers is stored: the columns stay blank.
      expect([cells[10], cells[11]]).toEqual([null, null]);
    }
    expect(sheet.rows.some((r) => String(r.cells[0]).startsWith('（示例）'))).toBe(false);
  });

  it('read back as downloaded, previews and imports as no changes', async () => {
    const bytes = await template();
    const before = await tableCounts(t.database);
    const preview = await upload(bytes, '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ ...NO_CHANGES, dryRun: true });
    const stored = await upload(bytes);
    expect(stored.statusCode, stored.body).toBe(200);
    expect(stored.json()).toMatchObject({ ...NO_CHANGES, dryRun: false });
    const after = await tableCounts(t.database);
    expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 });
  });

  it('edited where something changed, imports only that change', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await template()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('名册')!;
    const row = sheet.getRow(2);
    const village = String(row.getCell(1).value);
    const leaving = String(row.getCell(8).value);
    row.getCell(8).value = '周建华';
    row.getCell(9).value = '13700001111';
    row.getCell(10).value = new Date(Date.UTC(2026, 10, 20));
    const preview = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      ...NO_CHANGES,
      personsCreated: 1,
      positionsCreated: 1,
      positionsEnded: 1,
      dryRun: true,
    });
    // The preview names who leaves and who is appointed, in that order.
    const post = 'committee_director';
    expect(preview.json().changes).toEqual([
      { kind: 'ended', row: 2, village, post, name: leaving, date: '2026-11-19', fromVillage: null },
      { kind: 'appointed', row: 2, village, post, name: '周建华', date: '2026-11-20', fromVillage: null },
    ]);
    expect(preview.json().changes.every((c: { kind: string }) => c.kind !== 'moved')).toBe(true);
  });

  it('stays blank with two examples for an account without a township', async () => {
    const sheet = await readRosterWorkbook(await template('county'));
    expect(sheet.rows.map((r) => String(r.cells[0]))).toEqual(['（示例）红旗村', '（示例）向阳村']);
  });
});

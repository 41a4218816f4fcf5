import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_ID_CARDS } from '../demo/demo-data.ts';
import { lastAudit, rosterFile, tableCounts, xlsxHeaders } from './org.test-support.ts';
import { ROSTER_HEADERS } from './roster.rows.ts';

/** Fictional, checksum-correct numbers nobody in the demo has. */
const NEW_IDS = {
  马向东: '419001198001010014',
  杜红梅: '419001198502020026',
  黄秀英: '419001197003030049',
  another: '419001199001010051',
  third: '41900119880808003X',
  fourth: '419001199209090062',
};

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

async function upload(
  user: string,
  bytes: Buffer | string,
  query = '',
  headers: Record<string, string> = xlsxHeaders,
) {
  const client = await t.as(user);
  return client.request({ method: 'POST', url: `/api/roster/import${query}`, payload: bytes, headers });
}

type Village = { name: string; secretary: { name: string } | null; director: { name: string } | null };
async function villagesOf(user: string): Promise<Village[]> {
  return (await (await t.as(user)).get('/api/villages')).json();
}

async function downloadTemplate(user = 'office') {
  const res = await (await t.as(user)).get('/api/roster/template.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return { res, workbook };
}

describe('roster template', () => {
  it('downloads an .xlsx with the roster sheet, two examples and instructions (no township: no villages)', async () => {
    const { res, workbook } = await downloadTemplate('county');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toMatch(/attachment; .*filename\*=UTF-8''/);
    const sheet = workbook.getWorksheet('名册')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...ROSTER_HEADERS]);
    const examples = [sheet.getRow(2), sheet.getRow(3)].map((r) => (r.values as unknown[]).slice(1));
    expect(examples.some((v) => v[5] === v[7])).toBe(true);
    expect(sheet.getColumn(1).width).toBeGreaterThan(10);
    expect(sheet.getCell('C20').dataValidation).toMatchObject({ type: 'whole' });
    expect(sheet.getCell('J20').dataValidation).toMatchObject({ type: 'date' });
    expect(sheet.getCell('K20').dataValidation).toMatchObject({ type: 'textLength', formulae: [18] });
    expect(sheet.getColumn(12).numFmt).toBe('@');
    const help = workbook.getWorksheet('填写说明')!;
    const text = help.getColumn(1).values.join('\n');
    expect(text).toMatch(/一肩挑/);
    expect(text).toMatch(/身份证号/);
    expect(text).toMatch(/不导入任何数据/);
  });

  it('is readable by every org reader, the county viewer too', async () => {
    expect((await downloadTemplate('county')).res.statusCode).toBe(200);
    expect((await (await t.as(null)).get('/api/roster/template.xlsx')).statusCode).toBe(401);
  });

  it('re-imports cleanly once filled: preview first, then store, audited once', async () => {
    const { workbook } = await downloadTemplate('county');
    const sheet = workbook.getWorksheet('名册')!;
    const date = new Date(Date.UTC(2025, 0, 1));
    sheet.addRow([
      '新华村',
      1500,
      480,
      36,
      45,
      '马向东',
      '13611112222',
      '马向东',
      null,
      date,
      NEW_IDS.马向东,
    ]);
    sheet.addRow([
      '前进村',
      820,
      260,
      21,
      22,
      '杜红梅',
      '13633334444',
      '方志远',
      '13655556666',
      '2025-01-01',
      NEW_IDS.杜红梅,
      null,
    ]);
    sheet.addRow([
      '愚公村',
      1900,
      620,
      46,
      60,
      '李建国',
      '13800000001',
      '李建国',
      null,
      '2024-01-01',
      DEMO_ID_CARDS.李建国,
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    await t.as('office'); // signed in before counting: a first sign-in is audited
    const before = await tableCounts(t.database);
    const preview = await upload('office', bytes, '?dryRun=true');
    expect(preview.statusCode).toBe(200);
    const expected = {
      villagesCreated: 2,
      villagesUpdated: 1,
      personsCreated: 3,
      personsMoved: 0,
      idCardsAdded: 0,
      positionsCreated: 4,
      positionsEnded: 0,
    };
    const notes = [
      { row: 5, column: '村委会主任', message: expect.stringMatching(/^未填身份证号，将新增人员“方志远”/) },
    ];
    // Who is appointed, by name (nobody leaves: new villages, 愚公村's cadre continues).
    const appointed = (row: number, village: string, name: string, post: string) => ({
      kind: 'appointed',
      row,
      village,
      post,
      name,
      date: '2025-01-01',
      fromVillage: null,
    });
    const changes = [
      appointed(4, '新华村', '马向东', 'party_secretary'),
      appointed(4, '新华村', '马向东', 'committee_director'),
      appointed(5, '前进村', '杜红梅', 'party_secretary'),
      appointed(5, '前进村', '方志远', 'committee_director'),
    ];
    expect(preview.json()).toEqual({ ...expected, notes, changes, dryRun: true });
    expect(await tableCounts(t.database)).toEqual(before);

    const res = await upload('office', bytes);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...expected, notes, changes, dryRun: false });
    const after = await tableCounts(t.database);
    expect(after).toEqual({
      villages: before.villages + 2,
      persons: before.persons + 3,
      positions: before.positions + 4,
      audit: before.audit + 1,
    });
    const audit = await lastAudit(t.database);
    expect(audit).toMatchObject({
      action: 'roster.import',
      entity: 'township',
      entityId: t.demo.townshipIds.愚公乡,
    });
    expect(audit.after).toMatchObject({ rows: 3, ...expected });

    const villages = await villagesOf('office');
    expect(villages.find((v) => v.name === '新华村')).toMatchObject({
      dualRole: true,
      secretary: { name: '马向东' },
    });
    expect(villages.find((v) => v.name === '愚公村')).toMatchObject({
      adultPopulation: 1900,
      dualRole: true,
    });
    expect(villages.some((v) => v.name.includes('示例'))).toBe(false);

    const again = await upload('office', bytes);
    expect(again.json()).toEqual({
      villagesCreated: 0,
      villagesUpdated: 0,
      personsCreated: 0,
      personsMoved: 0,
      idCardsAdded: 0,
      positionsCreated: 0,
      positionsEnded: 0,
      notes: [{ row: 5, column: '村委会主任', message: '未填身份证号，按姓名对应本村已有人员“方志远”' }],
      changes: [],
      dryRun: false,
    });
  });
});

describe('roster import', () => {
  it('changes a holder mid-year: the old term ends the day before 任职日期', async () => {
    const bytes = await rosterFile([
      ['王屋村', 2340, 768, 55, 71, '王志强', null, '刘新民', '0391-7654321', '2026-07-01'],
    ]);
    const res = await upload('office', bytes);
    expect(res.json()).toMatchObject({
      villagesUpdated: 0,
      personsCreated: 1,
      positionsCreated: 1,
      positionsEnded: 1,
    });
    const detail = (await (await t.as('office')).get(`/api/villages/${t.demo.villageIds.王屋村}`)).json();
    expect(detail.director).toMatchObject({ name: '刘新民' });
    const old = detail.positions.find((p: { personName: string }) => p.personName === '陈秀兰');
    expect(old).toMatchObject({ endDate: '2026-06-30', current: false });
  });

  it('stores nothing when any row is bad, and lists every bad row', async () => {
    const bytes = await rosterFile([
      ['甲村', 500, 150, 15, 20, '甲一', null, '甲一', null, '2025-01-01'],
      ['乙村', 500, 600, 15, 20, '乙一', null, '乙二', null, '2025-01-01'],
      ['丙村', 500, 150, 15, 20, '丙一', null, '丙一', null, '2025-01-01'],
      ['丁村', 500, 150, 15, 20, '丁一', '1234', '丁一', null, '2025-01-01'],
      ['甲村', 'abc', 150, 15, 20, null, null, null, null, null],
    ]);
    const before = await tableCounts(t.database);
    const res = await upload('office', bytes);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error).toMatchObject({ code: 'IMPORT_ROWS', field: 'file' });
    expect(error.message).toMatch(/^名册第 3 行“户数”：.*（共 4 处错误），未导入任何数据$/);
    expect(error.rows.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual([
      [3, '户数'],
      [5, '书记电话'],
      [6, '村名'],
      [6, '18岁以上人口'],
    ]);
    expect(await tableCounts(t.database)).toEqual(before);
  });

  it('rolls back rows already applied when a later row clashes with stored terms', async () => {
    const bytes = await rosterFile([
      ['戊村', 500, 150, 15, 20, '戊一', null, '戊一', null, '2025-01-01'],
      ['南河村', 1675, 540, 41, 49, '新书记', null, '周桂芳', null, '2023-06-01'],
    ]);
    const before = await tableCounts(t.database);
    const res = await upload('office', bytes);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.rows).toEqual([
      { row: 3, column: '任职日期', message: expect.stringMatching(/^党支部书记新书记：任职日期须晚于/) },
    ]);
    expect(await tableCounts(t.database)).toEqual(before);
    expect((await villagesOf('office')).some((v) => v.name === '戊村')).toBe(false);
  });

  it('says which columns are expected when the header is wrong', async () => {
    const header: string[] = [...ROSTER_HEADERS];
    header[1] = '人口';
    const res = await upload('office', await rosterFile([['己村', 1, 1, 1, 1]], { header }));
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.rows).toHaveLength(1);
    expect(error.rows[0]).toMatchObject({ row: 1, column: '18岁以上人口' });
    expect(error.message).toContain(ROSTER_HEADERS.join('、'));
  });

  it.each([
    ['a file that is not .xlsx', Buffer.from('村名,户数\n甲村,1'), 'IMPORT_FILE'],
    ['an empty body', Buffer.alloc(0), 'INVALID_INPUT'],
  ])('refuses %s naming the file', async (_case, bytes, code) => {
    const res = await upload('office', bytes);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code, field: 'file' });
  });

  it('refuses a JSON body and a roster with only the examples', async () => {
    const json = await upload('office', JSON.stringify({ rows: [] }), '', {
      'content-type': 'application/json',
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.field).toBe('file');
    const { workbook } = await downloadTemplate('county');
    const empty = await upload('office', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'IMPORT_EMPTY', field: 'file' });
  });

  it('accepts application/octet-stream and refuses a bad dryRun flag or unknown query field', async () => {
    const bytes = await rosterFile([['庚村', 300, 100, 10, 10, null, null, null, null, null]]);
    const octet = await upload('office', bytes, '?dryRun=true', {
      'content-type': 'application/octet-stream',
    });
    expect(octet.json()).toMatchObject({ villagesCreated: 1, dryRun: true });
    const flag = await upload('office', bytes, '?dryRun=yes');
    expect(flag.statusCode).toBe(400);
    expect(flag.json().error.field).toBe('dryRun');
    const unknown = await upload('office', bytes, '?force=true');
    expect(unknown.json().error.field).toBe('force');
  });

  it('refuses a file over 8 MB', async () => {
    const res = await upload('office', Buffer.alloc(8 * 1024 * 1024 + 1));
    expect(res.statusCode).toBe(413);
  });

  it('imports into the caller’s own township only', async () => {
    const bytes = await rosterFile([
      ['愚公村', 700, 200, 18, 15, '孟庆和', null, '孟庆和', null, '2025-03-01'],
    ]);
    const res = await upload('office2', bytes);
    expect(res.json()).toMatchObject({ villagesCreated: 1, personsCreated: 1, positionsCreated: 2 });
    const neighbour = await villagesOf('office2');
    expect(neighbour.map((v) => v.name).sort()).toEqual(['上庄村', '下庄村', '愚公村'].sort());
    const own = (await villagesOf('office')).find((v) => v.name === '愚公村');
    expect(own).toMatchObject({ secretary: { name: '李建国' } });
  });

  it('refuses the county viewer and village accounts with 403, storing nothing', async () => {
    const bytes = await rosterFile([['辛村', 300, 100, 10, 10, null, null, null, null, null]]);
    await Promise.all(['county', 'cadre'].map((u) => t.as(u)));
    const before = await tableCounts(t.database);
    expect((await upload('county', bytes)).statusCode).toBe(403);
    expect((await upload('cadre', bytes, '?dryRun=true')).statusCode).toBe(403);
    expect(await tableCounts(t.database)).toEqual(before);
  });
});

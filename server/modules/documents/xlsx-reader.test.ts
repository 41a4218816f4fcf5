import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.ts';
import { buildRosterTemplate } from '../org/roster.workbook.ts';
import { inspectXlsx, readXlsx, XLSX_LIMITS } from './xlsx-reader.ts';

const SHEET = 'xl/worksheets/sheet1.xml';
/** Small limits keep building the test files fast; the route test uses the real ones. */
const LIMITS = {
  ...XLSX_LIMITS,
  entryBytes: 1024 * 1024,
  totalBytes: 2 * 1024 * 1024,
  rows: 500,
  cells: 2000,
};

/** The roster template with its first sheet's XML replaced. */
async function templateWith(sheetXml: string, level = 9): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await buildRosterTemplate());
  zip.file(SHEET, sheetXml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level } });
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('readXlsx', () => {
  it('reads the roster template', async () => {
    const workbook = await readXlsx(await buildRosterTemplate());
    expect(workbook.worksheets.length).toBeGreaterThan(0);
  });

  it('refuses a zip bomb while inflating, in well under a second', async () => {
    const bomb = await templateWith(`<worksheet>${' '.repeat(LIMITS.entryBytes * 8)}</worksheet>`);
    expect(bomb.length).toBeLessThan(LIMITS.entryBytes / 8);
    const started = performance.now();
    const error = await refusal(readXlsx(bomb, LIMITS));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toMatchObject({ kind: 'invalid', field: 'file', code: 'IMPORT_FILE' });
    expect(error.message).toMatch(/解压后内容过大/);
  });

  it('refuses many small entries that add up past the total', async () => {
    const zip = await JSZip.loadAsync(await buildRosterTemplate());
    const part = ' '.repeat(LIMITS.entryBytes - 1024);
    for (let i = 0; i < 3; i++) zip.file(`xl/media/part${i}.xml`, part);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect((await refusal(readXlsx(bytes, LIMITS))).message).toMatch(/解压后内容过大/);
  });

  it('counts rows and cells while inflating, across chunk boundaries', async () => {
    const rows = (n: number) => '<row r="1"><c r="A1"/></row>'.repeat(n);
    const sheet = (n: number) => `<worksheet><sheetData>${rows(n)}</sheetData></worksheet>`;
    // Level 1 packs less, so the sheet spans several inflated chunks.
    const packed = (xml: string) => templateWith(xml, 1);
    await expect(inspectXlsx(await packed(sheet(LIMITS.rows)), LIMITS)).resolves.toBeUndefined();
    expect((await refusal(inspectXlsx(await packed(sheet(LIMITS.rows + 1)), LIMITS))).message).toMatch(
      /超过 500 行/,
    );
    const padded = `<worksheet><sheetData>${`<row r="1">${'<c r="A1"/>'.repeat(LIMITS.cells / 2)}${' '.repeat(70_000)}</row>`.repeat(2)}<row><c/></row></sheetData></worksheet>`;
    expect((await refusal(inspectXlsx(await packed(padded), LIMITS))).message).toMatch(/单元格过多/);
  });

  it('refuses too many entries, an oversized upload, and what is not a zip', async () => {
    const zip = new JSZip();
    for (let i = 0; i <= XLSX_LIMITS.entries; i++) zip.file(`x${i}.xml`, 'x');
    const many = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await refusal(readXlsx(many))).message).toMatch(/部件过多/);
    const limits = { ...XLSX_LIMITS, compressedBytes: 100 };
    expect((await refusal(inspectXlsx(await buildRosterTemplate(), limits))).message).toMatch(/文件过大/);
    expect((await refusal(readXlsx(Buffer.from('not a spreadsheet at all, just text')))).message).toMatch(
      /无法读取/,
    );
  });
});

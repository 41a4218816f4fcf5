/** Reading the rewards' documents back in tests: the .xlsx rows and the .docx text. */
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Queryable } from '../../db/client.ts';
import { campaigns, townships } from '../../db/schema/index.ts';

export async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book;
}

export const rowValues = (sheet: ExcelJS.Worksheet, row: number) =>
  Array.from((sheet.getRow(row).values as unknown[]).slice(1), (v) => v ?? null);

export async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** The demo township's campaign of a year. */
export async function demoCampaignId(db: Queryable, year: number): Promise<string> {
  const [row] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .innerJoin(townships, eq(townships.id, campaigns.townshipId))
    .where(and(eq(campaigns.year, year), eq(townships.name, '愚公乡')));
  return row!.id;
}

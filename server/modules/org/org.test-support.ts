import { count, desc } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/client.ts';
import { auditLog, persons, positions, villages } from '../../db/schema/index.ts';
import { ROSTER_HEADERS } from './roster.rows.ts';
import { XLSX_TYPE } from './roster.workbook.ts';

/** Row counts of the org tables and the audit log: "nothing stored" means these do not move. */
export async function tableCounts(database: Database) {
  const n = async (table: typeof villages | typeof persons | typeof positions | typeof auditLog) => {
    const [row] = await database.db.select({ n: count() }).from(table);
    return row?.n ?? 0;
  };
  return {
    villages: await n(villages),
    persons: await n(persons),
    positions: await n(positions),
    audit: await n(auditLog),
  };
}

export async function lastAudit(database: Database) {
  const [entry] = await database.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return entry!;
}

/** An .xlsx roster built in memory: the header row (or another), then the given rows. */
export async function rosterFile(
  rows: unknown[][],
  options: { header?: string[]; sheetName?: string } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? '名册');
  sheet.addRow(options.header ?? [...ROSTER_HEADERS]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const xlsxHeaders = { 'content-type': XLSX_TYPE };

import ExcelJS from 'exceljs';
import {
  PROGRESS_STATUS_LABELS,
  PROGRESS_STATUSES,
  type ProgressStatus,
} from '../../domain/progress/report.ts';
import { readXlsx } from '../documents/xlsx-reader.ts';

/**
 * The office's progress sheet (践诺进展更新表): one row per approved pledge, prefilled, with the
 * columns to fill on the right. Column A holds the pledge's number for the import (hidden: staff
 * never see it); everything else is in words.
 */

export const PROGRESS_SHEET = '践诺进展';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const COLUMNS = [
  { key: 'id', header: '编号', width: 4 },
  { key: 'villageCode', header: '村代码', width: 14 },
  { key: 'village', header: '村', width: 10 },
  { key: 'cadre', header: '村干部', width: 10 },
  { key: 'category', header: '类别', width: 10 },
  { key: 'title', header: '承诺事项', width: 30 },
  { key: 'dueDate', header: '完成时限', width: 12 },
  { key: 'current', header: '目前进展', width: 16 },
  { key: 'status', header: '进展状态', width: 12 },
  { key: 'percent', header: '完成进度（%）', width: 12 },
  { key: 'reportDate', header: '日期', width: 12 },
  { key: 'note', header: '进展情况', width: 40 },
  { key: 'internalNote', header: '内部说明（不公开）', width: 24 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const columnIndex = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key) + 1;
export const columnLetter = (key: ColumnKey) => String.fromCharCode(64 + columnIndex(key));
export const columnHeader = (key: ColumnKey) => COLUMNS.find((c) => c.key === key)!.header;

export type TemplateRow = {
  id: string;
  villageCode: string;
  village: string;
  cadre: string;
  category: string;
  title: string;
  dueDate: string;
  current: string;
};

const FILL_FROM = columnIndex('status');
const STATUS_LIST = `"${PROGRESS_STATUSES.map((s) => PROGRESS_STATUS_LABELS[s]).join(',')}"`;

export async function buildProgressWorkbook(rows: TemplateRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(PROGRESS_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.getColumn(1).hidden = true;
  sheet.getRow(1).font = { bold: true };
  for (let c = FILL_FROM; c <= COLUMNS.length; c++) {
    sheet.getRow(1).getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  }
  for (const row of rows) sheet.addRow(row);
  for (let r = 2; r <= rows.length + 1; r++) {
    sheet.getCell(r, FILL_FROM).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [STATUS_LIST],
      showErrorMessage: true,
      errorTitle: '进展状态',
      error: '请从列表中选择',
    };
    sheet.getCell(r, columnIndex('reportDate')).numFmt = 'yyyy-mm-dd';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type Cell = string | number | Date | boolean | null;

function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : toCell(value.text);
  if ('error' in value) return null;
  return toCell(value.result ?? null);
}

export type SheetRow = { row: number; cells: Record<ColumnKey, Cell> };
const MAX_ROWS = 3000;

/** The sheet's rows (from the second), as cells by column; size limits are the safe reader's. */
export async function readProgressWorkbook(
  bytes: Buffer,
): Promise<{ header: Cell[]; rows: SheetRow[] } | null> {
  const workbook = await readXlsx(bytes);
  const sheet = workbook.getWorksheet(PROGRESS_SHEET) ?? workbook.worksheets[0];
  if (!sheet) return null;
  const header = COLUMNS.map((_, i) => toCell(sheet.getCell(1, i + 1).value));
  const rows: SheetRow[] = [];
  for (let r = 2; r <= Math.min(sheet.rowCount, MAX_ROWS + 1); r++) {
    const cells = Object.fromEntries(
      COLUMNS.map((c, i) => [c.key, toCell(sheet.getCell(r, i + 1).value)]),
    ) as Record<ColumnKey, Cell>;
    if (Object.values(cells).every((v) => v === null || String(v).trim() === '')) continue;
    rows.push({ row: r, cells });
  }
  return { header, rows };
}

const STATUS_BY_LABEL = new Map<string, ProgressStatus>(
  PROGRESS_STATUSES.map((s) => [PROGRESS_STATUS_LABELS[s], s]),
);
export const statusFromLabel = (text: string) => STATUS_BY_LABEL.get(text.trim()) ?? null;

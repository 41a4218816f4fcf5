/**
 * The office's base amounts from the template (.xlsx): rows left blank are skipped; any bad row
 * refuses the whole file, each problem named by row, column and reason; nothing is stored then.
 */
import type ExcelJS from 'exceljs';
import type { Actor } from '../../core/actor.ts';
import { AppError, badRequest } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { yuanToFen } from '../../domain/sanctions/performance-pay.ts';
import { readXlsx } from '../documents/xlsx-reader.ts';
import { setBasesFrom } from './pay.service.ts';
import { BASE_COLUMNS, BASES_SHEET, type BaseColumn, baseColumnIndex } from './pay-workbook.ts';
import type { RewardsYear } from './rewards-year.ts';

type RowError = { row: number; column: BaseColumn | null; message: string };
const MAX_LISTED = 30;
const MAX_ROWS = 3000;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'object') return String(value).trim();
  if (value instanceof Date) return '';
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  return '';
}

/** A number typed as a number may carry float noise (18000.499999): taken to the fen it shows. */
function fenOf(value: ExcelJS.CellValue): number | null {
  if (typeof value === 'number') return value >= 0 && value < 1e9 ? Math.round(value * 100) : null;
  return yuanToFen(cellText(value).replaceAll(',', '').replace(/元$/, ''));
}

async function workbookOf(bytes: Buffer) {
  try {
    return await readXlsx(bytes);
  } catch (error) {
    // The safe reader speaks of a roster (名册); this upload is the base-amount sheet.
    if (error instanceof AppError)
      throw badRequest('file', error.message.replaceAll('名册', '基数表'), error.code);
    throw error;
  }
}

function describe(errors: RowError[]): string {
  const lines = errors.slice(0, MAX_LISTED).map((e) => {
    const column = e.column ? BASE_COLUMNS[baseColumnIndex(e.column) - 1]! : null;
    const where = column
      ? ` ${String.fromCharCode(64 + baseColumnIndex(e.column!))} 列“${column.header}”`
      : '';
    return `第 ${e.row} 行${where}：${e.message}`;
  });
  const more = errors.length > MAX_LISTED ? `\n……另有 ${errors.length - MAX_LISTED} 处问题` : '';
  return `基数表有 ${errors.length} 处问题，均未保存，请改正后重新上传：\n${lines.join('\n')}${more}`;
}

/** The fen per participant the sheet asks for, or a 400 listing every bad row. */
export async function basesFromSheet(year: RewardsYear, bytes: Buffer): Promise<Map<string, number>> {
  const workbook = await workbookOf(bytes);
  const sheet = workbook.getWorksheet(BASES_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw badRequest('file', '文件中没有工作表', 'IMPORT_FILE');
  const header = BASE_COLUMNS.map((_, i) => cellText(sheet.getCell(1, i + 1).value));
  if (BASE_COLUMNS.some((c, i) => c.key !== 'id' && header[i] !== c.header))
    throw badRequest('file', '表头与模板不一致：请先下载本页的基数表模板，在模板中填写后上传', 'IMPORT_FILE');
  const known = new Set(year.results.map((r) => r.participantId));
  const errors: RowError[] = [];
  const fen = new Map<string, number>();
  for (let r = 2; r <= Math.min(sheet.rowCount, MAX_ROWS + 1); r++) {
    const id = cellText(sheet.getCell(r, baseColumnIndex('id')).value);
    const value = sheet.getCell(r, baseColumnIndex('base')).value;
    const typed = cellText(value);
    if (typed === '') continue;
    if (!known.has(id)) {
      errors.push({
        row: r,
        column: null,
        message: '不是本年度参加考评的村干部（请使用本页下载的模板，不要改动或复制行）',
      });
      continue;
    }
    if (fen.has(id)) {
      errors.push({ row: r, column: null, message: '同一名村干部出现了两次' });
      continue;
    }
    const amount = fenOf(value);
    if (amount === null) {
      errors.push({
        row: r,
        column: 'base',
        message: '应填写不小于 0 的金额（元），最多两位小数，如 18000 或 18000.50',
      });
      continue;
    }
    fen.set(id, amount);
  }
  if (errors.length > 0) throw badRequest('file', describe(errors), 'IMPORT_ROWS');
  if (fen.size === 0) throw badRequest('file', '基数表中没有填写任何基数（黄色表头的一列）', 'IMPORT_EMPTY');
  return fen;
}

export async function importBases(tx: Tx, actor: Actor, campaignId: string, bytes: Buffer) {
  return setBasesFrom(tx, actor, campaignId, (year) => basesFromSheet(year, bytes));
}

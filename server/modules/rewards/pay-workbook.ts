/**
 * The two workbooks of 绩效工资: the base-amount template (prefilled with the year's cadres, one
 * column to fill) and the township's pay sheet with its totals, who signed it and the chain head.
 */
import ExcelJS from 'exceljs';
import { type ChainHead, chainHeadLine } from '../../domain/audit-chain-head.ts';
import { formatLocalDateTime } from '../../domain/local-time.ts';
import { fenToYuan } from '../../domain/sanctions/performance-pay.ts';
import type { DraftLine } from './pay-lines.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const BASES_SHEET = '绩效工资基数';
export const PAY_SHEET = '绩效工资表';

const BOLD: Partial<ExcelJS.Font> = { bold: true };
const FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

/** Template columns; A (hidden) holds the cadre's number for the import, staff never see it. */
export const BASE_COLUMNS = [
  { key: 'id', header: '编号', width: 4 },
  { key: 'village', header: '村', width: 12 },
  { key: 'name', header: '姓名', width: 10 },
  { key: 'posts', header: '职务', width: 22 },
  { key: 'grade', header: '考评等次', width: 10 },
  { key: 'base', header: '绩效工资基数（元）', width: 20 },
] as const;
export type BaseColumn = (typeof BASE_COLUMNS)[number]['key'];
export const baseColumnIndex = (key: BaseColumn) => BASE_COLUMNS.findIndex((c) => c.key === key) + 1;

const yuanNumber = (fen: number | null) => (fen === null ? null : Number(fenToYuan(fen)));

export async function buildBasesTemplate(lines: readonly DraftLine[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(BASES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = BASE_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.getColumn(1).hidden = true;
  sheet.getRow(1).font = BOLD;
  sheet.getRow(1).getCell(baseColumnIndex('base')).fill = FILL;
  for (const l of lines) {
    const row = sheet.addRow({
      id: l.participantId,
      village: l.villageName,
      name: l.name,
      posts: l.posts.join('、'),
      grade: l.grade ?? '未评定',
      base: yuanNumber(l.baseFen),
    });
    row.getCell(baseColumnIndex('base')).numFmt = '0.00';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Columns of the pay sheet (the read-back tests use them). */
export const PAY_COLUMNS = [
  '序号',
  '村',
  '姓名',
  '职务',
  '考评等次',
  '绩效系数',
  '基数（元）',
  '绩效工资（元）',
] as const;
/** Rows above the column header: title, township/year/status, coefficients, chain head. */
export const PAY_HEAD_ROWS = 4;

export const paySheetTitle = (township: string, year: number) => `${township}${year}年度村干部绩效工资表`;

export type PaySheetHead = {
  townshipName: string;
  countyName: string | null;
  year: number;
  coefficients: Readonly<Record<string, number>>;
  /** The signed version, or null for a draft (printed 未签发). */
  signed: { version: number; signedBy: string; signedAt: Date; reason: string | null } | null;
  generatedAt: Date;
  timeZone: string;
  chainHead: ChainHead;
};

function statusLine(head: PaySheetHead): string {
  const s = head.signed;
  const when = (d: Date) => formatLocalDateTime(d, head.timeZone);
  if (!s)
    return `乡镇：${head.townshipName}　年度：${head.year}　状态：未签发（草表，生成时间 ${when(head.generatedAt)}）`;
  const reason = s.reason ? `　更正原因：${s.reason}` : '';
  return `乡镇：${head.townshipName}　年度：${head.year}　第 ${s.version} 版　签发：${s.signedBy}　${when(s.signedAt)}${reason}`;
}

export async function buildPaySheet(head: PaySheetHead, lines: readonly DraftLine[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(PAY_SHEET);
  sheet.addRow([paySheetTitle(head.townshipName, head.year)]).font = { bold: true, size: 14 };
  sheet.addRow([statusLine(head)]);
  const coefficients = Object.entries(head.coefficients).map(([g, c]) => `${g} ${c}`);
  sheet.addRow([`绩效工资 = 基数 × 考评等次系数（${coefficients.join('，')}）`]);
  sheet.addRow([chainHeadLine(head.chainHead, head.countyName)]);
  sheet.addRow([...PAY_COLUMNS]).font = BOLD;
  lines.forEach((l, i) => {
    const row = sheet.addRow([
      i + 1,
      l.villageName,
      l.name,
      l.posts.join('、'),
      l.grade ?? '未评定',
      l.coefficient,
      yuanNumber(l.baseFen),
      yuanNumber(l.amountFen),
    ]);
    for (const column of [7, 8]) row.getCell(column).numFmt = '0.00';
  });
  const baseFen = lines.reduce((n, l) => n + (l.baseFen ?? 0), 0);
  const amountFen = lines.reduce((n, l) => n + (l.amountFen ?? 0), 0);
  const total = sheet.addRow([
    '合计',
    '',
    `${lines.length} 人`,
    '',
    '',
    '',
    yuanNumber(baseFen),
    yuanNumber(amountFen),
  ]);
  total.font = BOLD;
  for (const column of [7, 8]) total.getCell(column).numFmt = '0.00';
  sheet.views = [{ state: 'frozen', ySplit: PAY_HEAD_ROWS + 1 }];
  for (const [i, width] of [6, 12, 10, 22, 10, 10, 14, 16].entries()) sheet.getColumn(i + 1).width = width;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

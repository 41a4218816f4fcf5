import ExcelJS from 'exceljs';
import { type ChainHead, chainHeadLine } from '../../domain/audit-chain-head.ts';
import { orderRows, type SubmittedRow } from '../../domain/county/report-figures.ts';
import { formatLocalDateTime } from '../../domain/local-time.ts';

const BOLD: Partial<ExcelJS.Font> = { bold: true };
const FAIL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E1' } };

/** What heads a result table: whose, which year, when generated (township zone), the chain head. */
export type ResultTableHead = {
  townshipName: string;
  countyName: string | null;
  year: number;
  generatedAt: Date;
  timeZone: string;
  chainHead: ChainHead;
  weights: { village: number; jury: number; inspection: number };
};

/** Columns of the table, in order (the read-back tests and the county .xlsx use them). */
export const RESULT_COLUMNS = [
  '排名',
  '村',
  '姓名',
  '职务',
  '村级民主测评',
  '满意率',
  '乡集中述职',
  '实地考核',
  '综合得分',
  '等次',
  '备注',
] as const;

/** Rows above the column header: title, township/year/time, weights, chain head. */
export const RESULT_HEAD_ROWS = 4;

export const resultTableTitle = (township: string, year: number) =>
  `${township}${year}年度村干部承诺考评结果汇总表`;

const remark = (r: SubmittedRow) =>
  r.forcedFail ? '村级民主测评不满意票超过有效票半数，等次定为不合格' : '';

/** Writes the head and the table of one township's results onto a sheet (scores to 2 decimals). */
export function writeResultSheet(
  sheet: ExcelJS.Worksheet,
  head: ResultTableHead,
  rows: readonly SubmittedRow[],
) {
  sheet.addRow([resultTableTitle(head.townshipName, head.year)]).font = { bold: true, size: 14 };
  sheet.addRow([
    `乡镇：${head.townshipName}　年度：${head.year}　生成时间：${formatLocalDateTime(head.generatedAt, head.timeZone)}`,
  ]);
  const w = head.weights;
  sheet.addRow([
    `综合得分 = 村级民主测评 × ${w.village}% + 乡集中述职 × ${w.jury}% + 实地考核 × ${w.inspection}%`,
  ]);
  sheet.addRow([chainHeadLine(head.chainHead, head.countyName)]);
  sheet.addRow([...RESULT_COLUMNS]).font = BOLD;
  for (const r of orderRows(rows)) {
    const row = sheet.addRow([
      r.rank,
      r.villageName,
      r.name,
      r.posts.join('、'),
      r.villageScore,
      r.satisfactionRate,
      r.juryScore,
      r.inspectionScore,
      r.composite,
      r.grade ?? '未评定',
      remark(r),
    ]);
    for (const column of [5, 7, 8, 9]) row.getCell(column).numFmt = '0.00';
    row.getCell(6).numFmt = '0.00%';
    if (r.forcedFail) row.eachCell((cell) => (cell.fill = FAIL_FILL));
  }
  sheet.views = [{ state: 'frozen', ySplit: RESULT_HEAD_ROWS + 1 }];
  const widths = [6, 12, 10, 22, 13, 9, 12, 10, 10, 9, 40];
  for (const [i, width] of widths.entries()) sheet.getColumn(i + 1).width = width;
}

/** The township's result table as an .xlsx for 县委组织部 and 县民政局. */
export async function resultWorkbook(head: ResultTableHead, rows: readonly SubmittedRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '村官承诺考评系统';
  writeResultSheet(workbook.addWorksheet('考评结果'), head, rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

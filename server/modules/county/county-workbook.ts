import ExcelJS from 'exceljs';
import { type ChainHead, chainHeadLine } from '../../domain/audit-chain-head.ts';
import {
  gradeCounts,
  meanComposite,
  type SubmittedRow,
  unionGrades,
} from '../../domain/county/report-figures.ts';
import { formatLocalDateTime } from '../../domain/local-time.ts';
import { type ResultTableHead, writeResultSheet } from './result-workbook.ts';

/** One township of the county: its latest submission of the year, or none yet. */
export type CountyTownship = {
  townshipName: string;
  submission: {
    rows: SubmittedRow[];
    grades: string[];
    submittedAt: Date;
    submittedByName: string;
    seq: number;
    chainHead: ChainHead;
    weights: ResultTableHead['weights'];
    xlsxSha256: string;
  } | null;
};

export type CountyWorkbookInput = {
  countyName: string;
  year: number;
  generatedAt: Date;
  timeZone: string;
  chainHead: ChainHead;
  townships: CountyTownship[];
};

export const COUNTY_SUMMARY_SHEET = '全县汇总';
const BOLD: Partial<ExcelJS.Font> = { bold: true };

/** A sheet name Excel accepts: no []:*?/\ and at most 31 characters, unique in the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || '乡镇';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}(${n})`;
  taken.add(candidate);
  return candidate;
}

/** The columns of the summary sheet for the given grade labels. */
export const summaryColumns = (grades: readonly string[]) => [
  '乡镇',
  '参评人数',
  ...grades,
  '平均综合得分',
  '上报时间',
  '上报人',
  '上报次数',
];

/** Rows above the summary sheet's column header: title, generated time, chain head. */
export const SUMMARY_HEAD_ROWS = 3;

function summarySheet(workbook: ExcelJS.Workbook, input: CountyWorkbookInput, grades: string[]) {
  const sheet = workbook.addWorksheet(COUNTY_SUMMARY_SHEET);
  sheet.addRow([`${input.countyName}${input.year}年度村干部承诺考评结果汇总`]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([`生成时间：${formatLocalDateTime(input.generatedAt, input.timeZone)}`]);
  sheet.addRow([chainHeadLine(input.chainHead, input.countyName)]);
  sheet.addRow(summaryColumns(grades)).font = BOLD;
  const all: SubmittedRow[] = [];
  for (const t of input.townships) {
    const s = t.submission;
    if (!s) {
      sheet.addRow([t.townshipName, '未上报']);
      continue;
    }
    all.push(...s.rows);
    const row = sheet.addRow([
      t.townshipName,
      s.rows.length,
      ...gradeCounts(s.rows, grades).map((c) => c.count),
      meanComposite(s.rows),
      formatLocalDateTime(s.submittedAt, input.timeZone),
      s.submittedByName,
      s.seq,
    ]);
    row.getCell(grades.length + 3).numFmt = '0.00';
  }
  const total = sheet.addRow([
    '合计',
    all.length,
    ...gradeCounts(all, grades).map((c) => c.count),
    meanComposite(all),
  ]);
  total.font = BOLD;
  total.getCell(grades.length + 3).numFmt = '0.00';
  sheet.getColumn(1).width = 14;
  sheet.getColumn(grades.length + 4).width = 18;
  sheet.getColumn(grades.length + 5).width = 20;
}

/** The county-wide .xlsx: a summary sheet, then one sheet per township that submitted. */
export async function countyWorkbook(input: CountyWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '村官承诺考评系统';
  const submitted = input.townships.filter((t) => t.submission !== null);
  const grades = unionGrades(submitted.map((t) => t.submission!.grades));
  summarySheet(workbook, input, grades);
  const taken = new Set([COUNTY_SUMMARY_SHEET]);
  for (const t of submitted) {
    const s = t.submission!;
    const head: ResultTableHead = {
      townshipName: t.townshipName,
      countyName: input.countyName,
      year: input.year,
      generatedAt: s.submittedAt,
      timeZone: input.timeZone,
      chainHead: s.chainHead,
      weights: s.weights,
    };
    writeResultSheet(workbook.addWorksheet(sheetName(t.townshipName, taken)), head, s.rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

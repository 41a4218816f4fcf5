import ExcelJS from 'exceljs';
import { badRequest } from '../../core/errors.ts';
import { NAME_MAX } from '../../domain/roster.ts';
import { readXlsx } from '../documents/xlsx-reader.ts';
import { type Cell, EXAMPLE_MARK, isBlankRow, ROSTER_HEADERS, type SheetRow } from './roster.rows.ts';

export const ROSTER_SHEET = '名册';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** More data rows than any township has villages: a sign of a wrong file. */
const MAX_DATA_ROWS = 2000;

function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : toCell(value.text);
  if ('error' in value) return value.error;
  return toCell(value.result ?? null);
}

export type RosterSheet = { headerRow: number; header: Cell[]; rows: SheetRow[] };

/** Reads the sheet 名册 (or the first sheet) of an .xlsx file into plain cells. */
export async function readRosterWorkbook(bytes: Buffer): Promise<RosterSheet> {
  // Size, entry and row limits are enforced while unpacking (a zip bomb is refused, not inflated).
  const workbook = await readXlsx(bytes);
  const sheet = workbook.getWorksheet(ROSTER_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw badRequest('file', '文件中没有工作表', 'IMPORT_FILE');
  const width = ROSTER_HEADERS.length;
  const cellsOf = (r: number) =>
    Array.from({ length: width }, (_, i) => toCell(sheet.getCell(r, i + 1).value));
  const rows: SheetRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = cellsOf(r);
    if (isBlankRow(cells)) continue;
    rows.push({ row: r, cells });
    if (rows.length > MAX_DATA_ROWS) {
      throw badRequest('file', `名册数据超过 ${MAX_DATA_ROWS} 行，请检查是否选错了文件`, 'IMPORT_FILE');
    }
  }
  return { headerRow: 1, header: cellsOf(1), rows };
}

const WIDTHS = [16, 14, 10, 14, 10, 14, 16, 14, 16, 14, 22, 22];
const LAST_ROW = 500;
const EXAMPLES: Cell[][] = [
  [
    `${EXAMPLE_MARK}红旗村`,
    1860,
    612,
    45,
    58,
    '李建国',
    '13812345678',
    '李建国',
    '',
    new Date(Date.UTC(2024, 0, 1)),
    '419001197001011514',
    '',
  ],
  [
    `${EXAMPLE_MARK}向阳村`,
    1420,
    455,
    35,
    43,
    '王志强',
    '13987654321',
    '陈秀兰',
    '0391-1234567',
    new Date(Date.UTC(2024, 0, 1)),
    '419001197506011595',
    '419001198003151662',
  ],
];

/** Line 2 of the instructions: what the sheet came with. */
const EXAMPLES_LINE = '2. 以“（示例）”开头的两行是示例，导入时会自动跳过，可以删除，也可以保留。';
const PREFILLED_LINE = [
  '2. 名册已按统计用区划代码顺序填好本乡镇现有的村和现任书记、主任，原样导入不会改动任何数据。只改有变化的地方：',
  '   换了人就改姓名、电话和任职日期（新任者的任职日期），新村加一行；没有写进名册的村和职务不会被改动。',
  '   身份证号一栏留空的，按本村同名人员对应；新任者请填写身份证号。',
];

const instructions = (prefilled: boolean) => [
  '村干部名册填写说明',
  '',
  '1. 在“名册”工作表中每个村填一行，第一行表头不要修改、不要增删或调换列。',
  ...(prefilled ? PREFILLED_LINE : [EXAMPLES_LINE]),
  `3. 村名：必填，不超过 ${NAME_MAX} 个字；同一个村只能出现一次。已有的村按村名更新，新村名会新建。`,
  '4. 18岁以上人口、户数、村民代表人数、党员人数：必填，填不小于 0 的整数（不要带“人”“户”等字）。',
  '   户数不能大于18岁以上人口，村民代表人数不能大于户数，党员人数不能大于18岁以上人口。',
  '   这些数字用于判断村民会议（过半数）和村民代表会议（三分之二）是否达到法定人数，请如实填写。',
  '5. 党支部书记、村委会主任：填姓名。书记、主任由同一人担任（一肩挑）时，两栏填同一个姓名，电话和身份证号只填书记一栏即可。',
  '   某一职务暂时空缺时可以不填，系统不会改动该职务的现有记录。',
  '6. 书记电话、主任电话：选填，11 位手机号或带区号的固定电话（如 0391-1234567）。',
  '7. 任职日期：填写了书记或主任时必填，格式如 2024-01-01。',
  '   如果某职务换了人，原任者的任职记录自动在任职日期前一天结束，历史记录保留；同一人继续任职则不作改动。',
  '8. 书记身份证号、主任身份证号：18 位居民身份证号码，最后一位可以是 X。请务必填写：系统按身份证号认人，',
  '   同一人调到别的村或换了职务，仍是同一人，任职历史连续；同名的两人按身份证号区分。',
  '   这两列已设为“文本”格式，请直接输入或粘贴为文本；若被 Excel 存成数字，末几位会丢失，导入时会报错。',
  '   未填身份证号时，只有本村恰好有一位同名人员才视为同一人，否则新增人员。同一身份证号只能出现在一行。',
  '   系统不保存完整号码，只保存用于比对的加密摘要和打码后的号码（如 419001********1514）。',
  '9. 导入前可先“预览”核对将新增、更新的数量和按姓名或身份证号对应的情况。名册中只要有一处错误，',
  '   系统会列出所有错误的行号和原因，且不导入任何数据；改正后重新导入即可。',
];

/** Column ranges of the data area, e.g. B2:E500. */
const range = (from: number, to: number) =>
  `${String.fromCharCode(64 + from)}2:${String.fromCharCode(64 + to)}${LAST_ROW}`;

/** exceljs keeps sheet-wide validations in `dataValidations`, which its typings leave out. */
type WithValidations = { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } };

function addValidations(sheet: ExcelJS.Worksheet) {
  const validations = (sheet as unknown as WithValidations).dataValidations;
  const shared = { allowBlank: true, showErrorMessage: true, errorTitle: '输入有误' };
  validations.add(range(2, 5), {
    ...shared,
    type: 'whole',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    error: '请填写不小于 0 的整数',
  });
  for (const col of [1, 6, 8]) {
    validations.add(range(col, col), {
      ...shared,
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [NAME_MAX],
      error: `不能超过 ${NAME_MAX} 个字`,
    });
  }
  validations.add(range(11, 12), {
    ...shared,
    type: 'textLength',
    operator: 'equal',
    formulae: [18],
    error: '身份证号应为 18 位',
  });
  validations.add(range(10, 10), {
    ...shared,
    type: 'date',
    operator: 'greaterThan',
    formulae: [new Date(Date.UTC(1950, 0, 1))],
    error: '请填写日期，格式如 2024-01-01',
    showInputMessage: true,
    promptTitle: '任职日期',
    prompt: '格式如 2024-01-01',
  });
}

function rosterSheet(workbook: ExcelJS.Workbook, rows: Cell[][]) {
  const sheet = workbook.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROSTER_HEADERS.map((header, i) => ({ header, width: WIDTHS[i] }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  for (const col of [7, 9, 11, 12]) sheet.getColumn(col).numFmt = '@';
  sheet.getColumn(10).numFmt = 'yyyy-mm-dd';
  for (const values of rows) sheet.addRow(values);
  if (rows.length === 0) {
    for (const example of EXAMPLES) {
      const row = sheet.addRow(example);
      row.font = { italic: true, color: { argb: 'FF808080' } };
    }
  }
  addValidations(sheet);
}

/**
 * The .xlsx template a township office fills in: sheet 名册 and sheet 填写说明. `rows` are the
 * township's villages as stored (roster.template.ts); without any, two example rows show the way.
 */
export async function buildRosterTemplate(rows: Cell[][] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '村官承诺考评系统';
  rosterSheet(workbook, rows);
  const help = workbook.addWorksheet('填写说明');
  help.getColumn(1).width = 110;
  for (const line of instructions(rows.length > 0)) help.addRow([line]);
  help.getRow(1).font = { bold: true, size: 14 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

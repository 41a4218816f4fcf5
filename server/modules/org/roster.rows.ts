import { parseIdCard } from '../../domain/person-id.ts';
import {
  COUNT_LABELS,
  COUNT_MAX,
  countProblems,
  isValidPhone,
  NAME_MAX,
  PHONE_HINT,
  parseDateText,
  type VillageCounts,
} from '../../domain/roster.ts';

/** The roster sheet's columns, in order: the template writes them, the import expects them. */
export const ROSTER_HEADERS = [
  '村名',
  '18岁以上人口',
  '户数',
  '村民代表人数',
  '党员人数',
  '党支部书记',
  '书记电话',
  '村委会主任',
  '主任电话',
  '任职日期',
  '书记身份证号',
  '主任身份证号',
] as const;
export type RosterHeader = (typeof ROSTER_HEADERS)[number];

/** Example rows of the template start with this mark; the import skips them. */
export const EXAMPLE_MARK = '（示例）';

/** A cell as read from the sheet, after formulas, rich text and links are reduced to their value. */
export type Cell = string | number | boolean | Date | null;
export type SheetRow = { row: number; cells: Cell[] };
export type RowError = { row: number; column: string; message: string };

/** A cadre named on a row; idCard is the normalized 居民身份证号码 (held in memory only). */
export type Holder = { name: string; phone: string | null; idCard: string | null };
export type RosterRow = {
  row: number;
  name: string;
  counts: VillageCounts;
  secretary: Holder | null;
  director: Holder | null;
  /** One person holds both posts (一肩挑): the same name, and no two different numbers. */
  dualRole: boolean;
  /** Required as soon as a cadre is named. */
  startDate: string | null;
};

const COUNT_COLUMNS: [keyof VillageCounts, RosterHeader][] = [
  ['adultPopulation', '18岁以上人口'],
  ['households', '户数'],
  ['representatives', '村民代表人数'],
  ['partyMembers', '党员人数'],
];

const cellAt = (cells: Cell[], header: RosterHeader) => cells[ROSTER_HEADERS.indexOf(header)] ?? null;

/** Text of a cell as a person typed it (numbers without grouping, dates as YYYY-MM-DD). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return String(cell);
  return String(cell).trim();
}

export const isBlankRow = (cells: Cell[]) => cells.every((c) => cellText(c) === '');

/** Is the header row the template's? One problem per column that differs. */
export function headerErrors(row: number, cells: Cell[]): RowError[] {
  const expected = ROSTER_HEADERS.join('、');
  return ROSTER_HEADERS.flatMap((header, i) => {
    const found = cellText(cells[i] ?? null).replace(/\s+/g, '');
    if (found === header) return [];
    const message = `第 ${i + 1} 列表头应为“${header}”${found ? `，实为“${found}”` : '，实为空'}；表头应依次为：${expected}（请使用系统下载的模板）`;
    return [{ row, column: header, message }];
  });
}

type Collect = (column: RosterHeader | string, message: string) => void;

function readCount(cell: Cell, column: RosterHeader, problem: Collect): number | null {
  const text = cellText(cell);
  if (text === '') {
    problem(column, '必须填写');
    return null;
  }
  const value = typeof cell === 'number' ? cell : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value) || value < 0) {
    problem(column, `应为不小于 0 的整数，实为“${text}”`);
    return null;
  }
  if (value > COUNT_MAX) problem(column, `不能大于 ${COUNT_MAX}`);
  return value;
}

/** Excel stores a date typed into an unformatted cell as a day number counted from 1899-12-30. */
function excelSerialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 18264 || serial > 73051) return null; // 1950..2099
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

function readDate(cell: Cell, problem: Collect): string | null {
  const text = cellText(cell);
  if (text === '') return null;
  const iso = typeof cell === 'number' ? excelSerialToIso(cell) : parseDateText(text);
  if (!iso) problem('任职日期', `不是有效日期：“${text}”，应写作 2024-01-01`);
  return iso;
}

function readName(cell: Cell, column: RosterHeader, problem: Collect): string {
  const name = cellText(cell).replace(/\s+/g, '');
  if (name.length > NAME_MAX) problem(column, `不能超过 ${NAME_MAX} 个字`);
  return name;
}

function readIdCard(cell: Cell, column: RosterHeader, problem: Collect): string | null {
  if (typeof cell === 'number') {
    problem(column, '被 Excel 存成了数字，末几位已经丢失；请把该列设为“文本”格式后重新输入');
    return null;
  }
  const text = cellText(cell);
  if (text === '') return null;
  const parsed = parseIdCard(text);
  if (!parsed.ok) {
    problem(column, `“${text}”：${parsed.message}`);
    return null;
  }
  return parsed.id;
}

function readHolder(
  cells: Cell[],
  columns: { name: RosterHeader; phone: RosterHeader; idCard: RosterHeader },
  problem: Collect,
): Holder | null {
  const name = readName(cellAt(cells, columns.name), columns.name, problem);
  const phone = cellText(cellAt(cells, columns.phone)).replace(/\s+/g, '');
  if (phone && !isValidPhone(phone)) problem(columns.phone, `“${phone}”格式不正确，${PHONE_HINT}`);
  if (phone && !name) problem(columns.phone, `填写了电话但未填写${columns.name}姓名`);
  const idCardCell = cellAt(cells, columns.idCard);
  const idCard = readIdCard(idCardCell, columns.idCard, problem);
  if (!name && cellText(idCardCell) !== '')
    problem(columns.idCard, `填写了身份证号但未填写${columns.name}姓名`);
  return name ? { name, phone: phone || null, idCard } : null;
}

/** 一肩挑 is one person on two posts: the two cells then complete each other (phone, number). */
function mergeDualRole(secretary: Holder, director: Holder, problem: Collect): boolean {
  const { idCard: a } = secretary;
  const { idCard: b } = director;
  if (secretary.name !== director.name) {
    if (a && a === b) problem('主任身份证号', '与党支部书记的身份证号相同，但姓名不同');
    return false;
  }
  // The same name with two different numbers: two namesakes, not one person.
  if (a && b && a !== b) return false;
  if (secretary.phone && director.phone && secretary.phone !== director.phone) {
    problem('主任电话', '书记、主任为同一人（一肩挑），两个电话应一致；只填书记电话即可');
  }
  secretary.phone ??= director.phone;
  director.phone = secretary.phone;
  secretary.idCard ??= director.idCard;
  director.idCard = secretary.idCard;
  return true;
}

/** Reads one data row; problems go to `problem`, named by column. */
function readRow(row: number, cells: Cell[], problem: Collect): RosterRow {
  const name = readName(cellAt(cells, '村名'), '村名', problem);
  if (!name) problem('村名', '必须填写');
  const read = COUNT_COLUMNS.map(([key, column]) => [key, readCount(cellAt(cells, column), column, problem)]);
  const counts = Object.fromEntries(read) as VillageCounts;
  // Compare counts only when each is a number: a missing one is already reported.
  if (read.every(([, value]) => value !== null)) {
    for (const p of countProblems(counts)) problem(COUNT_LABELS[p.field], p.message);
  }
  const secretary = readHolder(
    cells,
    { name: '党支部书记', phone: '书记电话', idCard: '书记身份证号' },
    problem,
  );
  const director = readHolder(
    cells,
    { name: '村委会主任', phone: '主任电话', idCard: '主任身份证号' },
    problem,
  );
  const dualRole = secretary && director ? mergeDualRole(secretary, director, problem) : false;
  const startDate = readDate(cellAt(cells, '任职日期'), problem);
  if ((secretary || director) && !startDate && cellText(cellAt(cells, '任职日期')) === '') {
    problem('任职日期', '填写了书记或主任时必须填写任职日期');
  }
  return { row, name, counts, secretary, director, dualRole, startDate };
}

/** One number on two rows would put one person in two villages: the later row is refused. */
function checkIdCardsOnce(result: RosterRow, firstRowOf: Map<string, number>, problem: Collect) {
  const holders: [Holder | null, RosterHeader][] = [
    [result.secretary, '书记身份证号'],
    [result.dualRole ? null : result.director, '主任身份证号'],
  ];
  for (const [holder, column] of holders) {
    if (!holder?.idCard) continue;
    const first = firstRowOf.get(holder.idCard);
    if (first === undefined) firstRowOf.set(holder.idCard, result.row);
    else if (first !== result.row) problem(column, `与第 ${first} 行的身份证号相同：一人只能登记在一个村`);
  }
}

/**
 * Validates every data row (blank rows and the template's example rows are skipped). Returns the rows
 * and every problem found, so the office can fix the whole sheet at once.
 */
export function readRosterRows(rows: SheetRow[]): { rows: RosterRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const parsed: RosterRow[] = [];
  const firstRowOf = new Map<string, number>();
  const firstRowOfIdCard = new Map<string, number>();
  for (const { row, cells } of rows) {
    if (isBlankRow(cells) || cellText(cellAt(cells, '村名')).startsWith(EXAMPLE_MARK)) continue;
    const problem: Collect = (column, message) => errors.push({ row, column, message });
    const result = readRow(row, cells, problem);
    const first = firstRowOf.get(result.name);
    if (result.name && first !== undefined) problem('村名', `“${result.name}”与第 ${first} 行重复`);
    else if (result.name) firstRowOf.set(result.name, row);
    checkIdCardsOnce(result, firstRowOfIdCard, problem);
    parsed.push(result);
  }
  return { rows: parsed, errors };
}

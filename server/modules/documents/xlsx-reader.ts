import { createInflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { badRequest } from '../../core/errors.ts';

/**
 * Limits of an uploaded .xlsx, far above any township's roster (a few hundred KB unpacked). A
 * 4 MB file may unpack to 4 GiB: every entry is inflated here first, as a stream, and refused the
 * moment it passes a limit, so memory stays at one chunk and the refusal comes in milliseconds.
 * Only then does exceljs read the file (it would inflate everything into memory first).
 */
export type XlsxLimits = {
  compressedBytes: number;
  entryBytes: number;
  totalBytes: number;
  entries: number;
  /** <row> elements in one sheet. */
  rows: number;
  /** <c> cells in one sheet. */
  cells: number;
};

export const XLSX_LIMITS: XlsxLimits = {
  compressedBytes: 8 * 1024 * 1024,
  entryBytes: 16 * 1024 * 1024,
  totalBytes: 32 * 1024 * 1024,
  entries: 500,
  rows: 10_000,
  cells: 200_000,
};

const FIELD = 'file';
const refuse = (message: string) => badRequest(FIELD, message, 'IMPORT_FILE');
const UNREADABLE = '无法读取该文件：请上传 .xlsx 格式的名册（可先下载模板填写）';
const TOO_BIG = '文件解压后内容过大，不像是名册，请检查是否选错了文件';

type Entry = { name: string; method: number; offset: number; compressedSize: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The central directory's entries (where each entry's data is and how it is packed). */
function centralDirectory(bytes: Buffer, limits: XlsxLimits): Entry[] {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw refuse(UNREADABLE);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count > limits.entries) throw refuse(`文件中的部件过多（超过 ${limits.entries} 个），不像是名册`);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw refuse(UNREADABLE);
    const nameLength = bytes.readUInt16LE(at + 28);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const offset = bytes.readUInt32LE(at + 42);
    // 0xffffffff means zip64: no roster is that large.
    if (compressedSize === 0xffffffff || offset === 0xffffffff) throw refuse(TOO_BIG);
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      offset,
      compressedSize,
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** The entry's packed bytes, as the local header places them. */
function packedData(bytes: Buffer, entry: Entry): Buffer {
  const at = entry.offset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw refuse(UNREADABLE);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw refuse(UNREADABLE);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Counts a tag's occurrences across chunks: the tail kept is one character shorter than the tag, so
 * a tag split over a boundary is counted once and none is counted twice.
 */
function tagCounter(tag: RegExp, tagLength: number) {
  let tail = '';
  let count = 0;
  return (chunk: string) => {
    const text = tail + chunk;
    count += (text.match(tag) ?? []).length;
    tail = text.slice(-(tagLength - 1));
    return count;
  };
}

type Budget = { total: number };

/** Inflates one entry as a stream, stopping at the first limit it passes. */
function inspectEntry(data: Buffer, entry: Entry, limits: XlsxLimits, budget: Budget): Promise<void> {
  const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
  const rows = tagCounter(/<row[\s>/]/g, 5);
  const cells = tagCounter(/<c[\s>/]/g, 3);
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    const stop = (error: Error) => {
      inflate.destroy();
      reject(error);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      budget.total += chunk.length;
      if (size > limits.entryBytes || budget.total > limits.totalBytes) return stop(refuse(TOO_BIG));
      if (!isSheet) return;
      const text = chunk.toString('latin1');
      if (rows(text) > limits.rows) return stop(refuse(`工作表超过 ${limits.rows} 行，请检查是否选错了文件`));
      if (cells(text) > limits.cells) return stop(refuse(`工作表的单元格过多，请检查是否选错了文件`));
    });
    inflate.on('error', () => stop(refuse(UNREADABLE)));
    inflate.on('end', resolve);
    inflate.end(data);
  });
}

/** Checks the package against the limits while inflating each entry; throws a 400 naming the file. */
export async function inspectXlsx(bytes: Buffer, limits: XlsxLimits = XLSX_LIMITS): Promise<void> {
  if (bytes.length > limits.compressedBytes) throw refuse('文件过大，请检查是否选错了文件');
  if (bytes.length < 22) throw refuse(UNREADABLE);
  const budget: Budget = { total: 0 };
  for (const entry of centralDirectory(bytes, limits)) {
    const data = packedData(bytes, entry);
    if (entry.method === 0) {
      budget.total += data.length;
      if (data.length > limits.entryBytes || budget.total > limits.totalBytes) throw refuse(TOO_BIG);
    } else if (entry.method === 8) {
      await inspectEntry(data, entry, limits, budget);
    } else {
      throw refuse(UNREADABLE);
    }
  }
}

/** An uploaded .xlsx as an exceljs workbook, once it is known to stay within the limits. */
export async function readXlsx(bytes: Buffer, limits: XlsxLimits = XLSX_LIMITS): Promise<ExcelJS.Workbook> {
  await inspectXlsx(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; hand it exactly the uploaded bytes.
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw refuse(UNREADABLE);
  }
  return workbook;
}

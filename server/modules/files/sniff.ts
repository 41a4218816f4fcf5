/**
 * What an upload is, read from its first bytes and (for .docx/.xlsx) the names inside its zip:
 * never from its file name or the browser's claimed type.
 */

export type Sniffed =
  | { kind: 'photo'; format: 'jpeg' | 'png' | 'webp' }
  | { kind: 'document'; mediaType: string; extension: 'pdf' | 'docx' | 'xlsx' }
  | { kind: 'heic' }
  | { kind: 'unknown' };

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const startsWith = (bytes: Buffer, prefix: number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function sniff(bytes: Buffer): Sniffed {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'photo', format: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'photo', format: 'png' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) {
    return { kind: 'photo', format: 'webp' };
  }
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = bytes.toString('latin1', 8, 12);
    if (['heic', 'heix', 'hevc', 'mif1', 'msf1'].includes(brand)) return { kind: 'heic' };
  }
  if (startsWith(bytes, ascii('%PDF-')))
    return { kind: 'document', mediaType: 'application/pdf', extension: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (names.has('[Content_Types].xml') && names.has('word/document.xml')) {
      return { kind: 'document', mediaType: DOCX, extension: 'docx' };
    }
    if (names.has('[Content_Types].xml') && names.has('xl/workbook.xml')) {
      return { kind: 'document', mediaType: XLSX, extension: 'xlsx' };
    }
  }
  return { kind: 'unknown' };
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const MAX_ENTRIES = 5000;

/** The entry names of a zip's central directory (empty when it is not a readable zip). Reads no data. */
export function zipEntryNames(bytes: Buffer): Set<string> {
  const names = new Set<string>();
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return names;
  const count = Math.min(bytes.readUInt16LE(end + 10), MAX_ENTRIES);
  let at = bytes.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return new Set();
    const nameLength = bytes.readUInt16LE(at + 28);
    if (at + 46 + nameLength > bytes.length) return new Set();
    names.add(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return names;
}

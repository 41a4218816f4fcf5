import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type ChainHead, chainHeadLine } from '../../domain/audit-chain-head.ts';

/** Building blocks of the product's Chinese .docx documents (承诺书, 表决结果记录, …), one style for all. */
const FONT = 'SimSun';
const BODY_SIZE = 24;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export const text = (value: string, options: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, bold: options.bold ?? false, font: FONT, size: options.size ?? BODY_SIZE });

export const para = (value: string, options: { bold?: boolean; align?: Align } = {}) =>
  new Paragraph({ alignment: options.align, spacing: { after: 120 }, children: [text(value, options)] });

/** "标签：值" with the label in bold. */
export const labelled = (label: string, value: string) =>
  new Paragraph({ children: [text(`${label}：`, { bold: true }), text(value)] });

export const title = (value: string) =>
  new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    children: [text(value, { bold: true, size: 36 })],
  });

export const heading = (value: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(value, { bold: true })] });

/** A table cell; line breaks in the value become paragraphs. */
const cell = (value: string, bold = false) =>
  new TableCell({
    children: value.split('\n').map((line) => new Paragraph({ children: [text(line, { bold })] })),
  });

/** A full-width table: a bold header row, then the rows. */
export const table = (header: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });

/** '2027-03-31' → '2027 年 3 月 31 日'. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y} 年 ${Number(m)} 月 ${Number(d)} 日`;
}

export function renderDocx(docTitle: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({ creator: '村官承诺考评系统', title: docTitle, sections: [{ children }] }),
  );
}

/**
 * The audit chain head at the document's time, in small grey type at its end: with it,
 * `npm run audit:verify -- --county … --head seq:hash` later proves no audit entry up to it was removed.
 */
export const chainHeadParagraph = (head: ChainHead & { countyName?: string | null }) =>
  new Paragraph({
    spacing: { before: 240 },
    children: [
      new TextRun({ text: chainHeadLine(head, head.countyName), font: FONT, size: 18, color: '666666' }),
    ],
  });

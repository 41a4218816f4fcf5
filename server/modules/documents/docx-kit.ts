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
import { formatLocalDate } from '../../domain/local-time.ts';

/**
 * Building blocks of the product's Chinese .docx documents (承诺书, 表决结果记录, …), one style for all,
 * after 党政机关公文格式 (GB/T 9704): title in 2号方正小标宋简体, headings in 3号黑体, body in 3号仿宋_GB2312
 * (tables in 4号 to fit), Latin letters and digits in Times New Roman.
 */
export const FONTS = {
  title: '方正小标宋简体',
  heading: '黑体',
  body: '仿宋_GB2312',
  latin: 'Times New Roman',
} as const;

/**
 * What Word, WPS and LibreOffice use where a font above is not installed (many township PCs lack
 * 方正小标宋简体 and 仿宋_GB2312): written into word/fontTable.xml as each font's w:altName, with the GB2312
 * character set (86) and family, so the substitute is a Chinese font of the same kind, never a Latin one.
 */
export const FONT_FALLBACKS: Record<string, { altName: string; family: 'roman' | 'modern'; panose: string }> =
  {
    [FONTS.title]: { altName: '宋体', family: 'roman', panose: '02000000000000000000' },
    [FONTS.heading]: { altName: 'SimHei', family: 'modern', panose: '02010609060101010101' },
    [FONTS.body]: { altName: 'FangSong', family: 'modern', panose: '02010609030101010101' },
  };

/** Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小五 9 pt. */
const SIZE = { title: 44, heading: 32, body: 32, table: 28, small: 18 } as const;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
type Face = keyof typeof FONTS;

const fontOf = (face: Exclude<Face, 'latin'>) => ({
  ascii: FONTS.latin,
  hAnsi: FONTS.latin,
  eastAsia: FONTS[face],
  hint: 'eastAsia' as const,
});

export const text = (
  value: string,
  options: { bold?: boolean; size?: number; face?: Exclude<Face, 'latin'>; color?: string } = {},
) =>
  new TextRun({
    text: value,
    bold: options.bold ?? false,
    font: fontOf(options.face ?? 'body'),
    size: options.size ?? SIZE.body,
    color: options.color,
  });

/** A body paragraph; first-line indent of two characters unless centred or right-aligned. */
export const para = (value: string, options: { bold?: boolean; align?: Align; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: options.align,
    spacing: { after: 120, line: 560, lineRule: 'exact' },
    indent: (options.indent ?? options.align === undefined) ? { firstLine: SIZE.body * 20 } : undefined,
    children: [text(value, options)],
  });

/** "标签：值" with the label in 黑体. */
export const labelled = (label: string, value: string) =>
  new Paragraph({ children: [text(`${label}：`, { face: 'heading' }), text(value)] });

export const title = (value: string) =>
  new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [text(value, { face: 'title', size: SIZE.title })],
  });

export const heading = (value: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [text(value, { face: 'heading', size: SIZE.heading })],
  });

/** A table cell; line breaks in the value become paragraphs. The header row is in 黑体. */
const cell = (value: string, header = false) =>
  new TableCell({
    children: value.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : undefined,
          children: [text(line, { size: SIZE.table, face: header ? 'heading' : 'body' })],
        }),
    ),
  });

/** A full-width table: a header row, then the rows. */
export const table = (header: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v) => cell(v)) })),
    ],
  });

/** '2027-03-31' → '2027年3月31日' (no spaces, as official documents write dates). */
export const chineseDate = (iso: string): string => formatLocalDate(iso);

function fontTableXml(): string {
  const fonts = Object.entries(FONT_FALLBACKS)
    .map(
      ([name, f]) =>
        `<w:font w:name="${name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/>` +
        `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  const latin = `<w:font w:name="${FONTS.latin}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}${latin}</w:fonts>`
  );
}

/** 公文 page: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (GB/T 9704 §5.2.1). */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
};

export function renderDocx(docTitle: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    creator: '村官承诺考评系统',
    title: docTitle,
    sections: [{ properties: { page: PAGE }, children }],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}

/**
 * The audit chain head at the document's time, in small grey type at its end: with it,
 * `npm run audit:verify -- --county … --head seq:hash` later proves no audit entry up to it was removed.
 */
export const chainHeadParagraph = (head: ChainHead & { countyName?: string | null }) =>
  new Paragraph({
    spacing: { before: 240 },
    children: [text(chainHeadLine(head, head.countyName), { size: SIZE.small, color: '666666' })],
  });

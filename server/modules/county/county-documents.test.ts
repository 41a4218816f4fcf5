import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  defaultSummaryTexts,
  type SubmittedRow,
  toSubmittedRow,
} from '../../domain/county/report-figures.ts';
import { SAMPLE_GRADES, SAMPLE_RESULTS } from './county.test-support.ts';
import { COUNTY_SUMMARY_SHEET, countyWorkbook, SUMMARY_HEAD_ROWS, sheetName } from './county-workbook.ts';
import { RESULT_COLUMNS, RESULT_HEAD_ROWS, resultWorkbook } from './result-workbook.ts';
import { RECIPIENTS, summaryDocx, summaryTitle } from './summary-docx.ts';

const rows: SubmittedRow[] = SAMPLE_RESULTS.map(toSubmittedRow);
const head = {
  townshipName: '愚公乡',
  countyName: '示范县',
  year: 2025,
  // 2025-12-31 17:30 UTC is 2026-01-01 01:30 in Asia/Shanghai.
  generatedAt: new Date('2025-12-31T17:30:00Z'),
  timeZone: 'Asia/Shanghai',
  chainHead: { seq: 412, hash: 'ab12cd34ef5678901234567890abcdef' },
  weights: { village: 30, jury: 30, inspection: 40 },
};

async function load(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet, row: number) =>
  Array.from((sheet.getRow(row).values as unknown[]).slice(1), (v) => v ?? null);

/** The text of each paragraph (w:p) of the document, in order. */
async function paragraphs(bytes: Buffer) {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''),
  );
}

describe('the township result table (.xlsx)', () => {
  it('heads the table with township, year, local time and chain head, then ranks every cadre', async () => {
    const sheet = (await load(await resultWorkbook(head, rows))).getWorksheet('考评结果')!;
    expect(sheet.getCell('A1').value).toBe('愚公乡2025年度村干部承诺考评结果汇总表');
    expect(sheet.getCell('A2').value).toBe('乡镇：愚公乡　年度：2025　生成时间：2026年1月1日 01:30');
    expect(sheet.getCell('A3').value).toContain('村级民主测评 × 30% + 乡集中述职 × 30% + 实地考核 × 40%');
    expect(sheet.getCell('A4').value).toBe('审计链（示范县）：第 412 条 · 哈希 ab12cd34ef567890…');
    expect(values(sheet, RESULT_HEAD_ROWS + 1)).toEqual([...RESULT_COLUMNS]);
    const body = [1, 2, 3, 4, 5].map((i) => values(sheet, RESULT_HEAD_ROWS + 1 + i));
    expect(body.map((r) => [r[0], r[2], r[8], r[9]])).toEqual([
      [1, '李建国', 93.62, '优秀'],
      [2, '王志强', 84.63, '合格'],
      [3, '赵小红', 65.38, '基本合格'],
      [4, '周明', 57.5, '不合格'],
      [null, '孙大勇', null, '不合格'],
    ]);
    expect(body[0]!.slice(4, 8)).toEqual([95, 35 / 38, 92.4, 93.5]);
    expect(body[4]![10]).toContain('不满意票超过有效票半数');
    expect(sheet.getRow(RESULT_HEAD_ROWS + 2).getCell(9).numFmt).toBe('0.00');
    expect(sheet.getRow(RESULT_HEAD_ROWS + 2).getCell(6).numFmt).toBe('0.00%');
  });
});

describe('the written summary (.docx)', () => {
  it('is an official document: title, 主送, counts per grade, the top three, who failed, 落款 and date', async () => {
    const texts = defaultSummaryTexts('愚公乡', 2025, {
      compositeWeights: head.weights,
      failGrade: '不合格',
    });
    const p = await paragraphs(
      await summaryDocx({
        townshipName: '愚公乡',
        countyName: '示范县',
        year: 2025,
        date: '2026-01-01',
        texts: { ...texts, closing: '第一段。\n第二段，办公室改写。' },
        rows,
        grades: SAMPLE_GRADES,
        chainHead: head.chainHead,
      }),
    );
    expect(p[0]).toBe(summaryTitle('愚公乡', 2025));
    expect(p[0]).toBe('关于愚公乡2025年度村干部承诺考评结果的报告');
    expect(p[1]).toBe(RECIPIENTS);
    expect(p).toContain(
      '全乡共有 5 名村干部参加考评。其中，优秀 1 名，合格 1 名，基本合格 1 名，不合格 2 名。',
    );
    const top = p.find((x) => x.startsWith('综合得分排名前 3 位'))!;
    expect(top).toContain('愚公村李建国（党支部书记），综合得分 93.62 分，等次优秀');
    expect(top.indexOf('李建国')).toBeLessThan(top.indexOf('王志强'));
    expect(top).not.toContain('周明');
    const failed = p.find((x) => x.startsWith('考评等次为不合格的有 2 名'))!;
    expect(failed).toContain('南河村周明（党支部书记），综合得分 57.50 分');
    expect(failed).toContain('北山村孙大勇（党支部书记），村级民主测评不满意票超过有效票半数');
    expect(p).toContain('第二段，办公室改写。');
    expect(p).toContain('附件：愚公乡2025年度村干部承诺考评结果汇总表');
    const end = p.indexOf('中共愚公乡委员会');
    expect(p.slice(end, end + 3)).toEqual(['中共愚公乡委员会', '愚公乡人民政府', '2026年1月1日']);
    expect(p.at(-1)).toBe('审计链（示范县）：第 412 条 · 哈希 ab12cd34ef567890…');
  });
});

describe('the county-wide workbook (.xlsx)', () => {
  it('sums every township on its first sheet and gives each submitted township its own', async () => {
    const submission = (r: SubmittedRow[], seq: number) => ({
      rows: r,
      grades: SAMPLE_GRADES,
      submittedAt: head.generatedAt,
      submittedByName: '韩文君（乡考评办）',
      seq,
      chainHead: head.chainHead,
      weights: head.weights,
      xlsxSha256: 'x',
    });
    const workbook = await load(
      await countyWorkbook({
        countyName: '示范县',
        year: 2025,
        generatedAt: head.generatedAt,
        timeZone: 'Asia/Shanghai',
        chainHead: { seq: 500, hash: 'ff'.repeat(32) },
        townships: [
          { townshipName: '愚公乡', submission: submission(rows, 2) },
          { townshipName: '太行乡', submission: submission(rows.slice(0, 2), 1) },
          { townshipName: '王屋镇', submission: null },
        ],
      }),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([COUNTY_SUMMARY_SHEET, '愚公乡', '太行乡']);
    const summary = workbook.getWorksheet(COUNTY_SUMMARY_SHEET)!;
    expect(summary.getCell('A1').value).toBe('示范县2025年度村干部承诺考评结果汇总');
    const header = values(summary, SUMMARY_HEAD_ROWS + 1);
    expect(header.slice(0, 7)).toEqual([
      '乡镇',
      '参评人数',
      '优秀',
      '合格',
      '基本合格',
      '不合格',
      '平均综合得分',
    ]);
    const at = (n: number) => values(summary, SUMMARY_HEAD_ROWS + 1 + n);
    // Mean of 93.62, 84.63, 65.38, 57.5 (the forced fail has no composite) = 75.2825 → 75.28.
    expect(at(1).slice(0, 7)).toEqual(['愚公乡', 5, 1, 1, 1, 2, 75.28]);
    expect(at(1).slice(8)).toEqual(['韩文君（乡考评办）', 2]);
    expect(at(2).slice(0, 7)).toEqual(['太行乡', 2, 1, 1, 0, 0, 89.13]);
    expect(at(3).slice(0, 2)).toEqual(['王屋镇', '未上报']);
    expect(at(4).slice(0, 7)).toEqual(['合计', 7, 2, 2, 1, 2, 79.9]);
    const township = workbook.getWorksheet('太行乡')!;
    expect(values(township, RESULT_HEAD_ROWS + 2).slice(0, 3)).toEqual([1, '愚公村', '李建国']);
    expect(township.rowCount).toBe(RESULT_HEAD_ROWS + 1 + 2);
  });

  it('makes sheet names Excel accepts', () => {
    const taken = new Set<string>();
    expect(sheetName('a/b', taken)).toBe('a b');
    expect(sheetName('a/b', taken)).toBe('a b(2)');
    expect(sheetName('长'.repeat(40), taken)).toHaveLength(28);
  });
});

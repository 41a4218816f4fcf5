import { AlignmentType, type Paragraph } from 'docx';
import type { ChainHead } from '../../domain/audit-chain-head.ts';
import { type SubmittedRow, type SummaryTexts, summaryFigures } from '../../domain/county/report-figures.ts';
import { chainHeadParagraph, chineseDate, heading, para, renderDocx, title } from '../documents/docx-kit.ts';
import { resultTableTitle } from './result-workbook.ts';

export type SummaryInput = {
  townshipName: string;
  countyName: string | null;
  year: number;
  /** The township's local date of the report (YYYY-MM-DD). */
  date: string;
  texts: SummaryTexts;
  rows: readonly SubmittedRow[];
  /** Grade labels, best first, the fail grade last. */
  grades: readonly string[];
  chainHead: ChainHead;
};

export const summaryTitle = (township: string, year: number) =>
  `关于${township}${year}年度村干部承诺考评结果的报告`;

export const RECIPIENTS = '县委组织部、县民政局：';

const who = (r: SubmittedRow) => `${r.villageName}${r.name}（${r.posts.join('、')}）`;
const score = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** The paragraphs of 一、考评结果: counts per grade, the best ranked, who failed and why. */
export function resultSentences(rows: readonly SubmittedRow[], grades: readonly string[]): string[] {
  const f = summaryFigures(rows, grades);
  const counts = f.counts.map((c) => `${c.grade} ${c.count} 名`).join('，');
  const sentences = [`全乡共有 ${f.total} 名村干部参加考评。其中，${counts}。`];
  if (f.top.length > 0) {
    const top = f.top.map((r) => `${who(r)}，综合得分 ${score(r.composite)} 分，等次${r.grade ?? '未评定'}`);
    sentences.push(`综合得分排名前 ${f.top.length} 位的是：${top.join('；')}。`);
  }
  if (f.failed.length === 0) {
    sentences.push(`没有考评等次为${f.failGrade}的村干部。`);
  } else {
    const failed = f.failed.map(
      (r) =>
        `${who(r)}，${r.forcedFail ? '村级民主测评不满意票超过有效票半数' : `综合得分 ${score(r.composite)} 分`}`,
    );
    sentences.push(`考评等次为${f.failGrade}的有 ${f.failed.length} 名：${failed.join('；')}。`);
  }
  return sentences;
}

const paragraphs = (value: string, options: Parameters<typeof para>[1] = {}): Paragraph[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => para(line, options));

/** The written summary in official-document form (公文): title, 主送, body, 附件, 落款 and date. */
export function summaryDocx(input: SummaryInput): Promise<Buffer> {
  const docTitle = summaryTitle(input.townshipName, input.year);
  const right = { align: AlignmentType.RIGHT };
  return renderDocx(docTitle, [
    title(docTitle),
    para(RECIPIENTS, { indent: false }),
    ...paragraphs(input.texts.opening),
    heading('一、考评结果'),
    ...resultSentences(input.rows, input.grades).map((s) => para(s)),
    heading('二、考评工作开展情况'),
    ...paragraphs(input.texts.process),
    heading('三、下一步工作'),
    ...paragraphs(input.texts.closing),
    para(''),
    para(`附件：${resultTableTitle(input.townshipName, input.year)}`),
    para(''),
    ...paragraphs(input.texts.signature, right),
    para(chineseDate(input.date), right),
    chainHeadParagraph({ ...input.chainHead, countyName: input.countyName }),
  ]);
}

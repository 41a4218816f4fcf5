/** The commendation notice (表彰决定) as a .docx in 公文 form, with its list of honourees attached. */
import { AlignmentType } from 'docx';
import type { Honouree } from '../../db/schema/index.ts';
import type { ChainHead } from '../../domain/audit-chain-head.ts';
import {
  chainHeadParagraph,
  chineseDate,
  heading,
  para,
  renderDocx,
  table,
  title,
} from '../documents/docx-kit.ts';

export type NoticeDocument = {
  title: string;
  recipients: string;
  body: string;
  signature: string;
  noticeDate: string;
  year: number;
  grade: string;
  honourees: readonly Honouree[];
  countyName: string | null;
  chainHead: ChainHead;
};

export const attachmentTitle = (year: number, grade: string) => `${year}年度受表彰${grade}村干部名单`;

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

export function commendationDocx(d: NoticeDocument): Promise<Buffer> {
  const right = { align: AlignmentType.RIGHT };
  const score = (x: number | null) => (x === null ? '—' : x.toFixed(2));
  return renderDocx(d.title, [
    title(d.title),
    para(d.recipients, { indent: false }),
    ...lines(d.body).map((line) => para(line)),
    para(''),
    para(`附件：${attachmentTitle(d.year, d.grade)}`),
    para(''),
    ...lines(d.signature).map((line) => para(line, right)),
    para(chineseDate(d.noticeDate), right),
    heading(`附件  ${attachmentTitle(d.year, d.grade)}`),
    table(
      ['序号', '村', '姓名', '职务', '综合得分'],
      d.honourees.map((h, i) => [
        String(i + 1),
        h.villageName,
        h.name,
        h.posts.join('、'),
        score(h.composite),
      ]),
    ),
    chainHeadParagraph({ ...d.chainHead, countyName: d.countyName }),
  ]);
}

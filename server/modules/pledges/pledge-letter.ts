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
import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { townships, villages } from '../../db/schema/index.ts';
import { roleLabel } from '../../domain/participants.ts';
import type { Scope } from '../../http/actor.ts';
import { conflict } from '../../http/errors.ts';
import { campaignOf, itemsOf, participantInScope, setInScope } from './pledge-access.ts';
import { personName } from './pledge-views.ts';

const FONT = 'SimSun';
const run = (value: string, options: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, bold: options.bold ?? false, font: FONT, size: options.size ?? 24 });
const para = (
  value: string,
  options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) =>
  new Paragraph({
    alignment: options.align,
    spacing: { after: 120 },
    children: [run(value, { bold: options.bold })],
  });
const cell = (value: string, bold = false) =>
  new TableCell({
    children: value.split('\n').map((line) => new Paragraph({ children: [run(line, { bold })] })),
  });

const formatDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${y} 年 ${Number(m)} 月 ${Number(d)} 日`;
};

/** 承诺书 of one cadre: approved pledges in a table, the pledge text, and lines to sign. */
export async function pledgeLetterDocx(db: Queryable, scope: Scope, setId: string) {
  const set = await setInScope(db, scope, setId);
  if (set.status !== 'approved') throw conflict('NOT_APPROVED', '承诺事项经乡党委政府批准后才能打印承诺书');
  const participant = await participantInScope(db, scope, set.participantId);
  const campaign = await campaignOf(db, scope, set.campaignId);
  const [place] = await db
    .select({ village: villages.name, township: townships.name })
    .from(villages)
    .innerJoin(townships, eq(townships.id, villages.townshipId))
    .where(eq(villages.id, set.villageId));
  const name = await personName(db, participant.personId);
  const role = roleLabel(participant.isSecretary, participant.isDirector);
  const items = (await itemsOf(db, set.id)).filter((p) => p.status === 'confirmed');
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: ['序号', '类别', '承诺事项', '完成标准', '完成时限'].map((h) => cell(h, true)),
      }),
      ...items.map(
        (p, i) =>
          new TableRow({
            children: [
              cell(String(i + 1)),
              cell(p.category),
              cell(`${p.title}\n${p.content}`),
              cell(p.completionStandard),
              cell(formatDate(p.dueDate)),
            ],
          }),
      ),
    ],
  });
  const village = place?.village ?? '';
  const document = new Document({
    creator: '村官承诺考评系统',
    title: `${name}承诺书`,
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [run(`${campaign.year} 年度村官承诺书`, { bold: true, size: 36 })],
          }),
          para(`${place?.township ?? ''}${village}${role}：${name}`, { align: AlignmentType.CENTER }),
          para(
            `本人向${village}全体党员、群众和乡党委、政府郑重承诺：${campaign.year} 年内完成以下事项。以上事项已广泛征求党员群众意见，经村“两委”会议研究通过，经群众表决确认，并经乡党委、政府批准。本人将认真履行承诺，接受党员群众和上级组织的监督、评议和考核。`,
          ),
          table,
          para(''),
          para(
            `承诺人（签字）：____________    ${formatDate(set.approvedAt?.toISOString().slice(0, 10) ?? `${campaign.year}-01-01`)}`,
          ),
          para('乡党委、政府（盖章）：____________'),
        ],
      },
    ],
  });
  return { buffer: await Packer.toBuffer(document), fileName: `${village}${name}承诺书.docx` };
}

import { AlignmentType, type Paragraph } from 'docx';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { participants, townships, yearEndReports } from '../../db/schema/index.ts';
import { localDate } from '../../domain/local-time.ts';
import { REPORT_SECTIONS, type ReportContent } from '../../domain/reports/content.ts';
import type { ArchiveDocument, ArchiveDocuments } from '../archive/archive-hooks.ts';
import { chainHead } from '../audit/chain-head.ts';
import { chainHeadParagraph, chineseDate, heading, para, renderDocx, title } from '../documents/docx-kit.ts';
import { assertAllowed, contextOf, type ReportContext, reportContext, versionsOf } from './report-access.ts';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (i: number) =>
  i < 10 ? NUMERALS[i]! : i < 20 ? `十${NUMERALS[i - 10] ?? ''}` : String(i + 1);

/** A multi-line answer as paragraphs, one per line the cadre wrote. */
const paragraphs = (value: string) =>
  value
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => para(line));

/** The report's body: the pledges one by one under 一, then the sections under 二, 三, 四. */
function body(content: ReportContent): Paragraph[] {
  const out: Paragraph[] = [heading('一、承诺事项完成情况')];
  content.pledges.forEach((p, i) => {
    out.push(para(`（${numeral(i)}）${p.title}`, { bold: true }), ...paragraphs(p.statement));
  });
  REPORT_SECTIONS.forEach((s, i) => {
    out.push(heading(`${numeral(i + 1)}、${s.label}`), ...paragraphs(content[s.key]));
  });
  return out;
}

/** The report's latest submitted version as a .docx (the caller has checked it may be seen). */
export async function renderReportDocx(db: Queryable, c: ReportContext) {
  const [latest] = await versionsOf(db, c.report!.id);
  const version = latest!;
  const [township] = await db
    .select({ name: townships.name })
    .from(townships)
    .where(eq(townships.id, c.participant.townshipId));
  const year = c.campaign.year;
  const signed = chineseDate(localDate(version.submittedAt, c.timeZone));
  const onBehalf = version.submittedByRole !== 'village_cadre';
  const buffer = await renderDocx(`${c.name}${year}年度述职报告`, [
    title(`${year}年度述职报告`),
    para(`姓名：${c.name}　　村：${township?.name ?? ''}${c.villageName}　　职务：${c.posts}`, {
      align: AlignmentType.CENTER,
    }),
    para(
      `按照乡党委、政府关于${year}年度村干部承诺考评工作的安排，现将本人${year}年度承诺事项完成、履行岗位职责和自身建设情况报告如下：`,
    ),
    ...body(version.content),
    para(''),
    para('述职人（签字）：____________', { align: AlignmentType.RIGHT }),
    para(signed, { align: AlignmentType.RIGHT }),
    ...(onBehalf
      ? [para(`（本报告由${version.submittedByName}代为录入）`, { align: AlignmentType.RIGHT })]
      : []),
    chainHeadParagraph(await chainHead(db, c.participant.countyId)),
  ]);
  return { buffer, fileName: `${c.villageName}${c.name}${year}年度述职报告.docx` };
}

/** The submitted report as a .docx in official-document form (公文格式), with the audit chain head. */
export async function reportDocx(db: Queryable, actor: Actor, participantId: string) {
  const c = await reportContext(db, actor, participantId);
  assertAllowed(actor, c, 'download');
  return renderReportDocx(db, c);
}

/** Every submitted report of an archived year, for the archive package's documents/述职报告/ folder. */
export const reportArchiveDocuments: ArchiveDocuments = async (db, campaign) => {
  const rows = await db
    .select({ participant: participants })
    .from(participants)
    .innerJoin(yearEndReports, eq(yearEndReports.participantId, participants.id))
    .where(and(eq(participants.campaignId, campaign.id), eq(yearEndReports.status, 'submitted')))
    .orderBy(asc(participants.villageId), asc(participants.id));
  const documents: ArchiveDocument[] = [];
  for (const { participant } of rows) {
    const c = await contextOf(db, participant, campaign);
    const { buffer } = await renderReportDocx(db, c);
    documents.push({ path: `述职报告/${c.villageName} ${c.name} 述职报告.docx`, bytes: buffer });
  }
  return documents;
};

/**
 * The two documents a year's rewards give: the pay sheet (.xlsx: the standing signed version with the
 * chain head of its sign-off, else a draft marked 未签发) and the commendation notice (.docx: as issued
 * with the head of its issue, else the draft as it stands).
 */
import type { Queryable } from '../../db/client.ts';
import type { ArchiveDocument } from '../archive/archive-hooks.ts';
import { chainHead } from '../audit/chain-head.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { commendationDocx } from './commendation-docx.ts';
import { honouredGrade, honoureesOf, noticeOf, noticeTextOf } from './commendation-read.ts';
import { payLinesNow } from './pay-view.ts';
import { buildPaySheet, paySheetTitle } from './pay-workbook.ts';
import { ARCHIVE_VIEWER, type RewardsYear, rewardsYearOf } from './rewards-year.ts';

export type GeneratedFile = { filename: string; bytes: Buffer };

export async function paySheetFile(
  q: Queryable,
  year: RewardsYear,
  now = new Date(),
): Promise<GeneratedFile> {
  const { standing, lines, coefficients } = await payLinesNow(q, year);
  const head = await chainHead(q, year.campaign.countyId);
  const bytes = await buildPaySheet(
    {
      townshipName: year.townshipName,
      countyName: head.countyName,
      year: year.campaign.year,
      coefficients,
      signed: standing,
      generatedAt: now,
      timeZone: year.timeZone,
      chainHead: standing ? { seq: standing.headSeq, hash: standing.headHash } : head,
    },
    lines,
  );
  const suffix = standing ? `（第${standing.version}版）` : '（未签发）';
  return { filename: `${paySheetTitle(year.townshipName, year.campaign.year)}${suffix}.xlsx`, bytes };
}

export async function noticeFile(q: Queryable, year: RewardsYear): Promise<GeneratedFile> {
  const notice = await noticeOf(q, year.campaign.id);
  const issued = notice?.issuedAt != null;
  const honourees = issued ? (notice?.honourees ?? []) : honoureesOf(year);
  const text = noticeTextOf(year, notice, honourees);
  const head = await chainHead(q, year.campaign.countyId);
  const bytes = await commendationDocx({
    ...text,
    year: year.campaign.year,
    grade: honouredGrade(year),
    honourees,
    countyName: head.countyName,
    chainHead:
      issued && notice?.headSeq != null && notice.headHash
        ? { seq: notice.headSeq, hash: notice.headHash }
        : head,
  });
  return { filename: `${year.townshipName}${text.title}${issued ? '' : '（草稿）'}.docx`, bytes };
}

/** The archive package's copies: the signed pay sheet and the issued notice, when there are. */
export async function rewardsArchiveDocuments(
  db: Queryable,
  campaign: CampaignRow,
): Promise<ArchiveDocument[]> {
  const year = await rewardsYearOf(db, ARCHIVE_VIEWER, campaign);
  const out: ArchiveDocument[] = [];
  const { standing } = await payLinesNow(db, year);
  if (standing) {
    const file = await paySheetFile(db, year, standing.signedAt);
    out.push({ path: `绩效工资/${file.filename}`, bytes: file.bytes });
  }
  if ((await noticeOf(db, campaign.id))?.issuedAt) {
    const file = await noticeFile(db, year);
    out.push({ path: `评选表彰/${file.filename}`, bytes: file.bytes });
  }
  return out;
}

import { createHash } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { counties, countyReportDrafts, participants, townships } from '../../db/schema/index.ts';
import type { ChainHead } from '../../domain/audit-chain-head.ts';
import {
  defaultSummaryTexts,
  gradeOrder,
  type SubmittedRow,
  type SummaryTexts,
  toSubmittedRow,
} from '../../domain/county/report-figures.ts';
import { localDate } from '../../domain/local-time.ts';
import { chainHead } from '../audit/chain-head.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { readFinalResults, ungradedParticipants } from '../results/results-read.ts';
import { resultWorkbook } from './result-workbook.ts';
import { summaryDocx } from './summary-docx.ts';

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Where the campaign's township lives: its name, its county's name and its time zone. */
export async function placeOf(db: Queryable, campaign: CampaignRow) {
  const [row] = await db
    .select({ townshipName: townships.name, timeZone: townships.timeZone, countyName: counties.name })
    .from(townships)
    .innerJoin(counties, eq(counties.id, townships.countyId))
    .where(eq(townships.id, campaign.townshipId));
  return row!;
}

/**
 * The township's final results as the report prints them: only a set the office has confirmed
 * (审核确认, frozen by the results module) is final; before that there is nothing to report.
 */
export async function reportRows(db: Queryable, campaign: CampaignRow) {
  const results = await readFinalResults(db, campaign.id, { frozenOnly: true });
  const [active] = await db
    .select({ n: count() })
    .from(participants)
    .where(and(eq(participants.campaignId, campaign.id), eq(participants.excluded, false)));
  return {
    rows: results.map(toSubmittedRow),
    participants: active?.n ?? 0,
    ungraded: await ungradedParticipants(db, campaign.id),
    grades: gradeOrder(campaign.config),
  };
}

/** The office's edited summary text, or the default text when it has not edited it. */
export async function summaryTextsOf(db: Queryable, campaign: CampaignRow, townshipName: string) {
  const [draft] = await db
    .select({ summary: countyReportDrafts.summary })
    .from(countyReportDrafts)
    .where(eq(countyReportDrafts.campaignId, campaign.id));
  return {
    texts: draft?.summary ?? defaultSummaryTexts(townshipName, campaign.year, campaign.config),
    edited: draft !== undefined,
  };
}

export type ReportDocuments = {
  xlsx: Buffer;
  docx: Buffer;
  head: ChainHead;
  rows: SubmittedRow[];
  grades: string[];
  texts: SummaryTexts;
  townshipName: string;
};

/**
 * The two documents of the township's report as of `now`: the result table (.xlsx) and the written
 * summary (.docx), both carrying the county's audit chain head at this moment.
 */
export async function reportDocuments(
  db: Queryable,
  campaign: CampaignRow,
  rows: SubmittedRow[],
  grades: string[],
  now: Date,
): Promise<ReportDocuments> {
  const place = await placeOf(db, campaign);
  const head = await chainHead(db, campaign.countyId);
  const { texts } = await summaryTextsOf(db, campaign, place.townshipName);
  const common = { townshipName: place.townshipName, countyName: place.countyName, year: campaign.year };
  const xlsx = await resultWorkbook(
    {
      ...common,
      generatedAt: now,
      timeZone: place.timeZone,
      chainHead: head,
      weights: campaign.config.compositeWeights,
    },
    rows,
  );
  const docx = await summaryDocx({
    ...common,
    date: localDate(now, place.timeZone),
    texts,
    rows,
    grades,
    chainHead: head,
  });
  return { xlsx, docx, head, rows, grades, texts, townshipName: place.townshipName };
}

/** File names as the county receives them. */
export const documentNames = (townshipName: string, year: number) => ({
  xlsx: `${townshipName}${year}年度村干部承诺考评结果汇总表.xlsx`,
  docx: `关于${townshipName}${year}年度村干部承诺考评结果的报告.docx`,
});

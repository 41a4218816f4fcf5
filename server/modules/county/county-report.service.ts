import { asc, eq, getTableColumns } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { countyReportDrafts, countySubmissions } from '../../db/schema/index.ts';
import { chainHeadLine } from '../../domain/audit-chain-head.ts';
import { gradeCounts, type SummaryTexts } from '../../domain/county/report-figures.ts';
import { formatLocalDateTime } from '../../domain/local-time.ts';
import { PHASE_LABELS } from '../../domain/phases.ts';
import {
  type CountyReportAction,
  countyReportActions,
  countyReportRefusal,
} from '../../domain/policies/county-report.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import type { ReportView } from './county.schema.ts';
import { placeOf, reportDocuments, reportRows, sha256, summaryTextsOf } from './county-documents.ts';

function withoutDocuments() {
  const { xlsx: _xlsx, docx: _docx, ...rest } = getTableColumns(countySubmissions);
  return rest;
}

/** The columns of a submission without its two documents' bytes. */
export const listed = withoutDocuments();

/** A campaign's submissions, oldest first, without their bytes. */
export const submissionsOf = (db: Queryable, campaignId: string) =>
  db
    .select(listed)
    .from(countySubmissions)
    .where(eq(countySubmissions.campaignId, campaignId))
    .orderBy(asc(countySubmissions.seq));

export type SubmissionRow = Awaited<ReturnType<typeof submissionsOf>>[number];

export const submissionView = (s: SubmissionRow, countyName: string | null, timeZone: string) => ({
  id: s.id,
  seq: s.seq,
  reason: s.reason,
  submittedAt: s.submittedAt.toISOString(),
  /** As the township's people read it (its time zone). */
  submittedAtText: formatLocalDateTime(s.submittedAt, timeZone),
  submittedByName: s.submittedByName,
  xlsxSha256: s.xlsxSha256,
  docxSha256: s.docxSha256,
  chainHead: chainHeadLine({ seq: s.chainSeq, hash: s.chainHash }, countyName),
  xlsxUrl: `/api/county/submissions/${s.id}/results.xlsx`,
  docxUrl: `/api/county/submissions/${s.id}/summary.docx`,
});

/** Everything the policy needs about the campaign's report, and the rows it reads them from. */
async function reportState(db: Queryable, actor: Actor, campaign: CampaignRow) {
  const results = await reportRows(db, campaign);
  const submissions = await submissionsOf(db, campaign.id);
  const facts = {
    actor,
    phase: campaign.phase,
    participants: results.participants,
    ungraded: results.ungraded,
    submissions: submissions.length,
  };
  return { ...results, submissions, facts };
}

function refuseUnless(state: Awaited<ReturnType<typeof reportState>>, action: CountyReportAction) {
  const refusal = countyReportRefusal(state.facts, action);
  if (refusal) throw refusal;
}

/** The office's page: the results as they would be submitted, the summary text, what was submitted. */
export async function countyReport(db: Queryable, actor: Actor, campaignId: string): Promise<ReportView> {
  const campaign = await findCampaign(db, actor.scope, campaignId);
  const state = await reportState(db, actor, campaign);
  const place = await placeOf(db, campaign);
  const summary = await summaryTextsOf(db, campaign, place.townshipName);
  const allowedActions = countyReportActions(state.facts);
  const next: CountyReportAction = state.submissions.length > 0 ? 'resubmit' : 'submit';
  return {
    campaign: {
      id: campaign.id,
      year: campaign.year,
      phase: campaign.phase,
      phaseLabel: PHASE_LABELS[campaign.phase],
      townshipName: place.townshipName,
    },
    rows: state.rows,
    grades: state.grades,
    counts: gradeCounts(state.rows, state.grades),
    ungraded: state.ungraded,
    summary: summary.texts,
    summaryEdited: summary.edited,
    submissions: state.submissions.map((s) => submissionView(s, place.countyName, place.timeZone)),
    allowedActions,
    submitRefusal: countyReportRefusal(state.facts, next)?.message ?? null,
  };
}

/** The report's documents as they would be submitted now (the office's preview download). */
export async function previewDocuments(db: Queryable, actor: Actor, campaignId: string, now = new Date()) {
  const campaign = await findCampaign(db, actor.scope, campaignId);
  const state = await reportState(db, actor, campaign);
  refuseUnless(state, 'download');
  return { campaign, ...(await reportDocuments(db, campaign, state.rows, state.grades, now)) };
}

/** Saves the office's edit of the summary's free text (audited). */
export async function saveSummary(tx: Tx, actor: Actor, campaignId: string, texts: SummaryTexts) {
  const campaign = await findCampaign(tx, actor.scope, campaignId, { lock: true });
  const state = await reportState(tx, actor, campaign);
  refuseUnless(state, 'edit_summary');
  const values = {
    campaignId,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    summary: texts,
    updatedByName: actor.displayName,
    updatedAt: new Date(),
  };
  await tx
    .insert(countyReportDrafts)
    .values(values)
    .onConflictDoUpdate({ target: countyReportDrafts.campaignId, set: values });
  await appendAudit(tx, asAuditActor(actor), {
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    action: 'county_report.summary_save',
    entity: 'county_report',
    entityId: campaignId,
    after: texts,
  });
}

/**
 * Submits the township's report to 县委组织部 and 县民政局: generates both documents now, stores
 * them with their SHA-256 and the chain head they print, audited. A second submission is a 更正 and
 * needs its reason.
 */
export async function submitToCounty(
  tx: Tx,
  actor: Actor,
  campaignId: string,
  input: { reason?: string | undefined },
  now = new Date(),
) {
  const campaign = await findCampaign(tx, actor.scope, campaignId, { lock: true });
  const state = await reportState(tx, actor, campaign);
  const again = state.submissions.length > 0;
  refuseUnless(state, again ? 'resubmit' : 'submit');
  const reason = input.reason?.trim() || null;
  if (again && !reason) throw badRequest('reason', '考评结果已上报过，再次上报（更正）须填写更正原因');
  const docs = await reportDocuments(tx, campaign, state.rows, state.grades, now);
  const [row] = await tx
    .insert(countySubmissions)
    .values({
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      campaignId,
      year: campaign.year,
      seq: state.submissions.length + 1,
      reason: again ? reason : null,
      summary: docs.texts,
      rows: docs.rows,
      grades: docs.grades,
      weights: campaign.config.compositeWeights,
      chainSeq: docs.head.seq,
      chainHash: docs.head.hash,
      xlsx: docs.xlsx,
      xlsxSha256: sha256(docs.xlsx),
      docx: docs.docx,
      docxSha256: sha256(docs.docx),
      submittedBy: actor.userId,
      submittedByName: actor.displayName,
      submittedAt: now,
    })
    .returning(listed);
  await appendAudit(tx, asAuditActor(actor), {
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    action: again ? 'county_report.resubmit' : 'county_report.submit',
    entity: 'county_submission',
    entityId: row!.id,
    after: {
      year: campaign.year,
      seq: row!.seq,
      participants: docs.rows.length,
      xlsxSha256: row!.xlsxSha256,
      docxSha256: row!.docxSha256,
      chainHead: { seq: docs.head.seq, hash: docs.head.hash },
    },
    reason: again ? reason : null,
  });
  return row!;
}

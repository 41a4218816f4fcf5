import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { progressReports } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { progressRefusal } from '../../domain/policies/progress.ts';
import { type ReportInput, reportProblems } from '../../domain/progress/report.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { attachFiles, storeUploads } from '../files/files.service.ts';
import type { PreparedFile } from '../files/uploads.ts';
import type { PledgeRow } from '../pledges/pledge-access.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { pledgeContext, progressFacts, refusalError } from './progress-access.ts';

export const PROGRESS_SUBJECT = 'progress_report';

export type ReportBody = ReportInput & { internalNote?: string | null };
export type ReportRow = typeof progressReports.$inferSelect;

/** Field by field: the first problem of a report as a 400 naming its field. */
export function assertReport(input: ReportInput, year: number, today: string) {
  const [problem] = reportProblems(input, year, today);
  if (problem) throw badRequest(problem.field, problem.message, 'INVALID_PROGRESS');
}

/** Inserts one report (already checked) and its audit entry. */
export async function insertReport(
  tx: Tx,
  actor: Actor,
  pledge: PledgeRow,
  body: ReportBody,
  source: 'web' | 'xlsx',
): Promise<ReportRow> {
  const [report] = await tx
    .insert(progressReports)
    .values({
      countyId: pledge.countyId,
      townshipId: pledge.townshipId,
      villageId: pledge.villageId,
      campaignId: pledge.campaignId,
      pledgeId: pledge.id,
      participantId: pledge.participantId,
      status: body.status,
      percent: body.percent,
      reportDate: body.reportDate,
      note: body.note.trim(),
      internalNote: body.internalNote?.trim() || null,
      source,
      reporterRole: actor.role,
      reportedBy: actor.userId,
      reportedByName: actor.displayName,
    })
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'progress.report',
    entity: 'pledge',
    entityId: pledge.id,
    countyId: pledge.countyId,
    townshipId: pledge.townshipId,
    after: { status: report!.status, percent: report!.percent, reportDate: report!.reportDate, source },
  });
  return report!;
}

/**
 * A cadre's (or the clerk's) report on one approved pledge, with its photos and documents: the
 * policy, the rules, the report, the files and their attachment, all in the caller's transaction.
 */
export async function addReport(
  tx: Tx,
  actor: Actor,
  pledgeId: string,
  body: ReportBody,
  uploads: PreparedFile[],
): Promise<ReportRow> {
  const context = await pledgeContext(tx, actor.scope, pledgeId, true);
  const refused = progressRefusal(progressFacts(actor, context), 'report');
  if (refused) throw refusalError(refused);
  const today = localToday(await townshipZone(tx, context.pledge.townshipId));
  assertReport(body, context.campaign.year, today);
  const report = await insertReport(tx, actor, context.pledge, body, 'web');
  const { pledge } = context;
  const stored = await storeUploads(tx, actor, uploads, { purpose: 'progress', villageId: pledge.villageId });
  await attachFiles(tx, stored, {
    subjectType: PROGRESS_SUBJECT,
    subjectId: report.id,
    countyId: pledge.countyId,
    townshipId: pledge.townshipId,
    villageId: pledge.villageId,
    campaignId: pledge.campaignId,
    pledgeId: pledge.id,
    year: context.campaign.year,
  });
  return report;
}

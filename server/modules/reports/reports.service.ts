import { and, eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { yearEndReports, yearEndReportVersions } from '../../db/schema/index.ts';
import {
  alignStatements,
  type ReportContent,
  type ReportProblem,
  submitProblems,
  unknownStatementProblems,
} from '../../domain/reports/content.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { assertAllowed, type ReportContext, type ReportRow, reportContext } from './report-access.ts';
import type { ReportBody } from './reports.schema.ts';

const firstProblem = (problems: ReportProblem[]) => {
  const [problem] = problems;
  if (problem) throw badRequest(problem.field, problem.message, 'INVALID_REPORT');
};

/** The body as the report's content: statements aligned to the participant's pledges, text trimmed. */
function contentOf(body: ReportBody, c: ReportContext): ReportContent {
  firstProblem(unknownStatementProblems(body.pledges, c.pledges));
  return {
    pledges: alignStatements(body.pledges, c.pledges),
    duties: body.duties.trim(),
    selfBuilding: body.selfBuilding.trim(),
    problemsAndPlans: body.problemsAndPlans.trim(),
  };
}

const auditTarget = (c: ReportContext) => ({
  entity: 'year_end_report',
  countyId: c.participant.countyId,
  townshipId: c.participant.townshipId,
});

/** Writes the text onto the report (creating it on the first save); keeps its status. */
async function writeContent(
  tx: Tx,
  actor: Actor,
  c: ReportContext,
  content: ReportContent,
  now: Date,
): Promise<ReportRow> {
  if (c.report) {
    const [row] = await tx
      .update(yearEndReports)
      .set({ content, updatedAt: now, updatedByName: actor.displayName })
      .where(eq(yearEndReports.id, c.report.id))
      .returning();
    return row!;
  }
  const { participant } = c;
  const [row] = await tx
    .insert(yearEndReports)
    .values({
      countyId: participant.countyId,
      townshipId: participant.townshipId,
      villageId: participant.villageId,
      campaignId: participant.campaignId,
      participantId: participant.id,
      status: 'draft',
      content,
      updatedAt: now,
      updatedByName: actor.displayName,
    })
    .returning();
  return row!;
}

/** 保存草稿: any time in 评诺 while the report is not submitted; incomplete text is fine. */
/** `now` is the demo's (its reports are dated in its December); requests use the clock. */
export async function saveDraft(
  tx: Tx,
  actor: Actor,
  participantId: string,
  body: ReportBody,
  now = new Date(),
) {
  const c = await reportContext(tx, actor, participantId, true);
  assertAllowed(actor, c, 'save');
  const report = await writeContent(tx, actor, c, contentOf(body, c), now);
  await appendAudit(tx, asAuditActor(actor), {
    action: 'report.save',
    ...auditTarget(c),
    entityId: report.id,
    after: { participantId, status: report.status },
  });
  return report;
}

/**
 * 提交: the complete text becomes the next kept version and the report is locked; by the cadre for
 * themself or by the clerk on their behalf (the version records who).
 */
export async function submitReport(
  tx: Tx,
  actor: Actor,
  participantId: string,
  body: ReportBody,
  now = new Date(),
) {
  const c = await reportContext(tx, actor, participantId, true);
  assertAllowed(actor, c, 'submit');
  const content = contentOf(body, c);
  firstProblem(submitProblems(content));
  const written = await writeContent(tx, actor, c, content, now);
  const version = written.version + 1;
  const [report] = await tx
    .update(yearEndReports)
    .set({ status: 'submitted', version })
    .where(eq(yearEndReports.id, written.id))
    .returning();
  const { participant } = c;
  await tx.insert(yearEndReportVersions).values({
    countyId: participant.countyId,
    townshipId: participant.townshipId,
    villageId: participant.villageId,
    campaignId: participant.campaignId,
    reportId: written.id,
    participantId: participant.id,
    version,
    content,
    submittedAt: written.updatedAt,
    submittedBy: actor.userId,
    submittedByName: actor.displayName,
    submittedByRole: actor.role,
  });
  await appendAudit(tx, asAuditActor(actor), {
    action: 'report.submit',
    ...auditTarget(c),
    entityId: written.id,
    before: { status: c.report?.status ?? null },
    after: { participantId, status: 'submitted', version, onBehalf: actor.role !== 'village_cadre' },
  });
  return report!;
}

/** 退回修改: the office sends a submitted report back with a reason, written onto its latest version. */
export async function returnReport(
  tx: Tx,
  actor: Actor,
  participantId: string,
  reason: string,
  now = new Date(),
) {
  const c = await reportContext(tx, actor, participantId, true);
  assertAllowed(actor, c, 'return');
  const report = c.report!;
  const trimmed = reason.trim();
  await tx
    .update(yearEndReportVersions)
    .set({ returnedAt: now, returnedByName: actor.displayName, returnReason: trimmed })
    .where(
      and(eq(yearEndReportVersions.reportId, report.id), eq(yearEndReportVersions.version, report.version)),
    );
  const [row] = await tx
    .update(yearEndReports)
    .set({ status: 'returned' })
    .where(eq(yearEndReports.id, report.id))
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'report.return',
    ...auditTarget(c),
    entityId: report.id,
    before: { status: 'submitted', version: report.version },
    after: { participantId, status: 'returned' },
    reason: trimmed,
  });
  return row!;
}

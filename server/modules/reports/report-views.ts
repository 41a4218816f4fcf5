import type { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { formatLocalDateTime } from '../../domain/local-time.ts';
import { PROGRESS_STATUS_LABELS } from '../../domain/progress/report.ts';
import { REPORT_STANDING_LABELS, SECTION_MAX, STATEMENT_MAX } from '../../domain/reports/content.ts';
import { prefillContent, prefillStatement } from '../../domain/reports/prefill.ts';
import { latestProgress } from '../progress/progress-latest.ts';
import {
  allowedReportActions,
  assertAllowed,
  type ReportContext,
  reportContext,
  type VersionRow,
  versionsOf,
} from './report-access.ts';
import type { reportView } from './reports.schema.ts';

export type ReportView = z.infer<typeof reportView>;

/** Who submitted a version, in words: the cadre's own submission, or the clerk's entry for them. */
export const submitterOf = (v: Pick<VersionRow, 'submittedByName' | 'submittedByRole'>) =>
  v.submittedByRole === 'village_cadre' ? v.submittedByName : `${v.submittedByName}（代为录入）`;

export function versionView(v: VersionRow, timeZone: string) {
  return {
    version: v.version,
    submittedAt: formatLocalDateTime(v.submittedAt, timeZone),
    submittedBy: submitterOf(v),
    onBehalf: v.submittedByRole !== 'village_cadre',
    returnedAt: v.returnedAt ? formatLocalDateTime(v.returnedAt, timeZone) : null,
    returnedBy: v.returnedByName,
    returnReason: v.returnReason,
    content: v.content,
  };
}

/** The report as the caller may see it, prefilled from pledges and progress while not begun. */
export async function reportViewOf(db: Queryable, actor: Actor, c: ReportContext): Promise<ReportView> {
  assertAllowed(actor, c, 'view');
  const latest = await latestProgress(
    db,
    c.pledges.map((p) => p.id),
  );
  const versions = c.report ? await versionsOf(db, c.report.id) : [];
  const status = c.report?.status ?? 'not_started';
  return {
    campaign: { id: c.campaign.id, year: c.campaign.year, phase: c.campaign.phase },
    participant: {
      id: c.participant.id,
      name: c.name,
      villageId: c.participant.villageId,
      villageName: c.villageName,
      posts: c.posts,
    },
    status,
    statusLabel: REPORT_STANDING_LABELS[status],
    content: c.report?.content ?? prefillContent(c.pledges, latest),
    pledges: c.pledges.map((p) => {
      const l = latest.get(p.id) ?? null;
      return {
        id: p.id,
        category: p.category,
        title: p.title,
        completionStandard: p.completionStandard,
        dueDate: p.dueDate,
        latest: l && {
          status: l.status,
          statusLabel: PROGRESS_STATUS_LABELS[l.status],
          percent: l.percent,
          reportDate: l.reportDate,
        },
        prefill: prefillStatement(p, l),
      };
    }),
    updatedAt: c.report ? formatLocalDateTime(c.report.updatedAt, c.timeZone) : null,
    updatedBy: c.report?.updatedByName ?? null,
    returnReason: status === 'returned' ? (versions[0]?.returnReason ?? null) : null,
    versions: versions.map((v) => versionView(v, c.timeZone)),
    limits: { statement: STATEMENT_MAX, section: SECTION_MAX },
    allowedActions: allowedReportActions(actor, c),
  };
}

export async function participantReport(db: Queryable, actor: Actor, participantId: string) {
  return reportViewOf(db, actor, await reportContext(db, actor, participantId));
}

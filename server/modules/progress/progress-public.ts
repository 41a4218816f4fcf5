import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { pledgeSets, pledges, progressReports } from '../../db/schema/index.ts';
import { PROGRESS_STATUS_LABELS } from '../../domain/progress/report.ts';
import type { FilePublicity } from '../files/file-hooks.ts';
import { publicPhotoView } from '../files/file-views.ts';
import { filesOf } from '../files/files.service.ts';
import type { PublicProgressReport } from './progress.schema.ts';
import { PROGRESS_SUBJECT } from './progress.service.ts';
import { reportsOf } from './progress-views.ts';

/**
 * What is public of progress (DESIGN §2.6): every report on a pledge once its set is approved (an
 * approved pledge is public; so is how it goes), without the internal note and without who typed
 * it; photos as their metadata-free public copies; documents are not public.
 */

/** The pledges among these whose progress is public (set approved, pledge standing). */
async function publicPledgeIds(db: Queryable, pledgeIds: string[]): Promise<Set<string>> {
  if (pledgeIds.length === 0) return new Set();
  const rows = await db
    .select({ id: pledges.id })
    .from(pledges)
    .innerJoin(pledgeSets, eq(pledgeSets.id, pledges.setId))
    .where(
      and(inArray(pledges.id, pledgeIds), eq(pledgeSets.status, 'approved'), eq(pledges.status, 'confirmed')),
    );
  return new Set(rows.map((r) => r.id));
}

/**
 * For the public board: each pledge's public timeline, newest first (pledges whose progress is not
 * public, or that have none, are absent from the map).
 */
export async function publicProgressOf(
  db: Queryable,
  pledgeIds: string[],
): Promise<Map<string, PublicProgressReport[]>> {
  const visible = await publicPledgeIds(db, pledgeIds);
  const reports = await reportsOf(db, [...visible]);
  const attached = await filesOf(
    db,
    PROGRESS_SUBJECT,
    reports.map((r) => r.id),
  );
  const byPledge = new Map<string, PublicProgressReport[]>();
  for (const r of reports) {
    const list = byPledge.get(r.pledgeId) ?? [];
    list.push({
      status: r.status,
      statusLabel: PROGRESS_STATUS_LABELS[r.status],
      percent: r.percent,
      reportDate: r.reportDate,
      note: r.note,
      photos: (attached.get(r.id) ?? []).flatMap((f) => publicPhotoView(f) ?? []),
    });
    byPledge.set(r.pledgeId, list);
  }
  return byPledge;
}

/** One pledge's public timeline, or null when the pledge is not public. */
export async function publicPledgeProgress(db: Queryable, pledgeId: string) {
  const [pledge] = await db
    .select({ id: pledges.id, title: pledges.title })
    .from(pledges)
    .where(eq(pledges.id, pledgeId));
  if (!pledge || !(await publicPledgeIds(db, [pledgeId])).has(pledgeId)) return null;
  return {
    pledgeId,
    title: pledge.title,
    reports: (await publicProgressOf(db, [pledgeId])).get(pledgeId) ?? [],
  };
}

/** The file store asks: which of these reports are public (their pledge's progress is). */
export const progressFilePublicity: FilePublicity = {
  subjectType: PROGRESS_SUBJECT,
  async publicSubjects(db, reportIds) {
    const rows = await db
      .select({ id: progressReports.id, pledgeId: progressReports.pledgeId })
      .from(progressReports)
      .where(inArray(progressReports.id, reportIds));
    const visible = await publicPledgeIds(
      db,
      rows.map((r) => r.pledgeId),
    );
    return new Set(rows.filter((r) => visible.has(r.pledgeId)).map((r) => r.id));
  },
};

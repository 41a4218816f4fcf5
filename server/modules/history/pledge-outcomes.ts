import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { inspectionItems, pledgeSets, pledges, progressReports } from '../../db/schema/index.ts';
import { type PledgeOutcome, pledgeOutcome } from '../../domain/history/pledge-outcome.ts';

export type PledgeWithOutcome = {
  id: string;
  campaignId: string;
  participantId: string;
  position: number;
  category: string;
  title: string;
  dueDate: string;
  /** The set was approved by the township (乡党委政府批准): an approved pledge. */
  approved: boolean;
  outcome: PledgeOutcome;
};

/**
 * The villagers' confirmed pledges matching `where` (by participant or campaign), each with its final
 * status (domain/history/pledge-outcome.ts): the inspection finding, else the latest progress report.
 */
export async function pledgesWithOutcome(q: Queryable, where: SQL): Promise<PledgeWithOutcome[]> {
  const rows = await q
    .select({
      id: pledges.id,
      campaignId: pledges.campaignId,
      participantId: pledges.participantId,
      position: pledges.position,
      category: pledges.category,
      title: pledges.title,
      dueDate: pledges.dueDate,
      setStatus: pledgeSets.status,
      inspection: inspectionItems.status,
    })
    .from(pledges)
    .innerJoin(pledgeSets, eq(pledgeSets.id, pledges.setId))
    .leftJoin(inspectionItems, eq(inspectionItems.pledgeId, pledges.id))
    .where(and(where, eq(pledges.status, 'confirmed')))
    .orderBy(asc(pledges.participantId), asc(pledges.position));
  const latest = await latestProgress(
    q,
    rows.filter((r) => r.inspection === null).map((r) => r.id),
  );
  return rows.map(({ setStatus, inspection, ...r }) => ({
    ...r,
    approved: setStatus === 'approved',
    outcome: pledgeOutcome(inspection, latest.get(r.id) ?? null),
  }));
}

async function latestProgress(q: Queryable, pledgeIds: string[]) {
  if (pledgeIds.length === 0) return new Map();
  const rows = await q
    .selectDistinctOn([progressReports.pledgeId], {
      pledgeId: progressReports.pledgeId,
      status: progressReports.status,
    })
    .from(progressReports)
    .where(inArray(progressReports.pledgeId, pledgeIds))
    .orderBy(progressReports.pledgeId, desc(progressReports.reportDate), desc(progressReports.createdAt));
  return new Map(rows.map((r) => [r.pledgeId, r.status]));
}

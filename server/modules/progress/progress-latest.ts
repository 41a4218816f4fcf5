import { desc, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { progressReports } from '../../db/schema/index.ts';
import type { PledgeProgressFact } from '../../domain/dashboard/standing.ts';

type Latest = NonNullable<PledgeProgressFact['latest']> & { note: string };

/**
 * The latest progress report of each pledge (newest report date, then newest entry), for the
 * dashboard and the 述职报告's prefill (which quotes its public note).
 */
export async function latestProgress(db: Queryable, pledgeIds: string[]) {
  const latest = new Map<string, Latest>();
  if (pledgeIds.length === 0) return latest;
  const rows = await db
    .select({
      pledgeId: progressReports.pledgeId,
      status: progressReports.status,
      percent: progressReports.percent,
      reportDate: progressReports.reportDate,
      note: progressReports.note,
    })
    .from(progressReports)
    .where(inArray(progressReports.pledgeId, pledgeIds))
    .orderBy(desc(progressReports.reportDate), desc(progressReports.createdAt));
  for (const r of rows) if (!latest.has(r.pledgeId)) latest.set(r.pledgeId, r);
  return latest;
}

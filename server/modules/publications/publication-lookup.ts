import { and, eq, isNull } from 'drizzle-orm';
import { notFound } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { publications } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { objectionsOpen, publicityEndDate } from '../../domain/publicity.ts';
import { townshipZone } from '../pledges/township-zone.ts';

/** A publication as an objection (异议) to it needs it: where it is, and whether objections are open. */
export type ObjectionTarget = {
  id: string;
  countyId: string;
  townshipId: string;
  villageId: string | null;
  campaignId: string;
  title: string;
  /** Last day of the objection window (YYYY-MM-DD, township's zone). */
  objectionEndDate: string;
  /** Last day of the 公示期. */
  endDate: string;
  /** Objections are taken today (township's local date). */
  objectionsOpen: boolean;
};

/**
 * The publication an objection names, for the mailbox: a published, not withdrawn one, else 404
 * ('公示'). The caller refuses the letter when `objectionsOpen` is false (the window has passed).
 */
export async function publicationForObjection(
  db: Queryable,
  publicationId: string,
  now: Date = new Date(),
): Promise<ObjectionTarget> {
  const [row] = await db
    .select()
    .from(publications)
    .where(and(eq(publications.id, publicationId), isNull(publications.withdrawnAt)));
  if (!row) throw notFound('公示');
  const today = localToday(await townshipZone(db, row.townshipId), now);
  return {
    id: row.id,
    countyId: row.countyId,
    townshipId: row.townshipId,
    villageId: row.villageId,
    campaignId: row.campaignId,
    title: row.title,
    objectionEndDate: row.objectionEndDate,
    endDate: publicityEndDate(row.startDate, row.periodDays),
    objectionsOpen: objectionsOpen({ ...row, withdrawn: false }, today),
  };
}

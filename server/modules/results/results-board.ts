/**
 * The public boards' earlier results: while the current year is still being evaluated, villagers
 * see the latest 考评结果 publication of an earlier year of their township (its grades and how each
 * number was computed), as published, and the latest earlier 表彰决定. The current year's results publication is among the board's
 * own publications.
 */
import { and, desc, eq, isNull, lte, ne } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { publications } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { publicPaths } from '../publications/public-paths.ts';
import { boardPublications } from '../publications/publication-views.ts';
import type { BoardPublication } from '../publications/publications.schema.ts';

/** What of an earlier year stays on the board, in this order: its 考评结果, then its 表彰决定. */
const EARLIER_YEAR_KINDS = ['results', 'commendation'] as const;

export async function earlierResults(
  db: Queryable,
  townshipId: string,
  currentCampaignId: string | null,
  now = new Date(),
): Promise<BoardPublication[]> {
  const today = localToday(await townshipZone(db, townshipId), now);
  const latest = (kind: (typeof EARLIER_YEAR_KINDS)[number]) =>
    db
      .select()
      .from(publications)
      .where(
        and(
          eq(publications.townshipId, townshipId),
          eq(publications.kind, kind),
          isNull(publications.villageId),
          isNull(publications.withdrawnAt),
          lte(publications.startDate, today),
          currentCampaignId ? ne(publications.campaignId, currentCampaignId) : undefined,
        ),
      )
      .orderBy(desc(publications.startDate), desc(publications.publishedAt))
      .limit(1);
  const rows: (typeof publications.$inferSelect)[] = [];
  for (const kind of EARLIER_YEAR_KINDS) rows.push(...(await latest(kind)));
  return boardPublications(db, rows, townshipId, publicPaths.objection, now);
}

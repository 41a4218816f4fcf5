import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { campaigns, finalResultRows, participants, resultSets } from '../../db/schema/index.ts';
import type { YearStanding } from '../../domain/sanctions/removal-chain.ts';

/**
 * Each person's standing in every year of their county: the confirmed grade where the year's results
 * are frozen, 'excluded' where they were excluded. A year in which they took no part (no post) has no
 * row, and a year not yet graded is left out: both break a chain of failed years (removal-chain.ts).
 */
export async function standingsOf(
  q: Queryable,
  countyId: string,
  personIds: readonly string[],
): Promise<Map<string, YearStanding[]>> {
  if (personIds.length === 0) return new Map();
  const rows = await q
    .select({
      personId: participants.personId,
      year: campaigns.year,
      excluded: participants.excluded,
      isSecretary: participants.isSecretary,
      isDirector: participants.isDirector,
      villageId: participants.villageId,
      grade: finalResultRows.grade,
      unqualified: sql<boolean | null>`(${finalResultRows.result} -> 'village' ->> 'unqualified')::boolean`,
    })
    .from(participants)
    .innerJoin(campaigns, eq(campaigns.id, participants.campaignId))
    .leftJoin(resultSets, and(eq(resultSets.campaignId, campaigns.id), isNull(resultSets.supersededAt)))
    .leftJoin(
      finalResultRows,
      and(eq(finalResultRows.setId, resultSets.id), eq(finalResultRows.participantId, participants.id)),
    )
    .where(and(eq(participants.countyId, countyId), inArray(participants.personId, [...personIds])));
  const byPerson = new Map<string, YearStanding[]>();
  for (const r of rows) {
    const standing = standingOf(r);
    if (!standing) continue;
    byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), standing]);
  }
  return byPerson;
}

type Row = {
  year: number;
  excluded: boolean;
  isSecretary: boolean;
  isDirector: boolean;
  villageId: string;
  grade: string | null;
  unqualified: boolean | null;
};

function standingOf(r: Row): YearStanding | null {
  if (r.excluded) return { year: r.year, kind: 'excluded' };
  if (r.grade === null) return null;
  return {
    year: r.year,
    kind: 'graded',
    grade: r.grade,
    isSecretary: r.isSecretary,
    isDirector: r.isDirector,
    villageId: r.villageId,
    unqualifiedByVillage: r.unqualified === true,
  };
}

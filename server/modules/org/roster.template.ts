import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Scope } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { persons, positions, villages } from '../../db/schema/index.ts';
import { sortByVillage } from '../../domain/village-order.ts';
import type { Cell } from './roster.rows.ts';

type Holder = { name: string; phone: string | null; startDate: string };

const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * One roster row per village as stored now, in the columns the import reads: the template comes
 * filled, so the office edits what changed instead of typing the township again. ID-card numbers
 * stay blank (only their digest is stored); a blank number matches the village's one namesake, so
 * the file read back as downloaded changes nothing. 任职日期 is the later start of the two holders:
 * a continuing holder keeps their own date whatever the row says.
 */
export async function rosterTemplateRows(db: Queryable, scope: Scope): Promise<Cell[][]> {
  if (!scope.townshipId) return [];
  const where: SQL[] = [eq(villages.countyId, scope.countyId), eq(villages.townshipId, scope.townshipId)];
  if (scope.villageId) where.push(eq(villages.id, scope.villageId));
  const rows = sortByVillage(
    await db
      .select()
      .from(villages)
      .where(and(...where)),
    (v) => v,
  );
  if (rows.length === 0) return [];
  const held = await db
    .select({
      villageId: positions.villageId,
      post: positions.post,
      startDate: positions.startDate,
      name: persons.name,
      phone: persons.phone,
    })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .where(
      and(
        inArray(
          positions.villageId,
          rows.map((v) => v.id),
        ),
        isNull(positions.endDate),
      ),
    );
  const holderOf = (villageId: string, post: string): Holder | undefined =>
    held.find((h) => h.villageId === villageId && h.post === post);
  return rows.map((v) => {
    const secretary = holderOf(v.id, 'party_secretary');
    const director = holderOf(v.id, 'committee_director');
    const starts = [secretary?.startDate, director?.startDate].filter((d): d is string => Boolean(d));
    const latest = starts.sort().at(-1);
    return [
      v.name,
      v.adultPopulation,
      v.households,
      v.representatives,
      v.partyMembers,
      secretary?.name ?? null,
      secretary?.phone ?? null,
      director?.name ?? null,
      director?.phone ?? null,
      latest ? isoToDate(latest) : null,
      null,
      null,
    ];
  });
}

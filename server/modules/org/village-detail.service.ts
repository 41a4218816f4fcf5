import { and, desc, eq } from 'drizzle-orm';
import type { Scope } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { persons, positions } from '../../db/schema/index.ts';
import type { Post } from '../../domain/roster.ts';
import type { PersonItem, PositionItem } from './org.schema.ts';
import { byChineseName, personScope, positionScope } from './org.scope.ts';
import { getVillageItem } from './villages.service.ts';

type PositionRow = typeof positions.$inferSelect & { personName: string };

export const toPositionItem = (r: PositionRow): PositionItem => ({
  id: r.id,
  villageId: r.villageId,
  personId: r.personId,
  personName: r.personName,
  post: r.post,
  startDate: r.startDate,
  endDate: r.endDate,
  current: r.endDate === null,
});

export const toPersonItem = (p: typeof persons.$inferSelect, currentPosts: Post[]): PersonItem => ({
  id: p.id,
  villageId: p.villageId,
  name: p.name,
  gender: p.gender === '男' || p.gender === '女' ? p.gender : null,
  birthYear: p.birthYear,
  phone: p.phone,
  idCardMasked: p.idCardMasked,
  partyMember: p.partyMember,
  currentPosts,
});

/** Every position of a village, newest first within each post, with the holder's name. */
export async function villagePositions(db: Queryable, scope: Scope, villageId: string) {
  const rows = await db
    .select({ position: positions, personName: persons.name })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .where(and(eq(positions.villageId, villageId), positionScope(scope)))
    .orderBy(positions.post, desc(positions.startDate));
  return rows.map((r) => toPositionItem({ ...r.position, personName: r.personName }));
}

/** One village with its persons and the dated history of its posts. */
export async function getVillageDetail(db: Queryable, scope: Scope, id: string) {
  const village = await getVillageItem(db, scope, id);
  const personRows = await db
    .select()
    .from(persons)
    .where(and(eq(persons.villageId, id), personScope(scope)));
  const positionItems = await villagePositions(db, scope, id);
  const postsOf = (personId: string) =>
    positionItems.filter((p) => p.current && p.personId === personId).map((p) => p.post);
  return {
    ...village,
    persons: personRows.sort(byChineseName).map((p) => toPersonItem(p, postsOf(p.id))),
    positions: positionItems,
  };
}

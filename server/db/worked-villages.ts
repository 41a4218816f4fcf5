import { inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../core/actor.ts';

/**
 * The condition keeping a staff list to the villages the caller works on: a township leader
 * (乡领导/包村干部) sees their contact villages (联系村); everyone else their scope, which
 * scopeWhere already applies. Lists add it beside scopeWhere; a by-id read stays scoped only.
 */
export function workedVillages(actor: Actor, column: PgColumn): SQL | undefined {
  if (actor.role !== 'township_leader') return undefined;
  return actor.contactVillageIds.length ? inArray(column, actor.contactVillageIds) : sql`false`;
}

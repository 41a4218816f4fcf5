import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { persons, positions, townships, villages } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import type { Actor, Scope } from '../../core/actor.ts';
import { forbidden, notFound } from '../../core/errors.ts';

/** Scope columns of the org tables themselves: a township's own id is its township column, and so on. */
export const townshipScope = (scope: Scope) =>
  scopeWhere(scope, { county: townships.countyId, township: townships.id });
export const villageScope = (scope: Scope) =>
  scopeWhere(scope, { county: villages.countyId, township: villages.townshipId, village: villages.id });
export const personScope = (scope: Scope) => scopeWhere(scope, tenantCols(persons));
export const positionScope = (scope: Scope) => scopeWhere(scope, tenantCols(positions));

/** The township an org writer manages (only township offices may write, and they have one). */
export function townshipOf(actor: Actor): { countyId: string; townshipId: string } {
  if (!actor.scope.townshipId) throw forbidden('只有乡镇考评办可以修改村和村干部信息');
  return { countyId: actor.scope.countyId, townshipId: actor.scope.townshipId };
}

export async function findVillage(db: Queryable, scope: Scope, id: string) {
  const [row] = await db
    .select()
    .from(villages)
    .where(and(eq(villages.id, id), villageScope(scope)));
  if (!row) throw notFound('村');
  return row;
}

export async function findPerson(db: Queryable, scope: Scope, id: string) {
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.id, id), personScope(scope)));
  if (!row) throw notFound('人员');
  return row;
}

export async function findPosition(db: Queryable, scope: Scope, id: string) {
  const [row] = await db
    .select()
    .from(positions)
    .where(and(eq(positions.id, id), positionScope(scope)));
  if (!row) throw notFound('任职记录');
  return row;
}

/** Chinese names sorted the way people expect (by pinyin), not by code point. */
export const byChineseName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'zh-Hans-CN');

import type { Actor, Scope } from '../../core/actor.ts';
import { forbidden } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { persons, positions, townships, villages } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';

/** Scope columns of the org tables themselves: a township's own id is its township column, and so on. */
const townshipColumns = { county: townships.countyId, township: townships.id };
const villageColumns = { county: villages.countyId, township: villages.townshipId, village: villages.id };

export const townshipScope = (scope: Scope) => scopeWhere(scope, townshipColumns);
export const villageScope = (scope: Scope) => scopeWhere(scope, villageColumns);
export const personScope = (scope: Scope) => scopeWhere(scope, tenantCols(persons));
export const positionScope = (scope: Scope) => scopeWhere(scope, tenantCols(positions));

/** The township an org writer manages (only township offices may write, and they have one). */
export function townshipOf(actor: Actor): { countyId: string; townshipId: string } {
  if (!actor.scope.townshipId) throw forbidden('只有乡镇考评办可以修改村和村干部信息');
  return { countyId: actor.scope.countyId, townshipId: actor.scope.townshipId };
}

export const townshipInScope = (db: Queryable, scope: Scope, id: string) =>
  findInScope(db, townships, scope, id, '乡镇', { columns: townshipColumns });
export const villageInScope = (db: Queryable, scope: Scope, id: string, lock = false) =>
  findInScope(db, villages, scope, id, '村', { lock, columns: villageColumns });
export const personInScope = (db: Queryable, scope: Scope, id: string, lock = false) =>
  findInScope(db, persons, scope, id, '人员', { lock });
export const positionInScope = (db: Queryable, scope: Scope, id: string, lock = false) =>
  findInScope(db, positions, scope, id, '任职记录', { lock });

/** Chinese names sorted the way people expect (by pinyin), not by code point. */
export const byChineseName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'zh-Hans-CN');

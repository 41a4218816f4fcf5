import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Scope } from '../core/actor.ts';
import { notFound } from '../core/errors.ts';
import type { Queryable } from './client.ts';
import { scopeWhere } from './scope.ts';

/** A tenant table: an id and its county, optionally its township and village. */
type TenantTable = PgTable & {
  id: PgColumn;
  countyId: PgColumn;
  townshipId?: PgColumn;
  villageId?: PgColumn;
};

export type FindOptions = {
  /**
   * Lock the row for the transaction: `true` is `for update` (one writer at a time); `'share'` is
   * `for share` (writers side by side, while one that locks it for update waits for them all).
   */
  lock?: boolean | 'share';
  /**
   * Scope columns of the table when they are not the standard tenant ids (the org tables: a village's
   * own id is its village column).
   */
  columns?: { county: PgColumn; township?: PgColumn; village?: PgColumn };
};

/**
 * The one "find by id within the caller's scope, else 404": the row only when it lies inside the
 * scope (county, township and village, as far as the scope and the table go). `what` names the
 * thing in Chinese for the 404 message (e.g. '表决').
 */
export async function findInScope<T extends TenantTable>(
  db: Queryable,
  table: T,
  scope: Scope,
  id: string,
  what: string,
  options: FindOptions = {},
): Promise<T['$inferSelect']> {
  const columns = options.columns ?? {
    county: table.countyId,
    township: table.townshipId,
    village: table.villageId,
  };
  const query = db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), scopeWhere(scope, columns)));
  const [row] = options.lock ? await query.for(options.lock === 'share' ? 'share' : 'update') : await query;
  if (!row) throw notFound(what);
  return row as T['$inferSelect'];
}

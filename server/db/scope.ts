import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from '../core/actor.ts';

type ScopeColumns = { county: PgColumn; township?: PgColumn; village?: PgColumn };

/**
 * The WHERE condition that keeps a query inside the caller's org units. Every read and every
 * by-id lookup of tenant data goes through here, so scoping is never re-done route by route.
 */
export function scopeWhere(scope: Scope, cols: ScopeColumns): SQL {
  const conditions: SQL[] = [eq(cols.county, scope.countyId)];
  if (scope.townshipId && cols.township) conditions.push(eq(cols.township, scope.townshipId));
  if (scope.villageId && cols.village) conditions.push(eq(cols.village, scope.villageId));
  return and(...conditions)!;
}

/** Columns of a table that carries the standard tenant ids. */
export function tenantCols(table: {
  countyId: PgColumn;
  townshipId?: PgColumn;
  villageId?: PgColumn;
}): ScopeColumns {
  return { county: table.countyId, township: table.townshipId, village: table.villageId };
}

/** Is an org unit (given by its ids) inside the scope? For checking ids a client sends. */
export function isInScope(
  scope: Scope,
  unit: { countyId: string; townshipId?: string | null; villageId?: string | null },
) {
  if (unit.countyId !== scope.countyId) return false;
  if (scope.townshipId && unit.townshipId !== scope.townshipId) return false;
  if (scope.villageId && unit.villageId !== scope.villageId) return false;
  return true;
}

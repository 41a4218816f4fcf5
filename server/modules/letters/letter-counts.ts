import { and, count, eq, inArray, ne } from 'drizzle-orm';
import type { Scope } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { letters, townships } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { isOverdue } from '../../domain/letters.ts';
import { localToday } from '../../domain/local-time.ts';

/**
 * Letters not yet closed within the scope, and how many of them are overdue (assigned, due date
 * passed in their township's zone): the dashboard's figures. Counts only; no letter is shown.
 */
export async function letterCounts(
  db: Queryable,
  scope: Scope,
  now = new Date(),
): Promise<{ open: number; overdue: number }> {
  const open = await db
    .select({ status: letters.status, dueOn: letters.dueOn, zone: townships.timeZone })
    .from(letters)
    .innerJoin(townships, eq(townships.id, letters.townshipId))
    .where(and(scopeWhere(scope, tenantCols(letters)), ne(letters.status, 'closed')));
  const overdue = open.filter((l) => isOverdue(l.status, l.dueOn, localToday(l.zone, now))).length;
  return { open: open.length, overdue };
}

/** Objections (异议 letters) per publication, for the publications' lists. */
export async function objectionCounts(db: Queryable, publicationIds: string[]): Promise<Map<string, number>> {
  if (publicationIds.length === 0) return new Map();
  const rows = await db
    .select({ publicationId: letters.publicationId, n: count() })
    .from(letters)
    .where(inArray(letters.publicationId, publicationIds))
    .groupBy(letters.publicationId);
  return new Map(rows.map((r) => [r.publicationId!, Number(r.n)]));
}

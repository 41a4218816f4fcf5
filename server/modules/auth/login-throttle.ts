import { and, eq, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { loginThrottle } from '../../db/schema/index.ts';

/**
 * Login throttling per account AND source address, with exponential backoff. A source that keeps
 * guessing one account waits longer and longer before its next try is even checked; the same account
 * from another source (its owner's own phone or PC) is not slowed, so nobody can lock anyone out.
 * A success from a source clears that source's count. Counts live in a table, so every server
 * process shares them.
 */

/** Failures a source may make at an account before it has to wait. */
export const FREE_FAILURES = 3;
/** The longest wait, however many failures. */
export const MAX_DELAY_SECONDS = 15 * 60;
/** A count not touched for this long starts again from zero. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

/** Seconds a source must wait after its n-th failure in a row: 0 for the first few, then 1, 2, 4 … capped. */
export function delaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS);
}

const keyOf = (username: string, source: string) =>
  and(eq(loginThrottle.username, username), eq(loginThrottle.source, source));

/** Seconds left before this source may try this account again; 0 when it may try now. */
export async function waitSeconds(db: Queryable, username: string, source: string, now = new Date()) {
  const [row] = await db.select().from(loginThrottle).where(keyOf(username, source));
  if (!row?.retryAfter) return 0;
  const ms = row.retryAfter.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/**
 * Counts one failure of a source at an account and sets when it may try next. Counts nobody touched
 * for a day are deleted first, so guesses from ever new addresses do not pile up rows.
 */
export async function recordFailure(db: Queryable, username: string, source: string, now = new Date()) {
  await purgeOldThrottle(db, now);
  const forgotten = new Date(now.getTime() - FORGET_AFTER_MS).toISOString();
  const [row] = await db
    .insert(loginThrottle)
    .values({ username, source, failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: [loginThrottle.username, loginThrottle.source],
      set: {
        failures: sql`case when ${loginThrottle.updatedAt} < ${forgotten}::timestamptz then 1 else ${loginThrottle.failures} + 1 end`,
        updatedAt: now,
      },
    })
    .returning({ failures: loginThrottle.failures });
  const delay = delaySeconds(row!.failures);
  await db
    .update(loginThrottle)
    .set({ retryAfter: delay > 0 ? new Date(now.getTime() + delay * 1000) : null })
    .where(keyOf(username, source));
}

/** A success from a source clears its count at the account (other sources keep theirs). */
export async function clearFailures(db: Queryable, username: string, source: string) {
  await db.delete(loginThrottle).where(keyOf(username, source));
}

/** Every count of an account (its password was reset: a fresh start from every source). */
export async function clearAccount(db: Queryable, username: string) {
  await db.delete(loginThrottle).where(eq(loginThrottle.username, username));
}

/** Drops counts nobody touched for a day (they would start from zero anyway). */
export async function purgeOldThrottle(db: Queryable, now = new Date()) {
  await db
    .delete(loginThrottle)
    .where(lt(loginThrottle.updatedAt, new Date(now.getTime() - FORGET_AFTER_MS)));
}

import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { loginFailures } from '../../db/schema/index.ts';

/** After this many failures in a row, the username is locked for LOCK_MINUTES. */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

/** Minutes left on a lock, or 0 when the username may try. */
export async function lockedMinutes(db: Queryable, username: string): Promise<number> {
  const [row] = await db.select().from(loginFailures).where(eq(loginFailures.username, username));
  if (!row?.lockedUntil) return 0;
  const ms = row.lockedUntil.getTime() - Date.now();
  return ms > 0 ? Math.ceil(ms / 60_000) : 0;
}

export async function recordFailure(db: Queryable, username: string): Promise<void> {
  const lockUntil = new Date(Date.now() + LOCK_MINUTES * 60_000);
  await db
    .insert(loginFailures)
    .values({ username, failures: 1 })
    .onConflictDoUpdate({
      target: loginFailures.username,
      set: {
        failures: sql`case when ${loginFailures.lockedUntil} < now() then 1 else ${loginFailures.failures} + 1 end`,
        lockedUntil: sql`case when ${loginFailures.failures} + 1 >= ${MAX_FAILURES} and (${loginFailures.lockedUntil} is null or ${loginFailures.lockedUntil} >= now()) then ${lockUntil.toISOString()}::timestamptz else null end`,
        updatedAt: sql`now()`,
      },
    });
}

export async function clearFailures(db: Queryable, username: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.username, username));
}

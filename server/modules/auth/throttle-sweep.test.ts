import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { loginThrottle, rateLimitHits } from '../../db/schema/index.ts';
import { SharedRateCounts } from '../../http/rate-limit-store.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { recordFailure, waitSeconds } from './login-throttle.ts';

/** Neither throttle table grows without end: rows past their use are deleted by the server itself. */

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('the login throttle table', () => {
  it('drops counts untouched for a day when the next failure is recorded', async () => {
    const db = database.db;
    const now = new Date('2027-03-02T08:00:00Z');
    const old = new Date(now.getTime() - 25 * 3600 * 1000);
    const recent = new Date(now.getTime() - 3600 * 1000);
    await db.insert(loginThrottle).values([
      { username: 'a', source: '10.9.0.1', failures: 9, updatedAt: old, retryAfter: old },
      { username: 'b', source: '10.9.0.2', failures: 5, updatedAt: recent, retryAfter: now },
    ]);
    await recordFailure(db, 'c', '10.9.0.3', now);
    const rows = await db.select({ username: loginThrottle.username }).from(loginThrottle);
    expect(rows.map((r) => r.username).sort()).toEqual(['b', 'c']);
    // The recent count still slows its source.
    expect(await waitSeconds(db, 'b', '10.9.0.2', new Date(now.getTime() - 1000))).toBe(1);
  });
});

describe('the shared rate-limit counts', () => {
  it('deletes ended windows at the first flush of a process, keeps the current ones', async () => {
    const db = database.db;
    const now = Date.now();
    await db.insert(rateLimitHits).values([
      {
        key: '*:10.9.1.1',
        windowStart: now - 3 * 3600_000,
        windowEnd: now - 3 * 3600_000 + 60_000,
        hits: 40,
      },
      { key: '*:10.9.1.2', windowStart: now - 30_000, windowEnd: now + 30_000, hits: 3 },
    ]);
    const counts = new SharedRateCounts(db, () => {});
    await counts.hit('10.9.1.3', 60_000, 100);
    await counts.flush();
    await counts.close();
    const keys = (await db.select({ key: rateLimitHits.key }).from(rateLimitHits)).map((r) => r.key);
    expect(keys).not.toContain('*:10.9.1.1');
    expect(keys).toContain('*:10.9.1.2');
    expect(keys).toContain('10.9.1.3');
    expect(await db.select().from(rateLimitHits).where(eq(rateLimitHits.key, '*:10.9.1.2'))).toHaveLength(1);
  });
});

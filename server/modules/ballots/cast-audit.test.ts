import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/actor.ts';
import { type Database, openDatabase } from '../../db/client.ts';
import { createScratchDatabase } from '../../db/scratch-database.ts';
import { appendAudit, lockAuditChain } from '../audit/audit.service.ts';
import { chainQueuedCasts, flushCastAudit } from './cast-audit.ts';

const PG = process.env.DATABASE_URL;
/** Two handles on one database: on PostgreSQL each is what one server process holds. */
let one: Database;
let two: Database;
let drop = async () => {};

beforeAll(async () => {
  if (PG) {
    const scratch = await createScratchDatabase(PG, { prefix: 'vp_test', forceDrop: true });
    drop = scratch.drop;
    one = await openDatabase({ url: scratch.url, poolSize: 6 });
    two = await openDatabase({ url: scratch.url, poolSize: 6 });
  } else {
    one = await openDatabase({});
    two = one;
  }
});
afterAll(async () => {
  if (two !== one) await two.close();
  await one.close();
  await drop();
});

const rows = async <T>(db: Database, query: ReturnType<typeof sql>) =>
  ((await db.db.execute(query)) as unknown as { rows: T[] }).rows;

/** Queues `n` cast entries for a county, naming polls p0, p1, … in turn (the order to find again). */
async function queue(county: string, n: number, polls: string[]) {
  const township = randomUUID();
  await one.db.execute(sql`
    insert into cast_audit_queue (county_id, township_id, poll_id)
    select ${county}::uuid, ${township}::uuid, (${`{${polls.join(',')}}`}::uuid[])[1 + (i % ${polls.length})]
    from generate_series(0, ${n - 1}) as i order by i`);
}

/** The county's chained cast entries, in chain order: the polls they name. */
async function chained(county: string) {
  return (
    await rows<{ entity_id: string }>(
      one,
      sql`select entity_id from audit_log where county_id = ${county} and action = 'ballot.cast' order by chain_seq`,
    )
  ).map((r) => r.entity_id);
}

const expected = (n: number, polls: string[]) => Array.from({ length: n }, (_, i) => polls[i % polls.length]);

describe('chaining queued cast audit entries', () => {
  it('chains a county’s entries in the order they were queued, leaving other counties’ queued', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const polls = [randomUUID(), randomUUID(), randomUUID()];
    await queue(a, 7, polls);
    await queue(b, 4, polls);
    expect(await one.transaction((tx) => chainQueuedCasts(tx, a))).toBe(7);
    expect(await chained(a)).toEqual(expected(7, polls));
    expect(await chained(b)).toEqual([]);
    await flushCastAudit(one);
    expect(await chained(b)).toEqual(expected(4, polls));
    expect(await rows(one, sql`select * from cast_audit_queue`)).toEqual([]);
  });

  it.skipIf(!PG)(
    'chains each entry exactly once and in order when several processes flush and close at once (PostgreSQL only: PGlite is one process)',
    async () => {
      const counties = [randomUUID(), randomUUID()];
      const polls = [randomUUID(), randomUUID()];
      // More than one batch (5000) per county.
      for (const county of counties) await queue(county, 6200, polls);
      await Promise.all([
        flushCastAudit(one),
        flushCastAudit(two),
        one.transaction((tx) => chainQueuedCasts(tx, counties[0])),
        two.transaction((tx) => chainQueuedCasts(tx)),
        flushCastAudit(two),
      ]);
      for (const county of counties) expect(await chained(county)).toEqual(expected(6200, polls));
      expect(await rows(one, sql`select * from cast_audit_queue`)).toEqual([]);
    },
    60_000,
  );

  it.skipIf(!PG)(
    'takes the very lock appendAudit takes for the county’s chain, and only that county’s (PostgreSQL only)',
    async () => {
      const [county, other] = [randomUUID(), randomUUID()];
      const entry = (countyId: string) => ({ action: 'test.lock', entity: 'test', countyId });
      let released = 0;
      let release = () => {};
      const holding = one.transaction(async (tx) => {
        await lockAuditChain(tx, county);
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        released = Date.now();
      });
      await new Promise((r) => setTimeout(r, 100));
      await two.transaction((tx) => appendAudit(tx, SYSTEM_ACTOR, entry(other)));
      expect(released).toBe(0);
      const waiting = two
        .transaction((tx) => appendAudit(tx, SYSTEM_ACTOR, entry(county)))
        .then(() => Date.now());
      await new Promise((r) => setTimeout(r, 300));
      release();
      await holding;
      expect(await waiting).toBeGreaterThanOrEqual(released);
    },
  );
});

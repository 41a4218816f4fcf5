import { sql } from 'drizzle-orm';
import { readConfig } from '../../config.ts';
import { PUBLIC_ACTOR } from '../../core/actor.ts';
import type { Database, Queryable, Tx } from '../../db/client.ts';
import { castAuditQueue } from '../../db/schema/index.ts';
import { appendAuditBatch, lockAuditChain } from '../audit/audit.service.ts';

const BATCH = 5000;

type QueuedRow = { seq: string | number; county_id: string; township_id: string; poll_id: string };

/**
 * Moves up to BATCH queued cast-ballot entries of one county into its hash chain, oldest first, one
 * "ballot cast" entry per ballot, under the county's chain lock: any process may do it, and two never
 * do it at once. Rows are taken with DELETE … RETURNING, so an entry is chained exactly once, and the
 * deletion commits with the chained entries or not at all. Returns how many it chained.
 *
 * The chain lock is taken BEFORE the queue is touched: whoever holds queued rows then already holds
 * their chain, so a use case that appended to the chain and then chains the queue (a poll's close)
 * never waits in a cycle with a chainer.
 */
async function chainBatch(tx: Tx, countyId: string): Promise<number> {
  await lockAuditChain(tx, countyId);
  const rows = (
    (await tx.execute(sql`
      delete from ${castAuditQueue}
      where seq in (
        select seq from ${castAuditQueue} where county_id = ${countyId} order by seq limit ${BATCH} for update)
      returning seq, county_id, township_id, poll_id`)) as unknown as { rows: QueuedRow[] }
  ).rows;
  rows.sort((a, b) => Number(a.seq) - Number(b.seq));
  await appendAuditBatch(
    tx,
    PUBLIC_ACTOR,
    rows.map((r) => ({
      action: 'ballot.cast',
      entity: 'poll',
      entityId: r.poll_id,
      countyId: r.county_id,
      townshipId: r.township_id,
    })),
  );
  return rows.length;
}

async function queuedCounties(db: Queryable): Promise<string[]> {
  const result = (await db.execute(
    sql`select distinct county_id from ${castAuditQueue} order by county_id`,
  )) as unknown as { rows: { county_id: string }[] };
  return result.rows.map((r) => r.county_id);
}

/**
 * Chains, in the caller's transaction, everything queued for the county (every county when none is
 * given). Called when a poll closes: whichever process cast them, every ballot that committed before
 * is then in the chain. The county's chain lock is held until the transaction ends.
 */
export async function chainQueuedCasts(tx: Tx, countyId?: string): Promise<number> {
  let chained = 0;
  for (const county of countyId ? [countyId] : await queuedCounties(tx)) {
    for (;;) {
      const n = await chainBatch(tx, county);
      chained += n;
      if (n < BATCH) break;
    }
  }
  return chained;
}

/** Chains everything queued: one short transaction per county and batch, so no county waits on another. */
export async function flushCastAudit(database: Database): Promise<void> {
  for (const county of await queuedCounties(database.db)) {
    for (;;) {
      const n = await database.transaction((tx) => chainBatch(tx, county));
      if (n < BATCH) break;
    }
  }
}

/**
 * Every `ms`, chain what casting has queued (one flush at a time in this process; processes sharing
 * a database take turns on each county's lock); stop() flushes a last time.
 */
export function startCastAuditChainer(
  database: Database,
  onError: (error: unknown) => void,
  ms = readConfig().castAuditMs,
) {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return running;
    running = flushCastAudit(database)
      .catch(onError)
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), ms);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await tick();
    },
  };
}

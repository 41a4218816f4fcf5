import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../../db/client.ts';
import { castAuditQueue } from '../../db/schema/index.ts';
import { PUBLIC_ACTOR } from '../../core/actor.ts';
import { appendAuditBatch } from '../audit/audit.service.ts';

const BATCH = 5000;

/**
 * Moves queued cast-ballot audit entries into the hash-chained audit log, oldest first, one
 * "ballot cast" entry per ballot. Rows are taken with DELETE … RETURNING, so two flushes never
 * chain the same entry, and the deletion commits with the chained entries or not at all. Without
 * SKIP LOCKED: a flush waits for one in progress, so once a poll's close commits, every cast that
 * committed before it is in the chain.
 */
export async function chainQueuedCasts(tx: Tx): Promise<number> {
  const rows = (
    (await tx.execute(sql`
      delete from ${castAuditQueue}
      where seq in (select seq from ${castAuditQueue} order by seq limit ${BATCH} for update)
      returning seq, county_id, township_id, poll_id`)) as unknown as {
      rows: { seq: string | number; county_id: string; township_id: string; poll_id: string }[];
    }
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

/** Chains everything queued, batch by batch. */
export async function flushCastAudit(database: Database): Promise<void> {
  for (;;) {
    const n = await database.transaction((tx) => chainQueuedCasts(tx));
    if (n < BATCH) return;
  }
}

/** Every `ms`, chain what casting has queued (one flush at a time); stop() flushes a last time. */
export function startCastAuditChainer(database: Database, onError: (error: unknown) => void, ms = 500) {
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

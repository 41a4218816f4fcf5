import { setTimeout as sleep } from 'node:timers/promises';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/actor.ts';
import type { Database } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { type AuditEntryInput, appendAudit, appendAuditBatch } from './audit.service.ts';
import { verifyAllChains } from './audit-verify.service.ts';
import { chainHead } from './chain-head.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const entry = (countyId: string | null, action = 'village.update'): AuditEntryInput => ({
  action,
  entity: 'village',
  countyId,
});

async function chainOf(countyId: string | null) {
  const rows = await database.db.select().from(auditLog).orderBy(auditLog.seq);
  return rows.filter((r) => r.countyId === countyId).map((r) => ({ chainSeq: r.chainSeq, action: r.action }));
}

describe('one audit chain per county', () => {
  it('numbers a batch of several counties per county, in order within each, and every chain verifies', async () => {
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    await database.transaction((tx) =>
      appendAuditBatch(tx, SYSTEM_ACTOR, [entry(a, 'a1'), entry(b, 'b1'), entry(a, 'a2'), entry(null, 's1')]),
    );
    await database.transaction((tx) => appendAudit(tx, SYSTEM_ACTOR, entry(b, 'b2')));
    expect(await chainOf(a)).toEqual([
      { chainSeq: 1, action: 'a1' },
      { chainSeq: 2, action: 'a2' },
    ]);
    expect(await chainOf(b)).toEqual([
      { chainSeq: 1, action: 'b1' },
      { chainSeq: 2, action: 'b2' },
    ]);
    expect((await chainOf(null))[0]).toEqual({ chainSeq: 1, action: 's1' });
    const { chains } = await verifyAllChains(database.db);
    expect(chains.every((c) => c.broken === null)).toBe(true);
    expect((await chainHead(database.db, b)).seq).toBe(2);
  });

  it('stores any text and JSON exactly as hashed, and verifies it (one INSERT of one JSON parameter)', async () => {
    const county = crypto.randomUUID();
    const nasty = ['a,b', '{x}', '"quoted"', 'back\\slash', 'NULL', '', ' 空 格 ', '换\n行', "it's", '😀'];
    const inputs: AuditEntryInput[] = nasty.map((text, i) => ({
      action: `x.${i}`,
      entity: text,
      entityId: i % 2 ? null : text,
      countyId: county,
      townshipId: i % 3 ? crypto.randomUUID() : null,
      before: i % 2 ? null : { text, list: [text, null, 1.5, true], nested: { [text]: text } },
      after: i % 4 ? text : [text],
      reason: i % 2 ? text : null,
    }));
    await database.transaction((tx) => appendAuditBatch(tx, SYSTEM_ACTOR, inputs));
    // As stored: the jsonb's text (drizzle's reader would parse a JSON string value once more).
    const rows = await database.db
      .select({
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        before: sql<string | null>`${auditLog.before}::text`,
        after: sql<string | null>`${auditLog.after}::text`,
        reason: auditLog.reason,
      })
      .from(auditLog)
      .where(eq(auditLog.countyId, county))
      .orderBy(auditLog.chainSeq);
    const stored = rows.map((r) => [
      r.entity,
      r.entityId,
      JSON.parse(r.before ?? 'null'),
      JSON.parse(r.after!),
      r.reason,
    ]);
    expect(stored).toEqual(inputs.map((i) => [i.entity, i.entityId, i.before, i.after, i.reason]));
    const { chains } = await verifyAllChains(database.db);
    expect(chains.find((c) => c.countyId === county)).toMatchObject({ entries: nasty.length, broken: null });
  });

  it('locks each county’s chain on its own: the two-int advisory lock (class 7340001, hashtext of the county)', async () => {
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    // pg_locks shows the two-int form as classid (the class) and objid (the key, as an unsigned oid).
    const held = await database.transaction(async (tx) => {
      await appendAuditBatch(tx, SYSTEM_ACTOR, [entry(a), entry(b), entry(a)]);
      const { rows } = (await tx.execute(sql`
        select count(*)::int as chains,
               count(*) filter (where objid::bigint in (hashtext(${a})::bigint & 4294967295,
                                                         hashtext(${b})::bigint & 4294967295))::int as ours
        from pg_locks
        where locktype = 'advisory' and classid = 7340001 and objsubid = 2 and pid = pg_backend_pid()`)) as unknown as {
        rows: { chains: number; ours: number }[];
      };
      return rows[0];
    });
    expect(held).toEqual({ chains: 2, ours: 2 });
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'lets a county write while another county’s chain is held; the same county waits (PostgreSQL)',
    async () => {
      const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let signalLocked = () => {};
      const locked = new Promise<void>((resolve) => {
        signalLocked = resolve;
      });
      const holder = database.transaction(async (tx) => {
        await appendAudit(tx, SYSTEM_ACTOR, entry(a, 'held'));
        signalLocked();
        await held;
      });
      await locked;
      const other = database.transaction((tx) => appendAudit(tx, SYSTEM_ACTOR, entry(b)));
      expect(await Promise.race([other.then(() => 'done'), sleep(5000).then(() => 'waited')])).toBe('done');
      let sameDone = false;
      const same = database
        .transaction((tx) => appendAudit(tx, SYSTEM_ACTOR, entry(a, 'after')))
        .then(() => {
          sameDone = true;
        });
      await sleep(300);
      expect(sameDone).toBe(false);
      release();
      await Promise.all([holder, same]);
      expect(await chainOf(a)).toEqual([
        { chainSeq: 1, action: 'held' },
        { chainSeq: 2, action: 'after' },
      ]);
    },
  );
});

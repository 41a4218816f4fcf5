import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { and, eq, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/actor.ts';
import { type Database, MIGRATIONS_DIR, openDatabase } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { createScratchDatabase } from '../../db/scratch-database.ts';
import { auditHash, GENESIS_HASH } from '../../domain/audit-chain.ts';
import { checkRecordedHead } from '../../domain/audit-chain-head.ts';
import { appendAudit } from './audit.service.ts';
import { hashAt, verifyAllChains, verifyInScope } from './audit-verify.service.ts';

/**
 * The migration rule for audit rows of a database made by schema 0000 (one global chain), stated in
 * migration 0004: they stay as written, as the legacy segment each county's chain starts from. Both
 * the real 0000 fixture (one county) and a log of two interleaved counties upgrade and still verify.
 */

type Row = Record<string, unknown>;
const FIXTURE = new URL('../../db/upgrade/0000-demo.json', import.meta.url);
/** The fixture's audit rows in seq order (the dump has them in storage order). */
const demoAuditRows = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { audit_log: Row[] }).audit_log.sort(
  (x, y) => Number(x.seq) - Number(y.seq),
);

/** A database at schema 0000 holding `rows` in audit_log, then migrated to the latest schema. */
async function upgradedWith(rows: Row[]): Promise<{ database: Database; drop: () => Promise<void> }> {
  const only0000 = mkdtempSync(join(tmpdir(), 'vp-audit-0000-'));
  mkdirSync(join(only0000, 'meta'));
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8'));
  writeFileSync(
    join(only0000, 'meta/_journal.json'),
    JSON.stringify({ ...journal, entries: [journal.entries[0]] }),
  );
  writeFileSync(join(only0000, '0000_schema.sql'), readFileSync(join(MIGRATIONS_DIR, '0000_schema.sql')));
  const insert = 'insert into audit_log select * from json_populate_recordset(null::audit_log, $1::json)';
  const url = process.env.DATABASE_URL;
  try {
    if (url) {
      const scratch = await createScratchDatabase(url, { prefix: 'vp_audit_upgrade', forceDrop: true });
      const pool = new pg.Pool({ connectionString: scratch.url, max: 1 });
      await migratePg(drizzlePg(pool), { migrationsFolder: only0000 });
      await pool.query(insert, [JSON.stringify(rows)]);
      await pool.end();
      return { database: await openDatabase({ url: scratch.url, poolSize: 4 }), drop: scratch.drop };
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'vp-audit-upgrade-'));
    const client = new PGlite(join(dataDir, 'pg'));
    await migratePglite(drizzlePglite(client), { migrationsFolder: only0000 });
    await client.query(insert, [JSON.stringify(rows)]);
    await client.close();
    return {
      database: await openDatabase({ dataDir }),
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  } finally {
    rmSync(only0000, { recursive: true, force: true });
  }
}

/** Rows as schema 0000's appendAudit wrote them: one chain over every county, hashed with the global seq. */
function globalChain(
  entries: { countyId: string | null; townshipId: string | null; action: string }[],
): Row[] {
  let prev = GENESIS_HASH;
  return entries.map((e, i) => {
    const content = {
      seq: i + 1,
      at: new Date(Date.UTC(2026, 11, 1, 8, 0, i)).toISOString(),
      countyId: e.countyId,
      townshipId: e.townshipId,
      actorId: null,
      actorName: '系统',
      action: e.action,
      entity: 'village',
      entityId: null,
      before: null,
      after: { n: i },
      reason: null,
    };
    const hash = auditHash(prev, content);
    const row = {
      seq: content.seq,
      county_id: e.countyId,
      township_id: e.townshipId,
      at: content.at,
      actor_id: null,
      actor_name: content.actorName,
      action: e.action,
      entity: content.entity,
      entity_id: null,
      before: null,
      after: content.after,
      reason: null,
      prev_hash: prev,
      hash,
    };
    prev = hash;
    return row;
  });
}

/** A county's rows in chain order: global seq, chain seq, legacy mark and links. */
async function chainRows(database: Database, countyId: string) {
  const rows = await database.db.select().from(auditLog).where(eq(auditLog.countyId, countyId));
  return rows
    .sort((x, y) => x.chainSeq - y.chainSeq)
    .map(({ seq, chainSeq, legacy, prevHash, hash }) => ({ seq, chainSeq, legacy, prevHash, hash }));
}

const write = (database: Database, countyId: string | null, townshipId: string | null = null) =>
  database.transaction((tx) =>
    appendAudit(tx, SYSTEM_ACTOR, { action: 'village.update', entity: 'village', countyId, townshipId }),
  );

/** Runs fn on a transaction that is rolled back afterwards. */
async function rolledBack<T>(
  database: Database,
  fn: (tx: Parameters<Parameters<Database['transaction']>[0]>[0]) => Promise<T>,
) {
  let result: T | undefined;
  await database
    .transaction(async (tx) => {
      result = await fn(tx);
      throw new Error('rollback');
    })
    .catch((error: Error) => {
      if (error.message !== 'rollback') throw error;
    });
  return result!;
}

describe('upgrading the audit log of the 0000 fixture (one county)', () => {
  const county = demoAuditRows[0]!.county_id as string;
  const township = demoAuditRows.find((r) => r.township_id)!.township_id as string;
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await upgradedWith(demoAuditRows));
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it('keeps every row as it was, numbered in its county chain as before, and verifies', async () => {
    expect(new Set(demoAuditRows.map((r) => r.county_id))).toEqual(new Set([county]));
    const rows = await chainRows(database, county);
    expect(rows).toHaveLength(demoAuditRows.length);
    for (const [i, row] of rows.entries()) {
      expect(row).toMatchObject({ seq: i + 1, chainSeq: i + 1, legacy: true, hash: demoAuditRows[i]!.hash });
    }
    const { legacy, chains } = await verifyAllChains(database.db);
    expect(legacy).toMatchObject({ rows: demoAuditRows.length, broken: null });
    expect(chains).toEqual([
      expect.objectContaining({
        countyId: county,
        entries: demoAuditRows.length,
        verified: demoAuditRows.length,
        broken: null,
        head: { seq: demoAuditRows.length, hash: demoAuditRows.at(-1)!.hash },
      }),
    ]);
  });

  it('continues the county chain from the last old row; other counties start chains of their own', async () => {
    const other = crypto.randomUUID();
    await write(database, county, township);
    await write(database, other);
    await write(database, county, township);
    await write(database, null);
    const rows = await chainRows(database, county);
    const n = demoAuditRows.length;
    expect(rows.slice(n)).toMatchObject([
      { chainSeq: n + 1, legacy: false, prevHash: demoAuditRows.at(-1)!.hash },
      { chainSeq: n + 2, legacy: false, prevHash: rows[n]!.hash },
    ]);
    // A new row's global seq comes from the sequence, after the old rows.
    expect(rows[n]!.seq).toBe(n + 1);
    const { chains } = await verifyAllChains(database.db);
    expect(chains.map((c) => [c.countyId, c.entries, c.broken])).toEqual([
      ...[
        [county, n + 2, null],
        [other, 1, null],
      ].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)),
      [null, 1, null],
    ]);
    expect(chains.find((c) => c.countyId === other)!.head.seq).toBe(1);
  });

  it('detects an altered old row, and newest rows deleted after a recorded head', async () => {
    const altered = await rolledBack(database, async (tx) => {
      await tx.execute(
        sql`update audit_log set actor_name = '别人' where chain_seq = 3 and county_id = ${county}`,
      );
      return verifyAllChains(tx);
    });
    expect(altered.legacy.broken).toEqual({ seq: 3, why: 'hash' });
    expect(altered.chains.find((c) => c.countyId === county)!.broken).toMatchObject({ seq: 3, why: 'hash' });

    const n = demoAuditRows.length;
    const recorded = { seq: n + 2, hash: (await hashAt(database.db, county, n + 2))!.slice(0, 16) };
    const cut = await rolledBack(database, async (tx) => {
      await tx.execute(sql`delete from audit_log where county_id = ${county} and chain_seq >= ${n}`);
      const { chains } = await verifyAllChains(tx);
      const chain = chains.find((c) => c.countyId === county)!;
      return {
        chain,
        finding: checkRecordedHead(recorded, chain.head, await hashAt(tx, county, recorded.seq)),
      };
    });
    expect(cut.chain.broken).toBeNull();
    expect(cut.finding).toEqual({ kind: 'removed', from: n, to: n + 2 });
  });
});

describe('upgrading a global chain of two interleaved counties', () => {
  const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
  const [ta, tb] = [crypto.randomUUID(), crypto.randomUUID()];
  // Global seq:        1  2  3  4     5  6
  const order = [a, b, a, null, b, a] as const;
  const rows = globalChain(
    order.map((c, i) => ({ countyId: c, townshipId: c === a ? ta : c === b ? tb : null, action: `a${i}` })),
  );
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await upgradedWith(rows));
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it('numbers each county’s old rows 1.. in its chain and verifies them as the old global chain', async () => {
    expect((await chainRows(database, a)).map((r) => [r.seq, r.chainSeq])).toEqual([
      [1, 1],
      [3, 2],
      [6, 3],
    ]);
    expect((await chainRows(database, b)).map((r) => [r.seq, r.chainSeq])).toEqual([
      [2, 1],
      [5, 2],
    ]);
    const { legacy, chains } = await verifyAllChains(database.db);
    expect(legacy).toEqual({ rows: 6, head: { seq: 6, hash: rows[5]!.hash }, broken: null });
    expect(chains.every((c) => c.broken === null)).toBe(true);
  });

  it('links the first new entry of every chain to the last old row, and numbers on per county', async () => {
    await write(database, b, tb);
    await write(database, a, ta);
    await write(database, b, tb);
    await write(database, null);
    const [inA, inB] = [await chainRows(database, a), await chainRows(database, b)];
    expect(inA[3]).toMatchObject({ chainSeq: 4, prevHash: rows[5]!.hash });
    expect(inB[2]).toMatchObject({ chainSeq: 3, prevHash: rows[5]!.hash });
    expect(inB[3]).toMatchObject({ chainSeq: 4, prevHash: inB[2]!.hash });
    const { chains } = await verifyAllChains(database.db);
    expect(chains.map((c) => c.broken)).toEqual([null, null, null]);
  });

  it('reports an old row altered in one county to the other only by its own numbers', async () => {
    const scopeOfB = { countyId: b, townshipId: null, villageId: null };
    const seen = await rolledBack(database, async (tx) => {
      await tx.execute(sql`update audit_log set after = '{"n":99}' where seq = 3`);
      const { chains } = await verifyAllChains(tx);
      return { chains, b: await verifyInScope(tx, scopeOfB) };
    });
    // a's row with global seq 3 is a's second entry; b's first row after it is b's second (global 5).
    expect(seen.chains.find((c) => c.countyId === a)!.broken).toMatchObject({ seq: 2, why: 'hash' });
    expect(seen.chains.find((c) => c.countyId === b)!.broken).toMatchObject({ seq: 2, why: 'legacy' });
    expect(seen.b).toMatchObject({
      ok: false,
      checked: 1,
      firstSeq: 1,
      lastSeq: 1,
      brokenSeq: 2,
      brokenInScope: true,
      why: '它所接续的升级前旧记录校验失败',
    });
    expect(JSON.stringify(seen.b)).not.toContain(a);
  });

  it('detects the newest old row deleted, at the first new entry of each chain', async () => {
    const { chains } = await rolledBack(database, async (tx) => {
      await tx.delete(auditLog).where(and(eq(auditLog.legacy, true), eq(auditLog.seq, 6)));
      return verifyAllChains(tx);
    });
    expect(chains.find((c) => c.countyId === b)!.broken).toMatchObject({ seq: 3, why: 'link' });
    expect(chains.find((c) => c.countyId === null)!.broken).toMatchObject({ seq: 2, why: 'link' });
  });
});

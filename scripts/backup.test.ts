import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, type Queryable } from '../server/db/client.ts';
import { createScratchDatabase } from '../server/db/scratch-database.ts';
import { createDemoScratchDatabase, openDemoDataDir } from '../server/test/test-database.ts';
import { auditReport } from './audit-verify.ts';
import { BackupError, backupPglite, backupPostgres } from './backup.ts';
import { backupKind, restorePglite, restorePostgres, verifyRestored } from './restore.ts';

/** Copying the demo into an on-disk database and backing it up takes a while on a busy machine. */
const SLOW = 240_000;
const work = mkdtempSync(join(tmpdir(), 'vp-backup-'));
const cleanups: (() => Promise<void> | void)[] = [() => rmSync(work, { recursive: true, force: true })];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** What a township's data looks like from outside: demo rows by name, and how many of each kind. */
async function fingerprint(db: Queryable) {
  // Both drivers answer with { rows }; Drizzle's Queryable types the result as unknown.
  const result = await db.execute(sql`
    select concat_ws('|',
      (select string_agg(name, ',' order by name) from villages),
      (select count(*) from users), (select count(*) from persons), (select count(*) from campaigns),
      (select count(*) from polls), (select count(*) from ballots), (select count(*) from pledges),
      (select count(*) from audit_log), (select max(hash) from audit_log)) as what`);
  return (result as unknown as { rows: { what: string }[] }).rows[0]!.what;
}

/** The fingerprint of a database holding the run's demo (and its audit log verified), then closed. */
async function withDemo(database: Database): Promise<string> {
  const seen = await fingerprint(database.db);
  expect((await auditReport(database.db)).exitCode).toBe(0);
  await database.close();
  return seen;
}

describe('backup and restore of the embedded database', () => {
  const dataDir = join(work, 'data');
  const file = join(work, 'township.tar.gz');
  let before = '';

  it(
    'backs up a stopped server’s data directory, ballot.key included',
    async () => {
      before = await withDemo(await openDemoDataDir(dataDir));
      writeFileSync(join(dataDir, 'ballot.key'), `${'ab'.repeat(32)}\n`, { mode: 0o600 });
      const lines = await backupPglite(dataDir, file);
      expect(lines[0]).toContain('已备份嵌入式数据库');
      expect(lines[1]).toContain('ballot.key 已一并备份');
      expect(backupKind(file)).toBe('pglite');
      expect(existsSync(join(dataDir, 'server.lock'))).toBe(false);
    },
    SLOW,
  );

  it('refuses while a server holds the data directory', async () => {
    const server: ChildProcess = spawn('sleep', ['30']);
    cleanups.push(() => void server.kill());
    writeFileSync(join(dataDir, 'server.lock'), String(server.pid));
    try {
      await expect(backupPglite(dataDir, join(work, 'other.tar.gz'))).rejects.toThrow(
        new RegExp(`服务器正在运行：.*进程 ${server.pid}.*请先停止服务器`),
      );
      expect(existsSync(join(work, 'other.tar.gz'))).toBe(false);
    } finally {
      rmSync(join(dataDir, 'server.lock'));
      server.kill();
    }
  });

  it('refuses to write the backup into the data directory itself', async () => {
    await expect(backupPglite(dataDir, join(dataDir, 'x.tar.gz'))).rejects.toThrow(BackupError);
  });

  it(
    'restores into a fresh directory: the same data, the same key, the audit log whole',
    async () => {
      const fresh = join(work, 'restored');
      restorePglite(file, fresh);
      expect(readFileSync(join(fresh, 'ballot.key'), 'utf8')).toBe(
        readFileSync(join(dataDir, 'ballot.key'), 'utf8'),
      );
      const report = await verifyRestored({ dataDir: fresh });
      expect(report.exitCode).toBe(0);
      expect(report.lines.at(-1)).toMatch(/审计链完整.*OK$/);
      const database = await openDatabase({ dataDir: fresh });
      try {
        expect(await fingerprint(database.db)).toBe(before);
      } finally {
        await database.close();
      }
    },
    SLOW,
  );

  it('refuses a non-empty directory and a file that is no backup', () => {
    expect(() => restorePglite(file, dataDir)).toThrow(/不是空的/);
    const junk = join(work, 'junk.bin');
    writeFileSync(junk, 'hello');
    expect(() => backupKind(junk)).toThrow(/不是本系统的备份文件/);
    const empty = join(work, 'empty');
    mkdirSync(empty);
    writeFileSync(join(work, 'other.gz'), Buffer.from([0x1f, 0x8b, 0, 0, 0]));
    expect(() => restorePglite(join(work, 'other.gz'), empty)).toThrow(/没有嵌入式数据库/);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('backup and restore on PostgreSQL', () => {
  it(
    'pg_dump → pg_restore into an empty database: the same data, the audit log whole',
    async () => {
      const serverUrl = process.env.DATABASE_URL!;
      const source = await createDemoScratchDatabase(serverUrl, 'vp_backup');
      const target = await createScratchDatabase(serverUrl, { prefix: 'vp_restore', forceDrop: true });
      cleanups.push(source.drop, target.drop);
      const before = await withDemo(await openDatabase({ url: source.url, poolSize: 2 }));
      const file = join(work, 'township.dump');
      expect((await backupPostgres(source.url, file))[1]).toContain('VP_BALLOT_KEY');
      expect(backupKind(file)).toBe('postgres');
      await expect(restorePostgres(file, source.url)).rejects.toThrow(/不是空的/);
      await restorePostgres(file, target.url);
      expect((await verifyRestored({ url: target.url })).exitCode).toBe(0);
      const database = await openDatabase({ url: target.url, poolSize: 2 });
      try {
        expect(await fingerprint(database.db)).toBe(before);
      } finally {
        await database.close();
      }
    },
    SLOW,
  );
});

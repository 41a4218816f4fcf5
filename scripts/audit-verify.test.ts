import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../server/config.ts';
import { type Database, openDatabase } from '../server/db/client.ts';
import { SYSTEM_ACTOR } from '../server/core/actor.ts';
import { appendAudit } from '../server/modules/audit/audit.service.ts';
import { openTestDatabase } from '../server/test/test-database.ts';
import { type AuditReport, auditReport } from './audit-verify.ts';

const ACTIONS = [
  'village.create',
  'person.create',
  'campaign.create',
  'campaign.update',
  'participant.exclude',
];

async function writeEntries(database: Database) {
  for (const [i, action] of ACTIONS.entries()) {
    await database.transaction((tx) =>
      appendAudit(tx, SYSTEM_ACTOR, {
        action,
        entity: action.split('.')[0]!,
        entityId: `e${i + 1}`,
        countyId: null,
        before: i === 0 ? null : { name: `旧名称${i}`, n: i },
        after: { name: `新名称${i + 1}`, n: i + 1 },
      }),
    );
  }
}

/** Tampers inside a transaction, reports, and rolls back, so each case starts from the whole chain. */
async function reportAfter(database: Database, tamper: string): Promise<AuditReport> {
  let report: AuditReport | undefined;
  await database
    .transaction(async (tx) => {
      await tx.execute(sql.raw(tamper));
      report = await auditReport(tx);
      throw new Error('rollback');
    })
    .catch((error: Error) => {
      if (error.message !== 'rollback') throw error;
    });
  return report!;
}

describe('audit:verify on the configured database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    await writeEntries(database);
  });
  afterAll(() => database.close());

  it('reports every entry checked and OK on an untouched log', async () => {
    const report = await auditReport(database.db);
    expect(report).toEqual({
      exitCode: 0,
      lines: [`审计日志哈希链完整：已校验 ${ACTIONS.length} 条记录。OK`],
    });
  });

  it('names the entry whose "after" was changed', async () => {
    const report = await reportAfter(
      database,
      `update audit_log set after = '{"name":"改过的"}' where seq = 3`,
    );
    expect(report.exitCode).toBe(1);
    expect(report.lines[0]).toMatch(
      /^审计日志校验失败：第一个异常记录是 seq 3（操作 campaign\.create，时间 \d{4}-/,
    );
    expect(report.lines[1]).toContain('内容与哈希不符');
    expect(report.lines[2]).toBe('在它之前的 2 条记录校验通过。');
  });

  it('names the entry whose "before" was changed', async () => {
    const report = await reportAfter(database, `update audit_log set before = null where seq = 2`);
    expect(report.exitCode).toBe(1);
    expect(report.lines[0]).toContain('seq 2（操作 person.create');
  });

  it('names the entry after a deleted one', async () => {
    const report = await reportAfter(database, 'delete from audit_log where seq = 4');
    expect(report.exitCode).toBe(1);
    expect(report.lines[0]).toContain('seq 5（操作 participant.exclude');
    expect(report.lines[1]).toContain('它前面的记录被删除了');
  });

  it('names the entry whose stored hash was overwritten', async () => {
    const report = await reportAfter(database, `update audit_log set hash = repeat('a', 64) where seq = 1`);
    expect(report.lines[0]).toContain('seq 1（');
  });

  it('names a changed actor or time', async () => {
    const actor = await reportAfter(database, `update audit_log set actor_name = '别人' where seq = 5`);
    expect(actor.lines[0]).toContain('seq 5（');
    const time = await reportAfter(
      database,
      `update audit_log set at = at + interval '1 second' where seq = 2`,
    );
    expect(time.lines[0]).toContain('seq 2（');
  });
});

describe('the npm run audit:verify command on an embedded data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-audit-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  function runCommand(): Promise<{ code: number; out: string }> {
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', join(ROOT_DIR, 'scripts/audit-verify.ts')],
        { cwd: ROOT_DIR, env },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
      );
    });
  }

  it('says there is no database in an empty directory (exit 2)', async () => {
    const { code, out } = await runCommand();
    expect(code).toBe(2);
    expect(out).toContain('中没有数据库');
  });

  it('passes, then names the altered entry (exit 1), and refuses while a server holds the directory (exit 2)', async () => {
    const database = await openDatabase({ dataDir });
    await writeEntries(database);
    await database.close();
    const whole = await runCommand();
    expect(whole).toEqual({ code: 0, out: `审计日志哈希链完整：已校验 ${ACTIONS.length} 条记录。OK\n` });

    const held = await openDatabase({ dataDir });
    await held.db.execute(sql`update audit_log set after = '{"n":99}' where seq = 4`);
    const locked = await runCommand();
    await held.close();
    expect(locked.code).toBe(2);
    expect(locked.out).toContain(`服务器正在运行（进程 ${process.pid} 正在使用数据目录 ${dataDir}）`);

    const broken = await runCommand();
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('第一个异常记录是 seq 4（操作 campaign.update');
  }, 120_000);
});

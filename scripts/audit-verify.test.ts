import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../server/config.ts';
import { SYSTEM_ACTOR } from '../server/core/actor.ts';
import { type Database, openDatabase, type Queryable, type Tx } from '../server/db/client.ts';
import { counties } from '../server/db/schema/index.ts';
import { appendAudit } from '../server/modules/audit/audit.service.ts';
import { openTestDatabase } from '../server/test/test-database.ts';
import { type AuditReport, auditReport, type HeadArg, parseArgs } from './audit-verify.ts';

const ACTIONS = [
  'village.create',
  'person.create',
  'campaign.create',
  'campaign.update',
  'participant.exclude',
];
const COUNTY_A = '11111111-1111-4111-8111-111111111111';
const COUNTY_B = '22222222-2222-4222-8222-222222222222';
const TOWNSHIP_A = ['a1111111-1111-4111-8111-111111111111', 'a2222222-2222-4222-8222-222222222222'];

/** County A (示范县): the five actions over two townships; 邻县 B: two; one system-wide entry. */
async function writeEntries(database: Database) {
  await database.transaction(async (tx) => {
    await tx.insert(counties).values([
      { id: COUNTY_A, countyId: COUNTY_A, name: '示范县' },
      { id: COUNTY_B, countyId: COUNTY_B, name: '邻县' },
    ]);
  });
  for (const [i, action] of ACTIONS.entries()) {
    await database.transaction(async (tx) => {
      await appendAudit(tx, SYSTEM_ACTOR, {
        action,
        entity: action.split('.')[0]!,
        entityId: `e${i + 1}`,
        countyId: COUNTY_A,
        townshipId: TOWNSHIP_A[i % 2]!,
        before: i === 0 ? null : { name: `旧名称${i}`, n: i },
        after: { name: `新名称${i + 1}`, n: i + 1 },
      });
      if (i < 2) await appendAudit(tx, SYSTEM_ACTOR, { action, entity: 'village', countyId: COUNTY_B });
    });
  }
  await database.transaction((tx) =>
    appendAudit(tx, SYSTEM_ACTOR, { action: 'demo.load', entity: 'county', countyId: null }),
  );
}

const WHOLE = [
  '示范县（11111111-1111-4111-8111-111111111111）审计链完整：已校验 5 条记录，审计链：第 5 条 · 哈希 ',
  '邻县（22222222-2222-4222-8222-222222222222）审计链完整：已校验 2 条记录，审计链：第 2 条 · 哈希 ',
  '系统审计链（不属于任何县的记录）完整：已校验 1 条记录，审计链：第 1 条 · 哈希 ',
];

/** Tampers inside a transaction, reports, and rolls back, so each case starts from the whole chains. */
async function reportAfter(
  database: Database,
  tamper: string | ((tx: Tx) => Promise<unknown>),
  heads: HeadArg[] = [],
): Promise<AuditReport> {
  let report: AuditReport | undefined;
  await database
    .transaction(async (tx) => {
      await (typeof tamper === 'string' ? tx.execute(sql.raw(tamper)) : tamper(tx));
      report = await auditReport(tx, heads);
      throw new Error('rollback');
    })
    .catch((error: Error) => {
      if (error.message !== 'rollback') throw error;
    });
  return report!;
}

const inA = (chainSeq: number) => `county_id = '${COUNTY_A}' and chain_seq = ${chainSeq}`;

async function hashOf(db: Queryable, chainSeq: number): Promise<string> {
  const { rows } = (await db.execute(
    sql.raw(`select hash from audit_log where ${inA(chainSeq)}`),
  )) as unknown as { rows: { hash: string }[] };
  return rows[0]!.hash;
}

describe('audit:verify on the configured database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    await writeEntries(database);
  });
  afterAll(() => database.close());

  it('reports every chain whole, each numbered on its own', async () => {
    const report = await auditReport(database.db);
    expect(report.exitCode).toBe(0);
    expect(report.lines).toHaveLength(4);
    for (const [i, start] of WHOLE.entries())
      expect(report.lines[i]).toMatch(new RegExp(`^${start}[0-9a-f]{16}…。$`));
    expect(report.lines[3]).toBe('全部 3 条审计链完整：共校验 8 条记录。OK');
  });

  it('names the entry whose "after" was changed, in its county chain; the other chains stay whole', async () => {
    const report = await reportAfter(
      database,
      `update audit_log set after = '{"name":"改过的"}' where ${inA(3)}`,
    );
    expect(report.exitCode).toBe(1);
    expect(report.lines[0]).toMatch(
      /^示范县（11111111-1111-4111-8111-111111111111）审计链校验失败：第一个异常记录是第 3 条（操作 campaign\.create，时间 \d{4}年\d+月\d+日 \d\d:\d\d，操作人 系统）。$/,
    );
    expect(report.lines[1]).toBe('原因：内容与哈希不符（记录被改动过）');
    expect(report.lines[2]).toBe('在它之前的 2 条记录校验通过。');
    expect(report.lines[3]).toContain(WHOLE[1]);
    expect(report.lines[4]).toContain(WHOLE[2]);
    expect(report.lines.at(-1)).toBe('审计日志校验失败：请立即报告县委组织部。');
  });

  it('names the entry whose "before" was changed', async () => {
    const report = await reportAfter(database, `update audit_log set before = null where ${inA(2)}`);
    expect(report.exitCode).toBe(1);
    expect(report.lines[0]).toContain('第 2 条（操作 person.create');
  });

  it('names the entry after a deleted one', async () => {
    const report = await reportAfter(database, `delete from audit_log where ${inA(4)}`);
    expect(report.exitCode).toBe(1);
    expect(report.lines[0]).toContain('第 5 条（操作 participant.exclude');
    expect(report.lines[1]).toContain('它前面的记录被删除了');
  });

  it('names an entry moved into another county chain, in both', async () => {
    const report = await reportAfter(
      database,
      `update audit_log set county_id = '${COUNTY_B}', chain_seq = 3 where ${inA(5)}`,
    );
    expect(report.exitCode).toBe(1);
    expect(report.lines.join('\n')).toContain(
      '邻县（22222222-2222-4222-8222-222222222222）审计链校验失败：第一个异常记录是第 3 条',
    );
  });

  it('names the entry whose stored hash was overwritten, and a changed actor or time', async () => {
    const hash = await reportAfter(database, `update audit_log set hash = repeat('a', 64) where ${inA(1)}`);
    expect(hash.lines[0]).toContain('第 1 条（');
    const actor = await reportAfter(database, `update audit_log set actor_name = '别人' where ${inA(5)}`);
    expect(actor.lines[0]).toContain('第 5 条（');
    const time = await reportAfter(
      database,
      `update audit_log set at = at + interval '1 second' where ${inA(2)}`,
    );
    expect(time.lines[0]).toContain('第 2 条（');
  });

  it('detects the newest entries deleted only with a head recorded before', async () => {
    const head = { seq: 5, hash: (await hashOf(database.db, 5)).slice(0, 16) };
    const cut = `delete from audit_log where county_id = '${COUNTY_A}' and chain_seq >= 4`;
    // Without a recorded head, a cut at the newest end leaves every link whole.
    expect((await reportAfter(database, cut)).exitCode).toBe(0);
    for (const county of ['示范县', COUNTY_A]) {
      const report = await reportAfter(database, cut, [{ county, head }]);
      expect(report.exitCode).toBe(1);
      expect(report.lines).toContain(
        `示范县（${COUNTY_A}）审计链：记录的链头第 5 条（哈希 ${head.hash}…）之后的记录被删除了：现在链中只到第 3 条，缺少第 4–5 条。`,
      );
    }
    const earlier = { seq: 3, hash: await hashOf(database.db, 3) };
    const still = await reportAfter(database, cut, [{ county: '示范县', head: earlier }]);
    expect(still.exitCode).toBe(0);
    expect(still.lines).toContain(
      `示范县（${COUNTY_A}）审计链：记录的链头第 3 条（哈希 ${earlier.hash.slice(0, 16)}…）仍在链中。`,
    );
  });

  it('detects a chain cut and written on again: the recorded entry has another hash', async () => {
    const [four, five] = [await hashOf(database.db, 4), await hashOf(database.db, 5)];
    const rewrite = async (tx: Tx) => {
      await tx.execute(sql.raw(`delete from audit_log where county_id = '${COUNTY_A}' and chain_seq >= 4`));
      await appendAudit(tx, SYSTEM_ACTOR, {
        action: 'village.update',
        entity: 'village',
        countyId: COUNTY_A,
      });
    };
    const report = await reportAfter(database, rewrite, [
      { county: '示范县', head: { seq: 4, hash: four.slice(0, 16) } },
      { county: '示范县', head: { seq: 5, hash: five } },
    ]);
    expect(report.exitCode).toBe(1);
    expect(report.lines).toContain(
      `示范县（${COUNTY_A}）审计链：第 4 条的哈希与记录的链头第 4 条（哈希 ${four.slice(0, 16)}…）不符：链从该处起被改写过。`,
    );
    expect(report.lines).toContain(
      `示范县（${COUNTY_A}）审计链：记录的链头第 5 条（哈希 ${five.slice(0, 16)}…）之后的记录被删除了：现在链中只到第 4 条，缺少第 5 条。`,
    );
  });

  it('checks a head of the system chain and refuses an unknown county (exit 2)', async () => {
    const { rows } = (await database.db.execute(
      sql`select hash from audit_log where county_id is null`,
    )) as unknown as { rows: { hash: string }[] };
    const system = await auditReport(database.db, [
      { county: 'system', head: { seq: 1, hash: rows[0]!.hash } },
    ]);
    expect(system.exitCode).toBe(0);
    const unknown = await auditReport(database.db, [
      { county: '无此县', head: { seq: 1, hash: 'ab12cd34' } },
    ]);
    expect(unknown).toEqual({ exitCode: 2, lines: ['没有找到县“无此县”（请给出县的名称或编号）。'] });
  });
});

describe('the command line', () => {
  it.each([
    [[], { heads: [] }],
    [
      [
        '--county',
        '示范县',
        '--head',
        '35:AB12CD34EF567890',
        '--head',
        '40:ab12cd34',
        '--county',
        'x',
        '--head',
        '1:abcdef12',
      ],
      {
        heads: [
          { county: '示范县', head: { seq: 35, hash: 'ab12cd34ef567890' } },
          { county: '示范县', head: { seq: 40, hash: 'ab12cd34' } },
          { county: 'x', head: { seq: 1, hash: 'abcdef12' } },
        ],
      },
    ],
    [['--head', '35:ab12cd34'], { error: '--head 前面要先用 --county 指明是哪个县的审计链' }],
    [['--county'], { error: '--county 后面缺少取值' }],
    [['--verbose', 'x'], { error: '不认识的参数 --verbose' }],
  ])('%j', (argv, parsed) => {
    expect(parseArgs(argv)).toEqual(parsed);
  });

  it('refuses a malformed head', () => {
    expect(parseArgs(['--county', 'a', '--head', '35'])).toEqual({
      error: '链头 35 的格式应为 序号:哈希（哈希至少 8 位十六进制），如 35:ab12cd34ef567890',
    });
  });
});

describe('the npm run audit:verify command on an embedded data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-audit-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  function runCommand(...args: string[]): Promise<{ code: number; out: string }> {
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', join(ROOT_DIR, 'scripts/audit-verify.ts'), ...args],
        { cwd: ROOT_DIR, env },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
      );
    });
  }

  it('says there is no database in an empty directory (exit 2), or that the arguments are wrong', async () => {
    const { code, out } = await runCommand();
    expect(code).toBe(2);
    expect(out).toContain('中没有数据库');
    const wrong = await runCommand('--head', '1:abcdef12');
    expect(wrong.code).toBe(2);
    expect(wrong.out).toContain('用法：npm run audit:verify -- [--county 县名称或编号 --head 序号:哈希 …]');
  });

  it('passes, then names the altered entry and the missing ones (exit 1), and refuses while a server holds the directory (exit 2)', async () => {
    const database = await openDatabase({ dataDir });
    await writeEntries(database);
    const head = `5:${(await hashOf(database.db, 5)).slice(0, 16)}`;
    await database.close();
    const whole = await runCommand('--county', '示范县', '--head', head);
    expect(whole.code).toBe(0);
    expect(whole.out).toContain('全部 3 条审计链完整：共校验 8 条记录。OK\n');

    const held = await openDatabase({ dataDir });
    await held.db.execute(sql.raw(`update audit_log set after = '{"n":99}' where ${inA(4)}`));
    await held.db.execute(sql.raw(`delete from audit_log where ${inA(5)}`));
    const locked = await runCommand();
    await held.close();
    expect(locked.code).toBe(2);
    expect(locked.out).toContain(`服务器正在运行（进程 ${process.pid} 正在使用数据目录 ${dataDir}）`);

    const broken = await runCommand('--county', COUNTY_A, '--head', head);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('第一个异常记录是第 4 条（操作 campaign.update');
    expect(broken.out).toContain('缺少第 5 条。');
  }, 120_000);
});

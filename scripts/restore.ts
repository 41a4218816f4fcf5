// npm run restore -- <file>: a backup of `npm run backup` into a fresh database, then the audit check.
//   A .tar.gz of the embedded database: into DATA_DIR, which must not exist yet or be empty.
//   A pg_dump custom-format file: into the empty PostgreSQL database of DATABASE_URL (pg_restore).
// The restored database is migrated to this version and its audit chains verified.
// Exit codes: 0 restored and the audit log whole, 1 restored but the audit check failed, 2 refused.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { readConfig } from '../server/config.ts';
import { type Database, openDatabase } from '../server/db/client.ts';
import { auditReport } from './audit-verify.ts';
import { BackupError, runTool } from './backup.ts';

export type BackupKind = 'pglite' | 'postgres';

/** What a backup file holds, by its first bytes: pg_dump's "PGDMP", or gzip (the data directory's tar). */
export function backupKind(file: string): BackupKind {
  if (!existsSync(file)) throw new BackupError(`备份文件 ${file} 不存在。`);
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  throw new BackupError(`${file} 不是本系统的备份文件（npm run backup 生成的文件）。`);
}

/** Unpacks a data directory's backup into a new or empty folder. */
export function restorePglite(file: string, dataDir: string): void {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new BackupError(
      `数据目录 ${dataDir} 不是空的：恢复只写入新的空目录，不会覆盖现有数据。请用 DATA_DIR 指定一个新目录，或把原目录改名保存后再试。`,
    );
  const list = spawnSync('tar', ['-tzf', file], { encoding: 'utf8' });
  if (list.status !== 0 || !/^(\.\/)?pg\/PG_VERSION$/m.test(list.stdout))
    throw new BackupError(`${file} 中没有嵌入式数据库（不是 npm run backup 生成的文件，或已损坏）。`);
  mkdirSync(dataDir, { recursive: true });
  try {
    runTool('tar', ['-xzf', file, '-C', dataDir], '解包备份');
  } catch (error) {
    for (const entry of readdirSync(dataDir))
      rmSync(resolve(dataDir, entry), { recursive: true, force: true });
    throw error;
  }
}

/** pg_restore into an empty database, in one transaction (a failure leaves it empty). */
export async function restorePostgres(file: string, url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')",
    );
    if (rows[0].n > 0)
      throw new BackupError(
        '目标数据库不是空的：恢复只写入新建的空数据库（如 createdb village_pledge_restored），不会覆盖现有数据。',
      );
  } finally {
    await client.end();
  }
  runTool(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`, file],
    '恢复 PostgreSQL 数据库',
  );
}

/** Opens the restored database (migrating it to this version) and verifies its audit chains. */
export async function verifyRestored(options: { url: string } | { dataDir: string }) {
  const database: Database = await openDatabase(options);
  try {
    return await auditReport(database.db);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.length !== 1 || argv[0]!.startsWith('-')) {
    console.error(
      '用法：npm run restore -- <备份文件>（恢复到 DATA_DIR 指定的新目录，或 DATABASE_URL 指定的空数据库）',
    );
    return 2;
  }
  const file = resolve(argv[0]!);
  try {
    const config = readConfig();
    const kind = backupKind(file);
    if (kind === 'pglite' && config.databaseUrl)
      throw new BackupError(
        '这是嵌入式数据库的备份：请不设置 DATABASE_URL，用 DATA_DIR 指定一个新的空目录来恢复。',
      );
    if (kind === 'postgres' && !config.databaseUrl)
      throw new BackupError('这是 PostgreSQL 数据库的备份：请用 DATABASE_URL 指定一个新建的空数据库来恢复。');
    if (config.databaseUrl) await restorePostgres(file, config.databaseUrl);
    else restorePglite(file, config.dataDir);
    const where = config.databaseUrl ? 'PostgreSQL 数据库' : `数据目录 ${config.dataDir}`;
    console.log(`已把 ${file} 恢复到${where}。正在校验审计日志……`);
    const report = await verifyRestored(
      config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
    );
    for (const line of report.lines) (report.exitCode === 0 ? console.log : console.error)(line);
    if (config.databaseUrl) console.log('请让每个服务器进程使用与备份时相同的 VP_BALLOT_KEY。');
    return report.exitCode === 0 ? 0 : 1;
  } catch (error) {
    console.error(error instanceof BackupError ? error.message : `恢复失败：${(error as Error).message}`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}

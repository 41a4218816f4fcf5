// npm run backup -- <file>: a consistent backup of the configured database.
//   Embedded database (PGlite, DATA_DIR): only while the server is stopped (the data directory's lock
//   is held otherwise); the whole data directory, ballot.key included, as a .tar.gz.
//   PostgreSQL (DATABASE_URL): pg_dump's custom format, taken while the servers run (one snapshot).
// Exit codes: 0 written, 2 refused or failed (the reason printed in Chinese).
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { readConfig } from '../server/config.ts';
import { acquireDataDirLock } from '../server/db/data-dir-lock.ts';

/** A refusal or failure with a message for the operator. */
export class BackupError extends Error {}

/** Runs a command-line tool; a missing tool or a failure becomes a BackupError naming it. */
export function runTool(tool: string, args: string[], what: string): void {
  const result = spawnSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new BackupError(
      missing
        ? `找不到 ${tool} 命令：${what}需要它（PostgreSQL 的客户端工具或系统自带的 tar）。`
        : result.error.message,
    );
  }
  if (result.status !== 0) throw new BackupError(`${what}失败（${tool}）：${result.stderr.trim()}`);
}

/** Takes the data directory's lock, or says that the server must be stopped first. */
export function lockStoppedDataDir(dataDir: string, command: string): () => void {
  try {
    return acquireDataDirLock(dataDir);
  } catch (error) {
    throw new BackupError(
      `服务器正在运行：${(error as Error).message}。` +
        `嵌入式数据库只能在服务器停止时${command}：请先停止服务器（如 systemctl stop village-pledge），完成后再启动。`,
    );
  }
}

const KEY_REMINDER =
  '请另外妥善保管表决码密钥 VP_BALLOT_KEY（与备份分开存放）：恢复后没有同一个密钥，已发放的表决码将无法再打开选票。';

/** The embedded database, checkpointed so its files are whole, and the data directory as a .tar.gz. */
export async function backupPglite(dataDir: string, file: string): Promise<string[]> {
  if (!existsSync(resolve(dataDir, 'pg')))
    throw new BackupError(`数据目录 ${dataDir} 中没有数据库（可用 DATA_DIR 指定数据目录）。`);
  const inside = relative(dataDir, file);
  if (!inside.startsWith('..') && !inside.startsWith('/'))
    throw new BackupError('备份文件不能放在数据目录里面：请换一个位置（最好是另一块硬盘或U盘）。');
  const release = lockStoppedDataDir(dataDir, '备份');
  const partial = `${file}.partial`;
  try {
    // Opening runs recovery after an unclean stop; the checkpoint writes everything to the files.
    const client = new PGlite(resolve(dataDir, 'pg'));
    await client.waitReady;
    await client.exec('CHECKPOINT');
    await client.close();
    runTool('tar', ['-czf', partial, '-C', dataDir, '--exclude=./server.lock', '.'], '打包数据目录');
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
    release();
  }
  const keyLine = existsSync(resolve(dataDir, 'ballot.key'))
    ? '表决码密钥 ballot.key 已一并备份：备份文件须像密钥一样保管。'
    : process.env.VP_BALLOT_KEY
      ? KEY_REMINDER
      : '数据目录中还没有表决码密钥 ballot.key（尚未发放过表决码）。';
  return [`已备份嵌入式数据库（${dataDir}）到 ${file}。`, keyLine];
}

/** pg_dump in its custom format (one consistent snapshot, restorable with pg_restore). */
export async function backupPostgres(url: string, file: string): Promise<string[]> {
  const partial = `${file}.partial`;
  try {
    runTool('pg_dump', ['--format=custom', `--file=${partial}`, `--dbname=${url}`], '导出 PostgreSQL 数据库');
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return [`已用 pg_dump 备份 PostgreSQL 数据库到 ${file}。`, KEY_REMINDER];
}

async function main(argv: string[]): Promise<number> {
  if (argv.length !== 1 || argv[0]!.startsWith('-')) {
    console.error('用法：npm run backup -- <备份文件>，如 npm run backup -- /mnt/usb/vp-2027-03-01.backup');
    return 2;
  }
  const file = resolve(argv[0]!);
  if (!existsSync(dirname(file))) {
    console.error(`目录 ${dirname(file)} 不存在。`);
    return 2;
  }
  try {
    const config = readConfig();
    const lines = config.databaseUrl
      ? await backupPostgres(config.databaseUrl, file)
      : await backupPglite(config.dataDir, file);
    for (const line of lines) console.log(line);
    return 0;
  } catch (error) {
    console.error(error instanceof BackupError ? error.message : `备份失败：${(error as Error).message}`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}

// Opening the configured database for a command-line check (audit:verify, archive:verify): the same
// refusals and exit codes for each, so a check run while the server holds the embedded database, or
// pointed at an empty folder, says so instead of failing obscurely.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../server/config.ts';
import { type Database, openDatabase } from '../server/db/client.ts';

/** The pid holding the embedded database's lock, when that process is still alive. */
function runningServerPid(dataDir: string): number | null {
  const lockFile = join(dataDir, 'server.lock');
  if (!existsSync(lockFile)) return null;
  const pid = Number(readFileSync(lockFile, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

class CannotOpen extends Error {}

/** The innermost cause: a failed migration query says little, the connection error under it says why. */
function rootCause(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  const e = current as NodeJS.ErrnoException;
  return e.message || e.code || String(current);
}

/** `command` (e.g. 'archive:verify') and what to do instead while the server runs name the way out. */
async function openConfigured(command: string, insteadWhileRunning: string): Promise<Database> {
  const config = readConfig();
  if (config.databaseUrl) return openDatabase({ url: config.databaseUrl });
  const pid = runningServerPid(config.dataDir);
  if (pid !== null) {
    throw new CannotOpen(
      `服务器正在运行（进程 ${pid} 正在使用数据目录 ${config.dataDir}）。嵌入式数据库同一时间只能由一个进程打开：` +
        `请先停止服务器再运行 npm run ${command}，或${insteadWhileRunning}。`,
    );
  }
  if (!existsSync(join(config.dataDir, 'pg'))) {
    throw new CannotOpen(`数据目录 ${config.dataDir} 中没有数据库（可用 DATA_DIR 或 DATABASE_URL 指定）。`);
  }
  return openDatabase({ dataDir: config.dataDir });
}

/**
 * Runs a check on the configured database and returns its exit code: the check's own, or 2 when the
 * database could not be opened (the reason printed in Chinese).
 */
export async function withConfiguredDatabase(
  command: string,
  insteadWhileRunning: string,
  check: (database: Database) => Promise<number>,
): Promise<number> {
  let database: Database;
  try {
    database = await openConfigured(command, insteadWhileRunning);
  } catch (error) {
    console.error(error instanceof CannotOpen ? error.message : `无法打开数据库：${rootCause(error)}`);
    return 2;
  }
  try {
    return await check(database);
  } finally {
    await database.close();
  }
}

// npm run audit:verify — re-computes the audit log's hash chain and names the first broken entry.
// Exit codes: 0 the chain is whole, 1 an entry was altered or removed, 2 the database could not be opened.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eq, lt, sql } from 'drizzle-orm';
import { readConfig } from '../server/config.ts';
import { type Database, openDatabase, type Queryable } from '../server/db/client.ts';
import { auditLog } from '../server/db/schema/index.ts';
import { verifyAuditChain } from '../server/modules/audit/audit.service.ts';

const WHY_ZH: Record<string, string> = {
  'prev_hash does not match the previous entry': '与前一条记录的哈希衔接不上',
  'hash does not match the content': '内容与哈希不符（记录被改动过）',
  'sequence gap: an entry before it was removed': '序号不连续（它前面的记录被删除了）',
};

export type AuditReport = { exitCode: 0 | 1; lines: string[] };

/** Verifies the chain and describes the result in a few lines for the terminal. */
export async function auditReport(db: Queryable): Promise<AuditReport> {
  const { checked, broken } = await verifyAuditChain(db);
  if (!broken) return { exitCode: 0, lines: [`审计日志哈希链完整：已校验 ${checked} 条记录。OK`] };
  const [entry] = await db
    .select({ action: auditLog.action, at: auditLog.at, actorName: auditLog.actorName })
    .from(auditLog)
    .where(eq(auditLog.seq, broken.seq));
  const [before] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(lt(auditLog.seq, broken.seq));
  const what = entry
    ? `操作 ${entry.action}，时间 ${entry.at.toISOString()}，操作人 ${entry.actorName}`
    : '该记录已不存在';
  return {
    exitCode: 1,
    lines: [
      `审计日志校验失败：第一个异常记录是 seq ${broken.seq}（${what}）。`,
      `原因：${WHY_ZH[broken.why] ?? broken.why}（${broken.why}）`,
      `在它之前的 ${before?.n ?? 0} 条记录校验通过。`,
    ],
  };
}

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

async function openConfigured(): Promise<Database> {
  const config = readConfig();
  if (config.databaseUrl) return openDatabase({ url: config.databaseUrl });
  const pid = runningServerPid(config.dataDir);
  if (pid !== null) {
    throw new CannotOpen(
      `服务器正在运行（进程 ${pid} 正在使用数据目录 ${config.dataDir}）。嵌入式数据库同一时间只能由一个进程打开：` +
        '请先停止服务器再运行 npm run audit:verify，或在系统中打开“审计日志”页面进行校验。',
    );
  }
  if (!existsSync(join(config.dataDir, 'pg'))) {
    throw new CannotOpen(`数据目录 ${config.dataDir} 中没有数据库（可用 DATA_DIR 或 DATABASE_URL 指定）。`);
  }
  return openDatabase({ dataDir: config.dataDir });
}

async function main(): Promise<number> {
  let database: Database;
  try {
    database = await openConfigured();
  } catch (error) {
    console.error(error instanceof CannotOpen ? error.message : `无法打开数据库：${rootCause(error)}`);
    return 2;
  }
  try {
    const report = await auditReport(database.db);
    for (const line of report.lines) (report.exitCode === 0 ? console.log : console.error)(line);
    return report.exitCode;
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}

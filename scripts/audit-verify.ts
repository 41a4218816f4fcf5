// npm run audit:verify — re-computes every audit hash chain (one per county) and names the first
// broken entry of each. Given chain heads recorded elsewhere (printed on every generated document):
//   npm run audit:verify -- --county <county id or name> --head <seq>:<hash> [--head …] [--county …]
// it also detects entries removed after them (a cut at the newest end leaves no broken link).
// Exit codes: 0 every chain is whole and every recorded head is there, 1 an entry was altered or
// removed, 2 the database could not be opened or the arguments are wrong.
import { pathToFileURL } from 'node:url';
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../server/db/client.ts';
import { auditLog, counties } from '../server/db/schema/index.ts';
import { BREAK_REASON_LABELS } from '../server/domain/audit-chain.ts';
import {
  type ChainHead,
  chainHeadLine,
  checkRecordedHead,
  type HeadFinding,
  PRINTED_HASH_DIGITS,
  parseRecordedHead,
  type RecordedHead,
} from '../server/domain/audit-chain-head.ts';
import { formatLocalDateTime } from '../server/domain/local-time.ts';
import { chainWhere } from '../server/modules/audit/audit.service.ts';
import { type ChainCheck, hashAt, verifyAllChains } from '../server/modules/audit/audit-verify.service.ts';
import { withConfiguredDatabase } from './configured-database.ts';

/** A recorded head to check: the county as given (id, name, or 'system') and the head. */
export type HeadArg = { county: string; head: RecordedHead };

/** `--county X --head 35:ab12… --head …` pairs; a --head belongs to the --county before it. */
export function parseArgs(argv: string[]): { heads: HeadArg[] } | { error: string } {
  const heads: HeadArg[] = [];
  let county: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag !== '--county' && flag !== '--head') return { error: `不认识的参数 ${flag}` };
    if (value === undefined) return { error: `${flag} 后面缺少取值` };
    i += 1;
    if (flag === '--county') {
      county = value;
      continue;
    }
    if (county === null) return { error: '--head 前面要先用 --county 指明是哪个县的审计链' };
    const head = parseRecordedHead(value);
    if (!head)
      return { error: `链头 ${value} 的格式应为 序号:哈希（哈希至少 8 位十六进制），如 35:ab12cd34ef567890` };
    heads.push({ county, head });
  }
  return { heads };
}

export type AuditReport = { exitCode: 0 | 1 | 2; lines: string[] };

type ChainName = (countyId: string | null) => string;

async function chainNames(
  db: Queryable,
): Promise<{ name: ChainName; resolve: (arg: string) => string | null | undefined }> {
  const rows = await db.select({ id: counties.id, name: counties.name }).from(counties);
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return {
    name: (id) =>
      id === null
        ? '系统审计链（不属于任何县的记录）'
        : `${byId.get(id) ?? '（已不存在的县）'}（${id}）审计链`,
    /** A county given by id or name: its id; null for the system chain; undefined when unknown. */
    resolve: (arg) => {
      if (arg === 'system') return null;
      if (byId.has(arg)) return arg;
      const named = rows.filter((r) => r.name === arg);
      return named.length === 1 ? named[0]!.id : undefined;
    },
  };
}

async function brokenLines(db: Queryable, chain: ChainCheck, name: string): Promise<string[]> {
  const broken = chain.broken!;
  const [entry] = await db
    .select({ action: auditLog.action, at: auditLog.at, actorName: auditLog.actorName })
    .from(auditLog)
    .where(and(chainWhere(chain.countyId), eq(auditLog.chainSeq, broken.seq)));
  const what = entry
    ? `操作 ${entry.action}，时间 ${formatLocalDateTime(entry.at)}，操作人 ${entry.actorName}`
    : '该记录已不存在';
  return [
    `${name}校验失败：第一个异常记录是第 ${broken.seq} 条（${what}）。`,
    `原因：${BREAK_REASON_LABELS[broken.why]}`,
    `在它之前的 ${chain.verified} 条记录校验通过。`,
  ];
}

const short = (hash: string) => `${hash.slice(0, PRINTED_HASH_DIGITS)}…`;

function findingLine(
  name: string,
  recorded: RecordedHead,
  head: ChainHead,
  finding: HeadFinding | null,
): string {
  const given = `记录的链头第 ${recorded.seq} 条（哈希 ${short(recorded.hash)}）`;
  if (!finding) return `${name}：${given}仍在链中。`;
  if (finding.kind === 'replaced')
    return `${name}：第 ${finding.seq} 条的哈希与${given}不符：链从该处起被改写过。`;
  const range = finding.from === finding.to ? `第 ${finding.to} 条` : `第 ${finding.from}–${finding.to} 条`;
  const now = head.seq === 0 ? '现在链中没有任何记录' : `现在链中只到第 ${head.seq} 条`;
  return `${name}：${given}之后的记录被删除了：${now}，缺少${range}。`;
}

/** Verifies every chain and each recorded head, and describes the result in lines for the terminal. */
export async function auditReport(db: Queryable, heads: HeadArg[] = []): Promise<AuditReport> {
  const names = await chainNames(db);
  const wanted: { countyId: string | null; head: RecordedHead }[] = [];
  for (const arg of heads) {
    const countyId = names.resolve(arg.county);
    if (countyId === undefined)
      return { exitCode: 2, lines: [`没有找到县“${arg.county}”（请给出县的名称或编号）。`] };
    wanted.push({ countyId, head: arg.head });
  }
  const { legacy, chains } = await verifyAllChains(db);
  const lines: string[] = [];
  let failed = false;
  if (legacy.rows > 0 || legacy.broken)
    lines.push(
      legacy.broken
        ? `升级前的旧记录（原全局链）校验失败：全局第 ${legacy.broken.seq} 条，${BREAK_REASON_LABELS[legacy.broken.why]}。`
        : `升级前的旧记录（原全局链）完整：已校验 ${legacy.rows} 条，各县的审计链由此接续。`,
    );
  for (const chain of chains) {
    const name = names.name(chain.countyId);
    if (chain.broken) {
      failed = true;
      lines.push(...(await brokenLines(db, chain, name)));
    } else lines.push(`${name}完整：已校验 ${chain.verified} 条记录，${chainHeadLine(chain.head)}。`);
  }
  for (const { countyId, head } of wanted) {
    const current = chains.find((c) => c.countyId === countyId)?.head ?? { seq: 0, hash: '' };
    const finding = checkRecordedHead(head, current, await hashAt(db, countyId, head.seq));
    if (finding) failed = true;
    lines.push(findingLine(names.name(countyId), head, current, finding));
  }
  if (failed) return { exitCode: 1, lines: [...lines, '审计日志校验失败：请立即报告县委组织部。'] };
  const total = chains.reduce((n, c) => n + c.entries, 0);
  return {
    exitCode: 0,
    lines: [
      ...lines,
      chains.length
        ? `全部 ${chains.length} 条审计链完整：共校验 ${total} 条记录。OK`
        : '审计日志中还没有记录。OK',
    ],
  };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    console.error(`${args.error}\n用法：npm run audit:verify -- [--county 县名称或编号 --head 序号:哈希 …]`);
    return 2;
  }
  return withConfiguredDatabase('audit:verify', '在系统中打开“审计日志”页面进行校验', async (database) => {
    const report = await auditReport(database.db, args.heads);
    for (const line of report.lines) (report.exitCode === 0 ? console.log : console.error)(line);
    return report.exitCode;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}

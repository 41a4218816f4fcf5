// npm run archive:verify — recomputes the seal of every archived year (each module's records of the
// campaign, DESIGN §2) and names the modules whose records changed after archiving.
// npm run archive:verify PACKAGE.zip — checks a downloaded archive package offline, without any
// database: every entry's SHA-256 against its manifest, each module's records re-digested with the
// seal's own function against the seal parts and seal hash; names every entry that differs, is
// missing or is extra.
// Exit codes: 0 every seal holds (or nothing is archived) / the package is intact, 1 a seal is broken
// / the package differs, 2 the database or the package could not be opened.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../server/db/client.ts';
import { auditLog, campaigns, townships } from '../server/db/schema/index.ts';
import { packageProblems, parseManifest } from '../server/domain/archive/package-check.ts';
import { readPackageFacts } from '../server/modules/archive/package-read.ts';
import { checkSeal } from '../server/modules/campaigns/campaign-seal.ts';
import { MODULES } from '../server/modules/index.ts';
import type { ModuleDefinition } from '../server/modules/module.ts';
import { withConfiguredDatabase } from './configured-database.ts';

export type ArchiveReport = { exitCode: 0 | 1; lines: string[] };

/** The seal each archiving transition recorded in the audit log, by campaign (the log is hash-chained). */
async function sealsInAudit(db: Queryable): Promise<Map<string, string>> {
  const rows = await db
    .select({ campaignId: auditLog.entityId, sealHash: sql<string>`${auditLog.after} ->> 'sealHash'` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, 'campaign.transition'),
        eq(auditLog.entity, 'campaign'),
        sql`${auditLog.after} ->> 'phase' = 'archived'`,
      ),
    );
  return new Map(rows.map((r) => [r.campaignId ?? '', r.sealHash]));
}

/** Checks every archived campaign of the database and describes each in a line for the terminal. */
export async function archiveReport(
  db: Queryable,
  modules: readonly ModuleDefinition[] = MODULES,
): Promise<ArchiveReport> {
  const rows = await db
    .select({ campaign: campaigns, township: townships.name })
    .from(campaigns)
    .innerJoin(townships, eq(townships.id, campaigns.townshipId))
    .orderBy(asc(campaigns.year), asc(townships.name));
  const recorded = await sealsInAudit(db);
  const lines: string[] = [];
  let archived = 0;
  let broken = 0;
  for (const { campaign, township } of rows) {
    const name = `${township} ${campaign.year} 年度`;
    const { sealHash } = campaign;
    const inAudit = recorded.get(campaign.id);
    if (!sealHash) {
      if (inAudit === undefined) continue;
      archived += 1;
      broken += 1;
      lines.push(`${name}：审计日志记载该年度已归档封存，但封存值已被清除。`);
      continue;
    }
    archived += 1;
    const check = await checkSeal(db, { ...campaign, sealHash }, modules);
    const problems: string[] = [];
    if (check.changed.length > 0) problems.push(`归档后被改动的记录：${check.changed.join('、')}`);
    if (check.partsAltered) problems.push('封存记录本身（各部分的校验值）被改动');
    if (inAudit !== sealHash) {
      problems.push(
        inAudit === undefined ? '审计日志中找不到归档时的封存值' : '封存值与审计日志中归档时记录的不符',
      );
    }
    const scope = campaign.sealParts
      ? `${Object.keys(campaign.sealParts).length} 个部分的记录`
      : '早期归档，只含考评活动与承诺主体';
    if (problems.length === 0) {
      lines.push(`${name}：封存完好（${scope}）。OK`);
    } else {
      broken += 1;
      lines.push(`${name}：封存校验失败。${problems.join('；')}。`);
    }
  }
  if (archived === 0) return { exitCode: 0, lines: ['还没有已归档的考评年度。OK'] };
  lines.push(
    broken > 0
      ? `共 ${archived} 个已归档年度，${broken} 个封存校验失败。`
      : `共 ${archived} 个已归档年度，封存全部完好。`,
  );
  return { exitCode: broken > 0 ? 1 : 0, lines };
}

/** Checks an archive package from its bytes alone and describes the result in lines for the terminal. */
export function packageReport(zip: Uint8Array): ArchiveReport {
  let facts: ReturnType<typeof readPackageFacts>;
  try {
    facts = readPackageFacts(zip);
  } catch {
    return { exitCode: 1, lines: ['归档包无法打开：不是有效的 .zip 文件，或已损坏。'] };
  }
  const problems = packageProblems(facts);
  const manifest = facts.manifestText === null ? null : parseManifest(facts.manifestText);
  const lines: string[] = [];
  if (manifest && typeof manifest !== 'string') {
    const { campaign, seal } = manifest;
    lines.push(
      `归档包：${campaign.county}${campaign.township} ${campaign.year} 年度（${facts.entries.size} 个文件）`,
    );
    lines.push(`封存值：${seal.hash}`);
    lines.push(`清单 manifest.json 的 SHA-256：${facts.entries.get('manifest.json')?.sha256 ?? '—'}`);
  }
  if (problems.length === 0) {
    lines.push('全部文件与清单相符，由 data/ 中的记录重算的各部分校验值和封存值与清单一致。OK');
    lines.push(
      '请将上面的封存值与系统中该年度考评活动的封存值核对，一致即说明包中记录就是归档时封存的记录。',
    );
    return { exitCode: 0, lines };
  }
  for (const problem of problems) lines.push(`  不符：${problem.message}`);
  lines.push(`归档包校验失败：共 ${problems.length} 处不符。`);
  return { exitCode: 1, lines };
}

function printReport(report: ArchiveReport) {
  for (const line of report.lines) (report.exitCode === 0 ? console.log : console.error)(line);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv[2]) {
  const path = process.argv[2];
  let zip: Uint8Array | null = null;
  try {
    zip = readFileSync(path);
  } catch {
    console.error(`无法读取归档包：${path}（文件不存在或没有读取权限）`);
    process.exit(2);
  }
  const report = packageReport(zip);
  printReport(report);
  process.exit(report.exitCode);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  withConfiguredDatabase('archive:verify', '在系统中打开该年度考评活动页面校验封存', async (database) => {
    const report = await archiveReport(database.db);
    printReport(report);
    return report.exitCode;
  }).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}

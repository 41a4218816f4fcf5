/**
 * The county-wide .xlsx for a 300-village county (issue 10 quality bar: under 3 s), on PostgreSQL.
 * The synthetic county of evaluation-data.ts (15 townships × 20 villages, 600 participants): each
 * township's results are computed (evaluation-results.ts), confirmed as the results module stores a
 * confirmed set, and submitted through the product's own submitToCounty (both documents generated,
 * hashed, stored, audited). Then GET /api/county/overview.xlsx's work (countyXlsx: read the latest
 * submissions, write the summary sheet and one sheet per township) is timed, beside the time to
 * simply read the same rows.
 * Usage: DATABASE_URL=postgres://… tsx bench/county-xlsx.ts
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import type { Actor } from '../server/core/actor.ts';
import type { Database } from '../server/db/client.ts';
import { campaigns, resultSets } from '../server/db/schema/index.ts';
import type { FinalResult } from '../server/domain/evaluation/types.ts';
import { countyXlsx } from '../server/modules/county/county-overview.service.ts';
import { submitToCounty } from '../server/modules/county/county-report.service.ts';
import { insertResultRows } from '../server/modules/results/result-rows.ts';
import { readFinalResultsOf } from '../server/modules/results/results-bulk.ts';
import { openBenchDatabase } from './bench-db.ts';
import { BENCH_YEAR, writeProvince } from './evaluation-data.ts';
import { campaignIdsOf } from './evaluation-results.ts';

const ROUNDS = 3;

const actor = (role: Actor['role'], countyId: string, townshipId: string | null): Actor => ({
  userId: randomUUID(),
  username: 'bench',
  displayName: '基准测试',
  role,
  scope: { countyId, townshipId, villageId: null },
  personId: null,
  contactVillageIds: [],
});

/** Stores each township's results as a confirmed (frozen) set, as the office's 审核确认 does. */
async function confirm(database: Database, results: Map<string, FinalResult[]>) {
  const rows = await database.db.select().from(campaigns);
  for (const campaign of rows) {
    const list = results.get(campaign.id) ?? [];
    const [set] = await database.db
      .insert(resultSets)
      .values({
        countyId: campaign.countyId,
        townshipId: campaign.townshipId,
        campaignId: campaign.id,
        config: campaign.config,
        configHash: list[0]?.explanation.config.hash ?? '',
        digest: 'bench',
        frozenAt: new Date(),
        frozenBy: '基准测试',
      })
      .returning();
    await insertResultRows(database.db, set!, list);
  }
  return rows;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchCountyXlsx() {
  const database = await openBenchDatabase('postgres');
  try {
    await writeProvince(database, 1);
    const townships = await confirm(
      database,
      await readFinalResultsOf(database.db, await campaignIdsOf(database)),
    );
    const countyId = townships[0]!.countyId;
    const submitTimes: number[] = [];
    for (const c of townships) {
      const start = performance.now();
      await database.transaction((tx) =>
        submitToCounty(tx, actor('township_office', countyId, c.townshipId), c.id, {}),
      );
      submitTimes.push(performance.now() - start);
    }
    const county = actor('county_viewer', countyId, null);
    const xlsx: number[] = [];
    const xlsxCpu: number[] = [];
    const read: number[] = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let start = performance.now();
      await database.db.execute(
        sql`select id, township_id, seq, rows, grades, weights, chain_seq, chain_hash, submitted_at, submitted_by_name
            from county_submissions where county_id = ${countyId} and year = ${BENCH_YEAR}`,
      );
      read.push(performance.now() - start);
      start = performance.now();
      const cpu = process.cpuUsage();
      bytes = (await countyXlsx(database.db, county, BENCH_YEAR)).bytes.length;
      const used = process.cpuUsage(cpu);
      xlsx.push(performance.now() - start);
      xlsxCpu.push((used.user + used.system) / 1000);
    }
    return { townships: townships.length, submitTimes, xlsx, xlsxCpu, read, bytes };
  } finally {
    await database.close();
  }
}

export function report(r: Awaited<ReturnType<typeof benchCountyXlsx>>): string {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  return [
    `county .xlsx, PostgreSQL: one county of 300 villages in ${r.townships} townships (600 participants); ` +
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    `  submit one township (read its confirmed results, .xlsx + .docx, SHA-256, store, audit): median ${ms(median(r.submitTimes))}`,
    `  read the county's submissions:          median ${ms(median(r.read))} of ${ROUNDS} rounds`,
    `  county-wide .xlsx (${(r.bytes / 1024).toFixed(0)} KiB, 1 + ${r.townships} sheets): median ${ms(median(r.xlsx))} ` +
      `(max ${ms(Math.max(...r.xlsx))}; cpu median ${ms(median(r.xlsxCpu))}) — bar < 3 s: ${Math.max(...r.xlsx) < 3000 ? 'met' : 'NOT met'}`,
  ].join('\n');
}

export async function main() {
  if (!process.env.DATABASE_URL) {
    console.log('county .xlsx: skipped (set DATABASE_URL: the bar is on PostgreSQL)');
    return;
  }
  console.log(report(await benchCountyXlsx()));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

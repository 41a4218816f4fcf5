/**
 * Composite and ranking for a province (issue 10 quality bar): about 20,000 villages, 40,000
 * participants, 150,000 pledges, 500,000 jury scores, with their 民主测评 results and inspection
 * items, on PostgreSQL. Three figures from the same run and database:
 *  - read: the rows the results are computed from (participants, certified evaluation results, jury
 *    panels and scores, inspection items with their pledges, campaign configs), fetched and nothing else;
 *  - end to end: the product's set-based read, readFinalResultsOf over every township's campaign (a
 *    fixed number of statements, then each township's composite, grade and rank through the domain's
 *    pure rules) — the bar is under 5 s;
 *  - the product's per-township call (readFinalResults, as the results page and the county report
 *    call it: the same read for one campaign) over one county's 15 townships, one after another.
 * Each with the CPU time of this process (the database server's is not in it).
 * Usage: DATABASE_URL=postgres://… tsx bench/evaluation-results.ts   (BENCH_COUNTIES, default 67)
 */
import { cpus, loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import type { Database } from '../server/db/client.ts';
import type { CampaignConfig } from '../server/domain/campaign-config.ts';
import type { RecognitionLevel } from '../server/domain/evaluation/inspection-score.ts';
import type { InspectionStatus } from '../server/domain/evaluation/types.ts';
import type { QuestionResult } from '../server/domain/voting/results.ts';
import { readFinalResultsOf } from '../server/modules/results/results-bulk.ts';
import { readFinalResults } from '../server/modules/results/results-read.ts';
import { openBenchDatabase } from './bench-db.ts';
import { rowCounts, TOWNSHIPS_PER_COUNTY, writeProvince } from './evaluation-data.ts';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Every township's campaign, in township order (the first 15 are one county's). */
export async function campaignIdsOf(database: Database) {
  const rows = await database.db.execute(sql.raw(`select id from campaigns order by county_id, township_id`));
  return rowsOf<{ id: string }>(rows).map((r) => r.id);
}

/** Every row the province's results are computed from, one query per kind. */
export async function readRows(database: Database) {
  const q = (text: string) => database.db.execute(sql.raw(text));
  const [campaigns, people, polls, reporters, jurors, ties, scores, items] = await Promise.all([
    q(`select id, config from campaigns`),
    q(`select p.id, p.person_id, p.village_id, p.campaign_id, p.is_secretary, p.is_director, s.name,
         v.name as village_name, v.code as village_code
       from participants p join persons s on s.id = p.person_id join villages v on v.id = p.village_id
       where not p.excluded`),
    q(`select p.id, p.certified_at, p.result, m.campaign_id from polls p join meetings m on m.id = p.meeting_id
       where p.purpose = 'democratic_evaluation' and p.status = 'certified'`),
    q(`select r.id, r.participant_id, r.village_id, r.meeting_id, r.status, m.campaign_id
       from jury_reporters r join jury_meetings m on m.id = r.meeting_id`),
    q(`select id, meeting_id, alias from jurors order by meeting_id, alias`),
    q(`select juror_id, village_id from juror_ties`),
    // One row per reporter: its jurors' 评委 numbers and scores as arrays (PostgreSQL groups them).
    q(`select s.reporter_id, array_agg(j.alias order by j.alias) as aliases,
         array_agg(s.total::float8 order by j.alias) as totals
       from jury_scores s join jurors j on j.id = s.juror_id group by s.reporter_id`),
    // One row per participant: each inspected pledge as [pledgeId, title, status, progress, recognition].
    q(`select i.participant_id, min(i.campaign_id::text) as campaign_id,
         json_agg(json_build_array(i.pledge_id, p.title, i.status, i.progress_percent, i.recognition)
           order by p.position) as items
       from inspection_items i join pledges p on p.id = i.pledge_id group by i.participant_id`),
  ]);
  return {
    campaigns: rowsOf<{ id: string; config: CampaignConfig }>(campaigns),
    people: rowsOf<Record<string, string | boolean>>(people),
    polls: rowsOf<{
      id: string;
      certified_at: Date;
      result: { questions: QuestionResult[] };
      campaign_id: string;
    }>(polls),
    reporters: rowsOf<{
      id: string;
      participant_id: string;
      village_id: string;
      meeting_id: string;
      status: string;
      campaign_id: string;
    }>(reporters),
    jurors: rowsOf<{ id: string; meeting_id: string; alias: number }>(jurors),
    ties: rowsOf<{ juror_id: string; village_id: string }>(ties),
    scores: rowsOf<{ reporter_id: string; aliases: number[]; totals: number[] }>(scores),
    items: rowsOf<{
      participant_id: string;
      campaign_id: string;
      items: [string, string, InspectionStatus, number, RecognitionLevel][];
    }>(items),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Wall-clock time, and the CPU time of this process (steadier on a shared machine; the database's is not in it). */
async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; cpuMs: number; value: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

export async function benchEvaluation(counties: number) {
  const database = await openBenchDatabase('postgres');
  try {
    const written = await timed(() => writeProvince(database, counties));
    const counts = await rowCounts(database);
    await readRows(database); // warm the cache once, as a running server would be
    const read = await timed(() => readRows(database));
    const ids = await campaignIdsOf(database);
    const endToEnd = await timed(() => readFinalResultsOf(database.db, ids));
    const readAgain = await timed(() => readRows(database));
    const results = endToEnd.value;
    const graded = [...results.values()].flat().filter((r) => r.grade !== null).length;
    const failed = [...results.values()].flat().filter((r) => r.forcedFail).length;
    const oneCounty = ids.slice(0, TOWNSHIPS_PER_COUNTY);
    const product = await timed(async () => {
      for (const id of oneCounty) await readFinalResults(database.db, id);
    });
    return {
      written,
      counts,
      read,
      readAgain,
      endToEnd,
      graded,
      failed,
      townships: results.size,
      product,
      productTownships: oneCounty.length,
    };
  } finally {
    await database.close();
  }
}

export function report(r: Awaited<ReturnType<typeof benchEvaluation>>): string {
  const c = r.counts;
  return [
    `evaluation results, PostgreSQL: ${c.villages} villages, ${c.participants} participants, ${c.pledges} pledges, ` +
      `${c.polls} certified 民主测评, ${c.jury_scores} jury scores, ${c.inspection_items} inspection items ` +
      `(written in ${seconds(r.written.ms)})`,
    `  machine: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at the end`,
    `  read the rows:                         ${seconds(r.read.ms)} (cpu ${seconds(r.read.cpuMs)}; again after: ${seconds(r.readAgain.ms)})`,
    `  composite + grade + rank, end to end:  ${seconds(r.endToEnd.ms)} (cpu ${seconds(r.endToEnd.cpuMs)}) for ${r.townships} townships ` +
      `(${r.graded} graded, ${r.failed} failed by the village vote) — bar < 5 s: ${r.endToEnd.ms < 5000 ? 'met' : 'NOT met'}`,
    `  per township, readFinalResults:        ${seconds(r.product.ms)} (cpu ${seconds(r.product.cpuMs)}) for ${r.productTownships} townships (one county), ` +
      `${(r.product.ms / r.productTownships).toFixed(0)} ms per township`,
  ].join('\n');
}

export async function main() {
  if (!process.env.DATABASE_URL) {
    console.log('evaluation results: skipped (set DATABASE_URL: the bar is on PostgreSQL)');
    return;
  }
  console.log(report(await benchEvaluation(Number(process.env.BENCH_COUNTIES ?? 67))));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

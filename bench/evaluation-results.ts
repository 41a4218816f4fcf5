/**
 * Composite and ranking for a province (issue 10 quality bar): about 20,000 villages, 40,000
 * participants, 150,000 pledges, 500,000 jury scores, with their 民主测评 results and inspection
 * items, on PostgreSQL. From the same run and database, in rounds (BENCH_ROUNDS, default 3) that
 * alternate the first three, so each meets the same neighbours on a shared machine:
 *  - read the rows: the rows the results are computed from (participants, certified evaluation
 *    results, jury panels and scores, inspection items with their pledges, campaign configs), whole,
 *    fetched and nothing else (the bench's own statements, in parallel);
 *  - the product's statements alone: readPartRows, the very statements of the end to end (which
 *    fetch only the fields the rules read), fetched and nothing else;
 *  - end to end: the product's set-based read, readFinalResultsOf over every township's campaign (a
 *    fixed number of statements, each part computed as its rows arrive, then each township's
 *    composite, grade and rank through the domain's pure rules) — the bar is under 5 s;
 * then once the computing alone (resultsFromRows on rows fetched), and the product's per-township
 * call (readFinalResults, as the results page and the county report call it: the same read for one
 * campaign) over one county's 15 townships, one after another.
 * Each figure with the CPU time of this process (the database server's is not in it) and the
 * machine's load average as it ended.
 * Usage: DATABASE_URL=postgres://… tsx bench/evaluation-results.ts   (BENCH_COUNTIES, default 67)
 */
import { cpus, loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import type { Database } from '../server/db/client.ts';
import type { CampaignConfig } from '../server/domain/campaign-config.ts';
import type { RecognitionLevel } from '../server/domain/evaluation/inspection-score.ts';
import type { FinalResult, InspectionStatus } from '../server/domain/evaluation/types.ts';
import type { QuestionResult } from '../server/domain/voting/results.ts';
import {
  type ResultCampaign,
  readFinalResultsOf,
  readPartRows,
  resultsFromRows,
} from '../server/modules/results/results-bulk.ts';
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

/**
 * Wall-clock time, the CPU time of this process (steadier on a shared machine; the database's is
 * not in it) and the machine's 1-minute load average when it ended.
 */
async function timed<T>(
  run: () => Promise<T> | T,
): Promise<{ ms: number; cpuMs: number; load: number; value: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return {
    ms: performance.now() - start,
    cpuMs: (used.user + used.system) / 1000,
    load: loadavg()[0]!,
    value,
  };
}
type Timed = Omit<Awaited<ReturnType<typeof timed>>, 'value'>;
const figure = ({ ms, cpuMs, load }: Timed) =>
  `${seconds(ms)} (cpu ${seconds(cpuMs)}, load ${load.toFixed(1)})`;
const untimed = <T>({ value: _, ...t }: Awaited<ReturnType<typeof timed<T>>>): Timed => t;

export async function benchEvaluation(counties: number, rounds: number) {
  const database = await openBenchDatabase('postgres');
  try {
    const written = await timed(() => writeProvince(database, counties));
    const counts = await rowCounts(database);
    const ids = await campaignIdsOf(database);
    // Warm the cache once, as a running server would be.
    await readRows(database);
    await readPartRows(database.db, ids);
    // Rounds alternate the three, so each figure meets the same neighbours on the machine.
    const runs: { read: Timed; statements: Timed; endToEnd: Timed }[] = [];
    let results = new Map<string, FinalResult[]>();
    for (let round = 0; round < rounds; round++) {
      const read = untimed(await timed(() => readRows(database)));
      const statements = untimed(await timed(() => readPartRows(database.db, ids)));
      const endToEnd = await timed(() => readFinalResultsOf(database.db, ids));
      results = endToEnd.value;
      runs.push({ read, statements, endToEnd: untimed(endToEnd) });
    }
    const graded = [...results.values()].flat().filter((r) => r.grade !== null).length;
    const failed = [...results.values()].flat().filter((r) => r.forcedFail).length;
    results = new Map();
    // The computing alone, on rows already fetched.
    const campaignRows = rowsOf<ResultCampaign>(
      await database.db.execute(sql.raw('select id, config from campaigns')),
    );
    const fetched = await readPartRows(database.db, ids);
    const compute = untimed(await timed(() => resultsFromRows(campaignRows, fetched, new Date())));
    const oneCounty = ids.slice(0, TOWNSHIPS_PER_COUNTY);
    const product = await timed(async () => {
      for (const id of oneCounty) await readFinalResults(database.db, id);
    });
    return {
      written,
      counts,
      runs,
      compute,
      graded,
      failed,
      townships: ids.length,
      product,
      productTownships: oneCounty.length,
    };
  } finally {
    await database.close();
  }
}

const median = <T>(xs: T[], key: (x: T) => number) =>
  [...xs].sort((a, b) => key(a) - key(b))[Math.floor(xs.length / 2)]!;

export function report(r: Awaited<ReturnType<typeof benchEvaluation>>): string {
  const c = r.counts;
  const middle = median(r.runs, (x) => x.endToEnd.ms);
  const walls = r.runs.map((x) => x.endToEnd.ms);
  return [
    `evaluation results, PostgreSQL: ${c.villages} villages, ${c.participants} participants, ${c.pledges} pledges, ` +
      `${c.polls} certified 民主测评, ${c.jury_scores} jury scores, ${c.inspection_items} inspection items ` +
      `(written in ${seconds(r.written.ms)}); ${cpus().length} cores`,
    ...r.runs.map(
      (x, i) =>
        `  round ${i + 1}: read the rows ${figure(x.read)}; the product's statements alone ${figure(x.statements)}; ` +
        `end to end ${figure(x.endToEnd)}`,
    ),
    `  read the rows (median round):          ${figure(middle.read)}`,
    `  the product's statements, fetched:     ${figure(middle.statements)}`,
    `  composite + grade + rank, end to end:  ${figure(middle.endToEnd)} for ${r.townships} townships ` +
      `(${r.graded} graded, ${r.failed} failed by the village vote; rounds ${walls.map(seconds).join(', ')}) — ` +
      `bar < 5 s: ${middle.endToEnd.ms < 5000 ? 'met' : 'NOT met'}`,
    `  the computing alone (rows fetched):    ${figure(r.compute)}`,
    `  per township, readFinalResults:        ${figure(r.product)} for ${r.productTownships} townships (one county), ` +
      `${(r.product.ms / r.productTownships).toFixed(0)} ms per township`,
  ].join('\n');
}

export async function main() {
  if (!process.env.DATABASE_URL) {
    console.log('evaluation results: skipped (set DATABASE_URL: the bar is on PostgreSQL)');
    return;
  }
  const counties = Number(process.env.BENCH_COUNTIES ?? 67);
  console.log(report(await benchEvaluation(counties, Number(process.env.BENCH_ROUNDS ?? 3))));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

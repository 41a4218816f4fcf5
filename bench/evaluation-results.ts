/**
 * Composite and ranking for a province (issue 10 quality bar): about 20,000 villages, 40,000
 * participants, 150,000 pledges, 500,000 jury scores, with their 民主测评 results and inspection
 * items, on PostgreSQL. Three figures from the same run and database:
 *  - read: the rows the results are computed from (participants, certified evaluation results, jury
 *    panels and scores, inspection items with their pledges, campaign configs), fetched and nothing else;
 *  - end to end: the same reads, then every township's final results through the domain's pure rules
 *    (evaluationOfQuestion + villageEvaluationScore, reporterResult, itemScore + participantScore,
 *    finalResults: composite, grade, rank) — the bar is under 5 s;
 *  - the product's own per-township path (readFinalResults, as the results page and the county report
 *    call it) over one county's 15 townships, for comparison.
 * Usage: DATABASE_URL=postgres://… tsx bench/evaluation-results.ts   (BENCH_COUNTIES, default 67)
 */
import { cpus, loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import type { Database } from '../server/db/client.ts';
import type { CampaignConfig } from '../server/domain/campaign-config.ts';
import {
  type EvaluationParts,
  finalResults,
  type ResultParticipant,
} from '../server/domain/evaluation/final.ts';
import {
  itemScore,
  participantScore,
  RECOGNITION_SCORES,
  type RecognitionLevel,
} from '../server/domain/evaluation/inspection-score.ts';
import { reporterResult } from '../server/domain/evaluation/jury-score.ts';
import type {
  FinalResult,
  InspectionResult,
  InspectionStatus,
  JuryResult,
  VillageEvaluationResult,
} from '../server/domain/evaluation/types.ts';
import {
  evaluationOfQuestion,
  villageEvaluationScore,
} from '../server/domain/evaluation/village-evaluation.ts';
import type { QuestionResult } from '../server/domain/voting/results.ts';
import { readFinalResults } from '../server/modules/results/results-read.ts';
import { openBenchDatabase } from './bench-db.ts';
import { rowCounts, TOWNSHIPS_PER_COUNTY, writeProvince } from './evaluation-data.ts';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

type Rows = Awaited<ReturnType<typeof readRows>>;

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

const group = <T, K>(rows: readonly T[], key: (r: T) => K) => {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
};

function villageParts(rows: Rows) {
  const out = new Map<string, VillageEvaluationResult>();
  for (const poll of rows.polls) {
    for (const question of poll.result.questions) {
      const read = evaluationOfQuestion(question);
      if (!read || !question.subjectId) continue;
      out.set(question.subjectId, {
        pollId: poll.id,
        certifiedAt: new Date(poll.certified_at).toISOString(),
        counts: read.counts,
        ...villageEvaluationScore(read.counts, read.optionScores),
        optionScores: read.optionScores,
      });
    }
  }
  return out;
}

function juryParts(rows: Rows, configs: Map<string, CampaignConfig>) {
  const jurorsOf = group(rows.jurors, (j) => j.meeting_id);
  const tiedVillages = group(rows.ties, (t) => t.juror_id);
  const scoresOf = new Map<string, Map<number, number>>();
  for (const s of rows.scores)
    scoresOf.set(s.reporter_id, new Map(s.aliases.map((a, i) => [a, s.totals[i]!])));
  const out = new Map<string, JuryResult>();
  for (const r of rows.reporters) {
    const config = configs.get(r.campaign_id)!;
    const mine = scoresOf.get(r.id);
    const seats = (jurorsOf.get(r.meeting_id) ?? []).map((j) => ({
      juror: `评委${j.alias}`,
      value: mine?.get(j.alias) ?? null,
      recused: tiedVillages.get(j.id)?.some((t) => t.village_id === r.village_id) ?? false,
    }));
    const result = reporterResult(
      seats,
      { trimMinScores: config.juryTrimMinScores, missingPolicy: 'leave_out' },
      r.status === 'done',
    );
    out.set(r.participant_id, {
      score: result.score,
      complete: result.complete,
      scores: result.scores,
      recused: result.recused,
      missing: result.missing,
      rule: result.rule,
    });
  }
  return out;
}

function inspectionParts(rows: Rows, configs: Map<string, CampaignConfig>) {
  const out = new Map<string, InspectionResult>();
  for (const row of rows.items) {
    const weights = configs.get(row.campaign_id)!.inspectionWeights;
    const scored = row.items.map(([pledgeId, title, status, progressPercent, recognition]) => ({
      pledgeId,
      title,
      status,
      progressPercent,
      recognition: RECOGNITION_SCORES[recognition],
      itemScore: itemScore({ status, progressPercent, recognition }, weights),
    }));
    out.set(row.participant_id, {
      score: participantScore(scored.map((s) => s.itemScore)),
      items: scored,
      complete: true,
    });
  }
  return out;
}

/** Every township's final results, from the rows, through the domain's pure rules. */
export function computeProvince(rows: Rows, now = new Date()): Map<string, FinalResult[]> {
  const configs = new Map(rows.campaigns.map((c) => [c.id, c.config]));
  const parts: EvaluationParts = {
    village: villageParts(rows),
    jury: juryParts(rows, configs),
    inspection: inspectionParts(rows, configs),
  };
  const out = new Map<string, FinalResult[]>();
  for (const [campaignId, people] of group(rows.people, (p) => p.campaign_id as string)) {
    const participants: ResultParticipant[] = people.map((p) => ({
      participantId: p.id as string,
      personId: p.person_id as string,
      villageId: p.village_id as string,
      name: p.name as string,
      villageName: p.village_name as string,
      villageCode: p.village_code as string,
      posts: [p.is_secretary ? '党支部书记' : '村委会主任'],
    }));
    out.set(campaignId, finalResults(participants, parts, configs.get(campaignId)!, now));
  }
  return out;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

export async function benchEvaluation(counties: number) {
  const database = await openBenchDatabase('postgres');
  try {
    const written = await timed(() => writeProvince(database, counties));
    const counts = await rowCounts(database);
    await readRows(database); // warm the cache once, as a running server would be
    const read = await timed(() => readRows(database));
    const endToEnd = await timed(async () => computeProvince(await readRows(database)));
    const readAgain = await timed(() => readRows(database));
    const results = endToEnd.value;
    const graded = [...results.values()].flat().filter((r) => r.grade !== null).length;
    const failed = [...results.values()].flat().filter((r) => r.forcedFail).length;
    const campaignIds = [...results.keys()].slice(0, TOWNSHIPS_PER_COUNTY);
    const product = await timed(async () => {
      for (const id of campaignIds) await readFinalResults(database.db, id);
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
      productTownships: campaignIds.length,
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
    `  read the rows:                         ${seconds(r.read.ms)} (again after: ${seconds(r.readAgain.ms)})`,
    `  composite + grade + rank, end to end:  ${seconds(r.endToEnd.ms)} for ${r.townships} townships ` +
      `(${r.graded} graded, ${r.failed} failed by the village vote) — bar < 5 s: ${r.endToEnd.ms < 5000 ? 'met' : 'NOT met'}`,
    `  product path readFinalResults:         ${seconds(r.product.ms)} for ${r.productTownships} townships (one county), ` +
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

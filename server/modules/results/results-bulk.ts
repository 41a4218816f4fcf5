/**
 * The final results of many campaigns at once (a county's or a province's townships, or one): a
 * fixed number of set-based statements whatever the number of campaigns, each part grouped in SQL
 * (a reporter's scores, a participant's inspected pledges: one row each), then the same pure rules
 * as every other view of those parts (evaluationsOf, panelOf, resultsFrom, finalResults).
 * readFinalResults and previewResults are this read for one campaign.
 *
 * The statements are independent: on the pool they run at once, each on a connection of its own,
 * and each part is computed as soon as its rows are in, while the database still works on the
 * others (in a transaction: one after another). `readPartRows` and `resultsFromRows` are the two
 * halves on their own (the bench times the fetching alone).
 */
import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client.ts';
import {
  campaigns,
  finalResultRows,
  inspectionItems,
  inspectionVillages,
  jurors,
  jurorTies,
  juryMeetings,
  juryReporters,
  juryScores,
  meetings,
  participants,
  persons,
  pledgeSets,
  pledges,
  polls,
  resultSets,
  villages,
} from '../../db/schema/index.ts';
import type { CampaignConfig } from '../../domain/campaign-config.ts';
import { finalResults, type ResultParticipant } from '../../domain/evaluation/final.ts';
import type { RecognitionLevel } from '../../domain/evaluation/inspection-score.ts';
import { type PanelSeat, reporterResult } from '../../domain/evaluation/jury-score.ts';
import type {
  FinalResult,
  InspectionResult,
  InspectionStatus,
  JuryResult,
  VillageEvaluationResult,
} from '../../domain/evaluation/types.ts';
import type { EvaluationQuestion } from '../../domain/evaluation/village-evaluation.ts';
import { POST_LABELS } from '../../domain/participants.ts';
import { type ResultPledge, resultsFrom } from '../inspection/inspection-results.ts';
import { rulesOf } from '../jury/jury-context.ts';
import { aliasOf, tiesByJuror } from '../jury/jury-panels.ts';
import { evaluationsOf, standingCertified } from '../village-evaluation/village-evaluation-results.ts';

export type ResultCampaign = { id: string; config: CampaignConfig };

const groupBy = <T>(rows: readonly T[], key: (r: T) => string) => {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
};

type Reads = readonly (() => Promise<unknown>)[];
type Read<T extends Reads> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Independent reads: at once on the pool (each statement takes a connection of its own), one after
 * another in a transaction (its one connection: node-postgres would only queue them).
 */
async function readAll<T extends Reads>(q: Queryable, reads: T): Promise<Read<T>> {
  if (!(q instanceof PgTransaction)) return (await Promise.all(reads.map((r) => r()))) as Read<T>;
  const out: unknown[] = [];
  for (const r of reads) out.push(await r());
  return out as Read<T>;
}

/**
 * A statement's rows as the driver gives them. At tens of thousands of rows drizzle's mapping of a
 * select, field by field, costs about as much as the fetching; so the large statements here are
 * written out, each column named as its row type says. None reads a timestamp (the two drivers give
 * those differently to a raw statement).
 */
async function rowsOf<T>(q: Queryable, query: SQL): Promise<T[]> {
  return ((await q.execute(query)) as unknown as { rows: T[] }).rows;
}

type ParticipantRow = {
  campaignId: string;
  participantId: string;
  personId: string;
  villageId: string;
  isSecretary: boolean;
  isDirector: boolean;
  name: string;
  villageName: string;
  villageCode: string | null;
};

/** Active participants (excluded ones take no part) with names, posts and village codes. */
const participantRows = (q: Queryable, campaignIds: string[]) =>
  rowsOf<ParticipantRow>(
    q,
    sql`select ${participants.campaignId} as "campaignId", ${participants.id} as "participantId",
      ${participants.personId} as "personId", ${participants.villageId} as "villageId",
      ${participants.isSecretary} as "isSecretary", ${participants.isDirector} as "isDirector",
      ${persons.name} as "name", ${villages.name} as "villageName", ${villages.code} as "villageCode"
    from ${participants}
    join ${persons} on ${persons.id} = ${participants.personId}
    join ${villages} on ${villages.id} = ${participants.villageId}
    where ${and(inArray(participants.campaignId, campaignIds), eq(participants.excluded, false))}`,
  );

function participantsFrom(rows: readonly ParticipantRow[]): Map<string, ResultParticipant[]> {
  const out = new Map<string, ResultParticipant[]>();
  for (const [campaignId, list] of groupBy(rows, (r) => r.campaignId)) {
    out.set(
      campaignId,
      // Written out: `{ ...r, posts }` costs V8 some µs per object, 40,000 times over.
      list.map((r) => ({
        participantId: r.participantId,
        personId: r.personId,
        villageId: r.villageId,
        name: r.name,
        villageName: r.villageName,
        villageCode: r.villageCode,
        posts: [
          ...(r.isSecretary ? [POST_LABELS.party_secretary] : []),
          ...(r.isDirector ? [POST_LABELS.committee_director] : []),
        ],
      })),
    );
  }
  return out;
}

/** Each campaign's active participants (excluded ones take no part), with names and posts. */
export async function participantsOf(
  q: Queryable,
  campaignIds: string[],
): Promise<Map<string, ResultParticipant[]>> {
  return participantsFrom(await participantRows(q, campaignIds));
}

/**
 * What the village score reads of one question of a certified result, fetched as
 * [subjectType, subjectId, blank, invalid, option kinds, option scores, option votes]: the frozen
 * result holds much more (labels, ids, paper and electronic counts, quorum). The three option lists
 * come from one filter (options with all three keys), so index i of each is one option.
 */
type QuestionTuple = [
  string | null,
  string | null,
  number,
  number,
  EvaluationQuestion['options'][number]['kind'][],
  (number | null)[],
  number[],
];
const SCORED_OPTIONS = '$.options[*] ? (exists(@.kind) && exists(@.score) && exists(@.votes))';

/**
 * 民主测评: each campaign's certified polls (only certified ones decide which result stands, as
 * readVillageEvaluations reads them), each question as a QuestionTuple.
 */
const pollRows = (q: Queryable, campaignIds: string[]) =>
  q
    .select({
      campaignId: meetings.campaignId,
      id: polls.id,
      status: polls.status,
      correctsPollId: polls.correctsPollId,
      certifiedAt: polls.certifiedAt,
      createdAt: polls.createdAt,
      questions: sql<QuestionTuple[] | null>`case when ${polls.result} is null then null else coalesce((
        select json_agg(json_build_array(x->'subjectType', x->'subjectId', x->'blank', x->'invalid',
          jsonb_path_query_array(x, ${sql.raw(`'${SCORED_OPTIONS}.kind'`)}),
          jsonb_path_query_array(x, ${sql.raw(`'${SCORED_OPTIONS}.score'`)}),
          jsonb_path_query_array(x, ${sql.raw(`'${SCORED_OPTIONS}.votes'`)})))
        from jsonb_array_elements(${polls.result}->'questions') x), '[]') end`,
    })
    .from(polls)
    .innerJoin(meetings, eq(meetings.id, polls.meetingId))
    .where(
      and(
        inArray(meetings.campaignId, campaignIds),
        eq(polls.purpose, 'democratic_evaluation'),
        eq(polls.status, 'certified'),
      ),
    );
type PollRow = Awaited<ReturnType<typeof pollRows>>[number];

function villageFrom(rows: readonly PollRow[]): Map<string, VillageEvaluationResult> {
  const out = new Map<string, VillageEvaluationResult>();
  const polled = rows.map(
    ({ campaignId, id, status, correctsPollId, certifiedAt, createdAt, questions }) => ({
      campaignId,
      id,
      status,
      correctsPollId,
      certifiedAt,
      createdAt,
      result: questions && {
        questions: questions.map(
          ([subjectType, subjectId, blank, invalid, kinds, scores, votes]): EvaluationQuestion => ({
            subjectType,
            subjectId,
            blank,
            invalid,
            options: kinds.map((kind, i) => ({ kind, score: scores[i] ?? null, votes: votes[i] ?? 0 })),
          }),
        ),
      },
    }),
  );
  for (const list of groupBy(polled, (r) => r.campaignId ?? '').values()) {
    list.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    for (const [id, result] of evaluationsOf(standingCertified(list))) out.set(id, result);
  }
  return out;
}

/** 乡集中述职: the campaigns' meetings, reporters, jurors, ties, and each reporter's scores grouped. */
function juryRows(q: Queryable, campaignIds: string[]) {
  const ofCampaigns = inArray(juryMeetings.campaignId, campaignIds);
  return readAll(q, [
    () => q.select().from(juryMeetings).where(ofCampaigns),
    () =>
      rowsOf<{ id: string; meetingId: string; participantId: string; villageId: string; status: string }>(
        q,
        sql`select ${juryReporters.id} as "id", ${juryReporters.meetingId} as "meetingId",
          ${juryReporters.participantId} as "participantId", ${juryReporters.villageId} as "villageId",
          ${juryReporters.status} as "status"
        from ${juryReporters} join ${juryMeetings} on ${juryMeetings.id} = ${juryReporters.meetingId}
        where ${ofCampaigns} order by ${juryReporters.position}`,
      ),
    () =>
      q
        .select({ id: jurors.id, meetingId: jurors.meetingId, alias: jurors.alias })
        .from(jurors)
        .innerJoin(juryMeetings, eq(juryMeetings.id, jurors.meetingId))
        .where(ofCampaigns)
        .orderBy(asc(jurors.alias), asc(jurors.createdAt)),
    () =>
      q
        .select({ jurorId: jurorTies.jurorId, villageId: jurorTies.villageId })
        .from(jurorTies)
        .innerJoin(juryMeetings, eq(juryMeetings.id, jurorTies.meetingId))
        .where(ofCampaigns),
    // Two aggregates of one group advance over the same rows in the same order, so index i of one
    // is index i of the other (an ORDER BY here made the plan 3× slower); JSON parses faster than arrays.
    () =>
      rowsOf<{ reporterId: string; jurorIds: string[]; totals: number[] }>(
        q,
        sql`select ${juryScores.reporterId} as "reporterId", json_agg(${juryScores.jurorId}) as "jurorIds",
          json_agg(${juryScores.total}) as "totals"
        from ${juryScores} join ${juryMeetings} on ${juryMeetings.id} = ${juryScores.meetingId}
        where ${ofCampaigns} group by ${juryScores.reporterId}`,
      ),
  ] as const);
}
type JuryRows = Awaited<ReturnType<typeof juryRows>>;

/**
 * Every reporter's result by participant id: the seats of panelOf (each juror of the meeting in 评委
 * order, their score or none, 回避 when tied to the reporter's village) and its rule, reporterResult.
 * What panelOf works out per seat is worked out here once per meeting (a juror's 评委N and ties), and
 * the seats are the rule's own input (a province has some 500,000 of them).
 */
function juryFrom(list: readonly ResultCampaign[], rows: JuryRows): Map<string, JuryResult> {
  const [meetingRows, reporters, jurorRows, ties, scores] = rows;
  const out = new Map<string, JuryResult>();
  const configOf = new Map(list.map((c) => [c.id, c.config]));
  const jurorsOf = groupBy(jurorRows, (j) => j.meetingId);
  const tied = tiesByJuror(ties);
  const panels = new Map(
    meetingRows.map((m) => {
      const inOrder = jurorsOf.get(m.id) ?? [];
      const seated = inOrder.map((j) => ({ label: aliasOf(j) ?? '', ties: tied.get(j.id) }));
      const seatOf = new Map(inOrder.map((j, k) => [j.id, k]));
      return [m.id, { jurors: seated, seatOf, rules: rulesOf(m, { config: configOf.get(m.campaignId)! }) }];
    }),
  );
  const scoresOf = new Map(scores.map((s) => [s.reporterId, s]));
  for (const r of reporters) {
    const panel = panels.get(r.meetingId)!;
    const seats: PanelSeat[] = panel.jurors.map((j) => ({
      juror: j.label,
      value: null,
      recused: j.ties?.has(r.villageId) ?? false,
    }));
    const given = scoresOf.get(r.id);
    if (given) {
      for (let i = 0; i < given.jurorIds.length; i++) {
        const seat = seats[panel.seatOf.get(given.jurorIds[i]!) ?? -1];
        if (seat) seat.value = Number(given.totals[i]);
      }
    }
    const {
      score,
      complete,
      scores: counted,
      recused,
      missing,
      rule,
    } = reporterResult(seats, panel.rules, r.status === 'done');
    out.set(r.participantId, { score, complete, scores: counted, recused, missing, rule });
  }
  return out;
}

/**
 * An inspected pledge as grouped in SQL: [position, pledgeId, title, villageId, status, progress,
 * recognition]. Unordered (an ordered aggregate sorts every group on its own): set order is restored here.
 */
type PledgeTuple = [
  number,
  string,
  string,
  string,
  InspectionStatus | null,
  number | null,
  RecognitionLevel | null,
];

/** 实地考核: each participant's confirmed pledges of an approved set with their items, in set order; submitted villages. */
function inspectionRows(q: Queryable, campaignIds: string[]) {
  return readAll(q, [
    () =>
      rowsOf<{ campaignId: string; participantId: string; pledges: PledgeTuple[] }>(
        q,
        sql`select ${pledges.campaignId} as "campaignId", ${pledges.participantId} as "participantId",
          json_agg(json_build_array(${pledges.position}, ${pledges.id}, ${pledges.title}, ${pledges.villageId},
            ${inspectionItems.status}, ${inspectionItems.progressPercent}, ${inspectionItems.recognition})) as "pledges"
        from ${pledges}
        join ${pledgeSets} on ${pledgeSets.id} = ${pledges.setId}
        join ${participants} on ${participants.id} = ${pledges.participantId}
        left join ${inspectionItems} on ${inspectionItems.pledgeId} = ${pledges.id}
          and ${inspectionItems.campaignId} = ${pledges.campaignId}
        where ${and(
          inArray(pledges.campaignId, campaignIds),
          eq(pledgeSets.status, 'approved'),
          eq(pledges.status, 'confirmed'),
          eq(participants.excluded, false),
        )}
        group by ${pledges.campaignId}, ${pledges.participantId}`,
      ),
    () =>
      q
        .select({ campaignId: inspectionVillages.campaignId, villageId: inspectionVillages.villageId })
        .from(inspectionVillages)
        .where(
          and(
            inArray(inspectionVillages.campaignId, campaignIds),
            sql`${inspectionVillages.submittedAt} is not null`,
          ),
        ),
  ] as const);
}
type InspectionRows = Awaited<ReturnType<typeof inspectionRows>>;

function inspectionFrom(
  list: readonly ResultCampaign[],
  rows: InspectionRows,
): Map<string, InspectionResult> {
  const [groups, assignments] = rows;
  const submittedOf = groupBy(assignments, (a) => a.campaignId);
  const rowsOf = groupBy(groups, (r) => r.campaignId);
  const out = new Map<string, InspectionResult>();
  for (const campaign of list) {
    const mine = rowsOf.get(campaign.id);
    if (!mine) continue;
    const pledgeList: ResultPledge[] = [];
    const items: Parameters<typeof resultsFrom>[1] = [];
    for (const r of mine) {
      const inOrder = [...r.pledges].sort((a, b) => a[0] - b[0]);
      for (const [, id, title, villageId, status, progressPercent, recognition] of inOrder) {
        pledgeList.push({
          pledge: { id, title, villageId, participantId: r.participantId },
          cadreName: '', // not part of the result
        });
        if (status !== null && progressPercent !== null && recognition !== null) {
          items.push({ pledgeId: id, status, progressPercent, recognition });
        }
      }
    }
    const submitted = new Set((submittedOf.get(campaign.id) ?? []).map((a) => a.villageId));
    const full = resultsFrom(pledgeList, items, submitted, campaign.config.inspectionWeights);
    for (const [id, { score, items: scored, complete }] of full)
      out.set(id, { score, items: scored, complete });
  }
  return out;
}

/** Every row the campaigns' results are computed from. */
export type PartRows = {
  people: ParticipantRow[];
  polls: PollRow[];
  jury: JuryRows;
  inspection: InspectionRows;
};

/** The rows of the three parts and the participants of the campaigns, fetched and nothing else. */
export async function readPartRows(q: Queryable, campaignIds: string[]): Promise<PartRows> {
  const [people, pollList, jury, inspection] = await readAll(q, [
    () => participantRows(q, campaignIds),
    () => pollRows(q, campaignIds),
    () => juryRows(q, campaignIds),
    () => inspectionRows(q, campaignIds),
  ] as const);
  return { people, polls: pollList, jury, inspection };
}

type Parts = Parameters<typeof finalResults>[1];

/** Each campaign's final results, in rank order. */
const finalsOf = (
  list: readonly ResultCampaign[],
  people: Map<string, ResultParticipant[]>,
  parts: Parts,
  now: Date,
) => new Map(list.map((c) => [c.id, finalResults(people.get(c.id) ?? [], parts, c.config, now)]));

/** Each campaign's final results (rank order) from rows readPartRows fetched: the computing alone. */
export function resultsFromRows(
  list: readonly ResultCampaign[],
  rows: PartRows,
  now: Date,
): Map<string, FinalResult[]> {
  const parts = {
    village: villageFrom(rows.polls),
    jury: juryFrom(list, rows.jury),
    inspection: inspectionFrom(list, rows.inspection),
  };
  return finalsOf(list, participantsFrom(rows.people), parts, now);
}

/**
 * The live preview of each campaign: its parts as they stand now, under the config given. Each part
 * is computed as soon as its rows are in, while the database still works on the others.
 */
export async function previewResultsOf(
  q: Queryable,
  list: ResultCampaign[],
  now = new Date(),
): Promise<Map<string, FinalResult[]>> {
  if (list.length === 0) return new Map();
  const ids = list.map((c) => c.id);
  const [people, village, jury, inspection] = await readAll(q, [
    async () => participantsFrom(await participantRows(q, ids)),
    async () => villageFrom(await pollRows(q, ids)),
    async () => juryFrom(list, await juryRows(q, ids)),
    async () => inspectionFrom(list, await inspectionRows(q, ids)),
  ] as const);
  return finalsOf(list, people, { village, jury, inspection }, now);
}

/**
 * Each campaign's final results in rank order: the frozen set where the office has confirmed one,
 * else (unless `frozenOnly`: then []) the live preview under the campaign's current config. A
 * campaign id that does not exist is absent from the map.
 */
export async function readFinalResultsOf(
  q: Queryable,
  campaignIds: string[],
  options: { frozenOnly?: boolean; now?: Date } = {},
): Promise<Map<string, FinalResult[]>> {
  const out = new Map<string, FinalResult[]>();
  if (campaignIds.length === 0) return out;
  const sets = await q
    .select({ id: resultSets.id, campaignId: resultSets.campaignId })
    .from(resultSets)
    .where(and(inArray(resultSets.campaignId, campaignIds), isNull(resultSets.supersededAt)));
  if (sets.length > 0) {
    const frozen = await q
      .select({ setId: finalResultRows.setId, result: finalResultRows.result })
      .from(finalResultRows)
      .where(
        inArray(
          finalResultRows.setId,
          sets.map((s) => s.id),
        ),
      )
      .orderBy(asc(finalResultRows.position));
    const bySet = groupBy(frozen, (r) => r.setId);
    for (const s of sets)
      out.set(
        s.campaignId,
        (bySet.get(s.id) ?? []).map((r) => r.result),
      );
  }
  const live = campaignIds.filter((id) => !out.has(id));
  if (live.length === 0) return out;
  const rows = await q
    .select({ id: campaigns.id, config: campaigns.config })
    .from(campaigns)
    .where(inArray(campaigns.id, live));
  if (options.frozenOnly) {
    for (const c of rows) out.set(c.id, []);
    return out;
  }
  for (const [id, results] of await previewResultsOf(q, rows, options.now)) out.set(id, results);
  return out;
}

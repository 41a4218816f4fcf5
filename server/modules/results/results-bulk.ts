/**
 * The final results of many campaigns at once (a county's or a province's townships, or one): a
 * fixed number of set-based statements whatever the number of campaigns, each part grouped in SQL
 * (a reporter's scores, a participant's inspected pledges: one row each), then the same pure rules
 * as every other view of those parts (evaluationsOf, panelOf, resultsFrom, finalResults).
 * readFinalResults and previewResults are this read for one campaign.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
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
import type {
  FinalResult,
  InspectionResult,
  InspectionStatus,
  JuryResult,
  VillageEvaluationResult,
} from '../../domain/evaluation/types.ts';
import { POST_LABELS } from '../../domain/participants.ts';
import { type ResultPledge, resultsFrom } from '../inspection/inspection-results.ts';
import { rulesOf } from '../jury/jury-context.ts';
import { panelOf, tiesByJuror } from '../jury/jury-panels.ts';
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

/** Each campaign's active participants (excluded ones take no part), with names and posts. */
export async function participantsOf(
  q: Queryable,
  campaignIds: string[],
): Promise<Map<string, ResultParticipant[]>> {
  const rows = await q
    .select({
      campaignId: participants.campaignId,
      participantId: participants.id,
      personId: participants.personId,
      villageId: participants.villageId,
      isSecretary: participants.isSecretary,
      isDirector: participants.isDirector,
      name: persons.name,
      villageName: villages.name,
      villageCode: villages.code,
    })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .innerJoin(villages, eq(villages.id, participants.villageId))
    .where(and(inArray(participants.campaignId, campaignIds), eq(participants.excluded, false)));
  const out = new Map<string, ResultParticipant[]>();
  for (const [campaignId, list] of groupBy(rows, (r) => r.campaignId)) {
    out.set(
      campaignId,
      list.map(({ isSecretary, isDirector, campaignId: _, ...r }) => ({
        ...r,
        posts: [
          ...(isSecretary ? [POST_LABELS.party_secretary] : []),
          ...(isDirector ? [POST_LABELS.committee_director] : []),
        ],
      })),
    );
  }
  return out;
}

/** 民主测评: each campaign's standing certified polls, read as readVillageEvaluations does. */
async function villageParts(q: Queryable, campaignIds: string[]) {
  const rows = await q
    .select({
      campaignId: meetings.campaignId,
      id: polls.id,
      villageId: polls.villageId,
      status: polls.status,
      correctsPollId: polls.correctsPollId,
      certifiedAt: polls.certifiedAt,
      result: polls.result,
      createdAt: polls.createdAt,
    })
    .from(polls)
    .innerJoin(meetings, eq(meetings.id, polls.meetingId))
    .where(and(inArray(meetings.campaignId, campaignIds), eq(polls.purpose, 'democratic_evaluation')));
  const out = new Map<string, VillageEvaluationResult>();
  for (const list of groupBy(rows, (r) => r.campaignId ?? '').values()) {
    list.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    for (const [id, result] of evaluationsOf(standingCertified(list))) out.set(id, result);
  }
  return out;
}

/** 乡集中述职: every reporter's result, a reporter's scores grouped in SQL as [jurorId, total] pairs. */
async function juryParts(q: Queryable, list: ResultCampaign[]): Promise<Map<string, JuryResult>> {
  const out = new Map<string, JuryResult>();
  const meetingRows = await q
    .select()
    .from(juryMeetings)
    .where(
      inArray(
        juryMeetings.campaignId,
        list.map((c) => c.id),
      ),
    );
  if (meetingRows.length === 0) return out;
  const meetingIds = meetingRows.map((m) => m.id);
  const [reporters, jurorRows, ties, scores] = [
    await q
      .select({
        id: juryReporters.id,
        meetingId: juryReporters.meetingId,
        participantId: juryReporters.participantId,
        villageId: juryReporters.villageId,
        status: juryReporters.status,
      })
      .from(juryReporters)
      .where(inArray(juryReporters.meetingId, meetingIds))
      .orderBy(asc(juryReporters.position)),
    await q
      .select({ id: jurors.id, meetingId: jurors.meetingId, alias: jurors.alias })
      .from(jurors)
      .where(inArray(jurors.meetingId, meetingIds))
      .orderBy(asc(jurors.alias), asc(jurors.createdAt)),
    await q
      .select({ jurorId: jurorTies.jurorId, villageId: jurorTies.villageId })
      .from(jurorTies)
      .where(inArray(jurorTies.meetingId, meetingIds)),
    // Two aggregates of one group advance over the same rows in the same order, so index i of one
    // is index i of the other (an ORDER BY here made the plan 3× slower); JSON parses faster than arrays.
    await q
      .select({
        reporterId: juryScores.reporterId,
        jurorIds: sql<string[]>`json_agg(${juryScores.jurorId})`,
        totals: sql<number[]>`json_agg(${juryScores.total})`,
      })
      .from(juryScores)
      .where(inArray(juryScores.meetingId, meetingIds))
      .groupBy(juryScores.reporterId),
  ];
  const configOf = new Map(list.map((c) => [c.id, c.config]));
  const jurorsOf = groupBy(jurorRows, (j) => j.meetingId);
  const tied = tiesByJuror(ties);
  const scoresOf = new Map<string, Map<string, { total: number }>>();
  for (const s of scores) {
    const mine = new Map<string, { total: number }>();
    for (const [i, jurorId] of s.jurorIds.entries()) mine.set(jurorId, { total: Number(s.totals[i]) });
    scoresOf.set(s.reporterId, mine);
  }
  const rulesOfMeeting = new Map(
    meetingRows.map((m) => [m.id, rulesOf(m, { config: configOf.get(m.campaignId)! })]),
  );
  for (const r of reporters) {
    const { result } = panelOf(
      jurorsOf.get(r.meetingId) ?? [],
      r,
      tied,
      scoresOf.get(r.id),
      rulesOfMeeting.get(r.meetingId)!,
    );
    out.set(r.participantId, {
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

/** An inspected pledge as grouped in SQL: [pledgeId, title, villageId, status, progress, recognition]. */
type PledgeTuple = [string, string, string, InspectionStatus | null, number | null, RecognitionLevel | null];

/** 实地考核: each participant's confirmed pledges of an approved set, with their items, in set order. */
async function inspectionParts(q: Queryable, list: ResultCampaign[]): Promise<Map<string, InspectionResult>> {
  const ids = list.map((c) => c.id);
  const [rows, assignments] = [
    await q
      .select({
        campaignId: pledges.campaignId,
        participantId: pledges.participantId,
        pledges: sql<PledgeTuple[]>`json_agg(json_build_array(${pledges.id}, ${pledges.title},
          ${pledges.villageId}, ${inspectionItems.status}, ${inspectionItems.progressPercent},
          ${inspectionItems.recognition}) order by ${pledges.position})`,
      })
      .from(pledges)
      .innerJoin(pledgeSets, eq(pledgeSets.id, pledges.setId))
      .innerJoin(participants, eq(participants.id, pledges.participantId))
      .leftJoin(
        inspectionItems,
        and(eq(inspectionItems.pledgeId, pledges.id), eq(inspectionItems.campaignId, pledges.campaignId)),
      )
      .where(
        and(
          inArray(pledges.campaignId, ids),
          eq(pledgeSets.status, 'approved'),
          eq(pledges.status, 'confirmed'),
          eq(participants.excluded, false),
        ),
      )
      .groupBy(pledges.campaignId, pledges.participantId),
    await q
      .select({ campaignId: inspectionVillages.campaignId, villageId: inspectionVillages.villageId })
      .from(inspectionVillages)
      .where(
        and(inArray(inspectionVillages.campaignId, ids), sql`${inspectionVillages.submittedAt} is not null`),
      ),
  ];
  const submittedOf = groupBy(assignments, (a) => a.campaignId);
  const rowsOf = groupBy(rows, (r) => r.campaignId);
  const out = new Map<string, InspectionResult>();
  for (const campaign of list) {
    const mine = rowsOf.get(campaign.id);
    if (!mine) continue;
    const pledgeList: ResultPledge[] = [];
    const items: Parameters<typeof resultsFrom>[1] = [];
    for (const r of mine) {
      for (const [id, title, villageId, status, progressPercent, recognition] of r.pledges) {
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

/** The live preview of each campaign: its parts as they stand now, under the config given. */
export async function previewResultsOf(
  q: Queryable,
  list: ResultCampaign[],
  now = new Date(),
): Promise<Map<string, FinalResult[]>> {
  if (list.length === 0) return new Map();
  const ids = list.map((c) => c.id);
  const [people, village, jury, inspection] = [
    await participantsOf(q, ids),
    await villageParts(q, ids),
    await juryParts(q, list),
    await inspectionParts(q, list),
  ];
  return new Map(
    list.map((c) => [
      c.id,
      finalResults(people.get(c.id) ?? [], { village, jury, inspection }, c.config, now),
    ]),
  );
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

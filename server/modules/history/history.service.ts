import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { forbidden, notFound } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { campaigns, participants, persons, pledges, townships, villages } from '../../db/schema/index.ts';
import type { FinalResult } from '../../domain/evaluation/types.ts';
import { OUTCOME_SOURCE_LABELS } from '../../domain/history/pledge-outcome.ts';
import { POST_LABELS } from '../../domain/participants.ts';
import { PHASE_LABELS } from '../../domain/phases.ts';
import { HISTORY_FORBIDDEN, HISTORY_OWN_ONLY, historyAccess } from '../../domain/policies/history.ts';
import { currentResultSet, frozenResults, readFinalResults } from '../results/results-read.ts';
import { CONSEQUENCE_SOURCES } from './consequences.ts';
import type { HistoryView, HistoryYear } from './history.schema.ts';
import { type PledgeWithOutcome, pledgesWithOutcome } from './pledge-outcomes.ts';

/** Phases in which a year has results to show (the live preview while in 评诺). */
const WITH_RESULTS = new Set(['evaluation', 'sanctions', 'archived']);

/**
 * 履职档案: one person's every year in the county (one identity across villages and posts): the
 * pledges with their final status, the scores, grade and rank, and the consequences they brought.
 */
export async function cadreHistory(q: Queryable, actor: Actor, personId: string): Promise<HistoryView> {
  const [person] = await q
    .select({ person: persons, villageName: villages.name, townshipName: townships.name })
    .from(persons)
    .innerJoin(villages, eq(villages.id, persons.villageId))
    .innerJoin(townships, eq(townships.id, persons.townshipId))
    .where(and(eq(persons.id, personId), eq(persons.countyId, actor.scope.countyId)));
  if (!person) throw notFound('村干部');
  const rows = await participations(q, personId);
  const access = historyAccess(actor, {
    personId,
    countyId: person.person.countyId,
    townshipIds: [person.person.townshipId, ...rows.map((r) => r.participant.townshipId)],
    villageIds: [person.person.villageId, ...rows.map((r) => r.participant.villageId)],
  });
  if (access === 'hidden') throw notFound('村干部');
  if (access === 'forbidden')
    throw forbidden(actor.role === 'village_cadre' ? HISTORY_OWN_ONLY : HISTORY_FORBIDDEN);
  const participantIds = rows.map((r) => r.participant.id);
  const pledgeRows = participantIds.length
    ? await pledgesWithOutcome(q, inArray(pledges.participantId, participantIds))
    : [];
  const consequences = (
    await Promise.all(
      CONSEQUENCE_SOURCES.map((read) =>
        read(q, { personId, participantIds, campaignIds: rows.map((r) => r.campaign.id) }),
      ),
    )
  ).flat();
  const years: HistoryYear[] = [];
  for (const r of rows) {
    const { participant: p, campaign } = r;
    years.push({
      campaignId: campaign.id,
      year: campaign.year,
      phase: campaign.phase,
      phaseLabel: PHASE_LABELS[campaign.phase],
      townshipName: r.townshipName,
      villageName: r.villageName,
      posts: [
        ...(p.isSecretary ? [POST_LABELS.party_secretary] : []),
        ...(p.isDirector ? [POST_LABELS.committee_director] : []),
      ],
      excluded: p.excluded,
      excludedReason: p.excludedReason,
      pledges: pledgeRows.filter((x) => x.participantId === p.id).map(pledgeView),
      result: p.excluded ? null : await yearResult(q, campaign, p.id),
      consequences: consequences
        .filter((c) => c.campaignId === campaign.id)
        .map(({ campaignId: _c, ...c }) => c),
    });
  }
  const { person: who } = person;
  return {
    person: {
      id: who.id,
      name: who.name,
      gender: who.gender,
      birthYear: who.birthYear,
      partyMember: who.partyMember,
      villageName: person.villageName,
      townshipName: person.townshipName,
    },
    years,
  };
}

async function participations(q: Queryable, personId: string) {
  return q
    .select({
      participant: participants,
      campaign: campaigns,
      villageName: villages.name,
      townshipName: townships.name,
    })
    .from(participants)
    .innerJoin(campaigns, eq(campaigns.id, participants.campaignId))
    .innerJoin(villages, eq(villages.id, participants.villageId))
    .innerJoin(townships, eq(townships.id, participants.townshipId))
    .where(eq(participants.personId, personId))
    .orderBy(asc(campaigns.year));
}

const pledgeView = (p: PledgeWithOutcome) => ({
  id: p.id,
  category: p.category,
  title: p.title,
  dueDate: p.dueDate,
  approved: p.approved,
  status: p.outcome.label,
  statusSource: p.outcome.source ? OUTCOME_SOURCE_LABELS[p.outcome.source] : null,
  kept: p.outcome.kept,
});

/** The confirmed result of the year, else (while in 评诺) the live preview; null before that. */
async function yearResult(
  q: Queryable,
  campaign: { id: string; phase: string },
  participantId: string,
): Promise<HistoryYear['result']> {
  if (!WITH_RESULTS.has(campaign.phase)) return null;
  const set = await currentResultSet(q, campaign.id);
  const results = set ? await frozenResults(q, set.id) : await readFinalResults(q, campaign.id);
  const mine = results.find((r) => r.participantId === participantId);
  return mine ? resultView(mine, set !== null) : null;
}

const resultView = (r: FinalResult, confirmed: boolean): NonNullable<HistoryYear['result']> => ({
  confirmed,
  villageScore: r.village?.score ?? null,
  satisfactionRate: r.village?.satisfactionRate ?? null,
  unqualified: r.village?.unqualified ?? false,
  juryScore: r.jury?.score ?? null,
  inspectionScore: r.inspection?.score ?? null,
  composite: r.composite,
  grade: r.grade,
  rank: r.rank,
  of: r.explanation.rank.of,
});

import { and, asc, eq, ne } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import {
  participants,
  persons,
  pledgeOverlapOverrides,
  pledgeSets,
  pledges,
  villages,
} from '../../db/schema/index.ts';
import { roleLabel } from '../../domain/participants.ts';
import { type ChecklistParticipant, villageChecklist } from '../../domain/pledging/checklist.ts';
import { deadlineStanding } from '../../domain/pledging/deadline.ts';
import { buildIdf, corpusText } from '../../domain/pledging/overlap.ts';
import { SET_STATUS_LABELS } from '../../domain/pledging/workflow.ts';
import { pairActions } from '../../domain/policies/pledge.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { allowedSetActions, pairFacts } from './pledge-policy.ts';
import { townshipZone } from './township-zone.ts';

/** IDF over every pledge of the campaign (the township's corpus). */
async function campaignIdf(db: Queryable, campaignId: string) {
  const rows = await db
    .select({ title: pledges.title, content: pledges.content })
    .from(pledges)
    .where(and(eq(pledges.campaignId, campaignId), ne(pledges.status, 'withdrawn')));
  return buildIdf(rows.map((r) => corpusText({ id: '', ...r })));
}

/** The participants of one village in a campaign with their sets and pledges. */
export async function villageParticipants(db: Queryable, campaign: CampaignRow, villageId: string) {
  const people = await db
    .select({ participant: participants, name: persons.name })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .where(and(eq(participants.campaignId, campaign.id), eq(participants.villageId, villageId)))
    .orderBy(asc(persons.name));
  const sets = await db
    .select()
    .from(pledgeSets)
    .where(and(eq(pledgeSets.campaignId, campaign.id), eq(pledgeSets.villageId, villageId)));
  const items = await db
    .select()
    .from(pledges)
    .where(and(eq(pledges.campaignId, campaign.id), eq(pledges.villageId, villageId)))
    .orderBy(asc(pledges.position));
  return people.map(({ participant, name }) => {
    const set = sets.find((s) => s.participantId === participant.id) ?? null;
    return { participant, name, set, pledges: set ? items.filter((i) => i.setId === set.id) : [] };
  });
}

/**
 * The approval checklist of a village (issue 4 §5), computed from the stored rows; lateness against
 * the commitment deadline is judged by the township's local date at `now`.
 */
export async function computeVillageChecklist(
  db: Queryable,
  campaign: CampaignRow,
  villageId: string,
  now: Date = new Date(),
) {
  const people = await villageParticipants(db, campaign, villageId);
  const overrides = await db
    .select()
    .from(pledgeOverlapOverrides)
    .where(
      and(
        eq(pledgeOverlapOverrides.campaignId, campaign.id),
        eq(pledgeOverlapOverrides.villageId, villageId),
      ),
    );
  const input: ChecklistParticipant[] = people.map(({ participant, set, pledges: items }) => ({
    id: participant.id,
    isSecretary: participant.isSecretary,
    isDirector: participant.isDirector,
    excluded: participant.excluded,
    setStatus: set?.status ?? null,
    minimumOverrideReason: set?.minimumOverrideReason ?? null,
    pledges: items.map((p) => ({
      id: p.id,
      title: p.title,
      content: p.content,
      status: p.status,
      dueDate: p.dueDate,
      version: p.version,
    })),
  }));
  const result = villageChecklist(
    input,
    campaign.config,
    overrides.map((o) => ({
      aId: o.aPledgeId,
      bId: o.bPledgeId,
      aVersion: o.aVersion,
      bVersion: o.bVersion,
      reason: o.reason,
    })),
    {
      year: campaign.year,
      today: deadlineStanding(
        campaign.config.commitmentDeadline,
        await townshipZone(db, campaign.townshipId),
        now,
      ).today,
      idf: await campaignIdf(db, campaign.id),
    },
  );
  return { people, result };
}

/** GET view: each participant's checks and allowed actions, the flagged pairs side by side with highlights. */
export async function villageChecklistView(
  db: Queryable,
  actor: Actor,
  campaignId: string,
  villageId: string,
  now: Date = new Date(),
) {
  const campaign = await findCampaign(db, actor.scope, campaignId);
  const village = await findInScope(db, villages, actor.scope, villageId, '村', {
    columns: { county: villages.countyId, township: villages.townshipId, village: villages.id },
  });
  if (village.townshipId !== campaign.townshipId) throw notFound('村');
  const { people, result } = await computeVillageChecklist(db, campaign, villageId, now);
  const pledgeById = new Map(
    people.flatMap((p) => p.pledges.map((x) => [x.id, { ...x, ownerName: p.name }])),
  );
  const participantById = new Map(people.map((p) => [p.participant.id, p.participant]));
  const brief = (id: string) => {
    const p = pledgeById.get(id)!;
    return {
      id,
      participantId: p.participantId,
      ownerName: p.ownerName,
      title: p.title,
      content: p.content,
      version: p.version,
    };
  };
  // One participant after another: db may be a transaction, which runs one query at a time.
  const entries = [];
  for (const { participant, name, set, pledges: items } of people) {
    const entry = result.participants.find((e) => e.participantId === participant.id)!;
    const allowedActions = set
      ? await allowedSetActions(db, actor, { set, campaign, participant, items })
      : [];
    entries.push({
      ...entry,
      name,
      roleLabel: roleLabel(participant.isSecretary, participant.isDirector),
      excludedReason: participant.excludedReason,
      setId: set?.id ?? null,
      setStatus: set?.status ?? null,
      statusLabel: set ? SET_STATUS_LABELS[set.status] : '尚未起草',
      approvable: entry.ready && set?.status === 'confirmed',
      allowedActions,
    });
  }
  return {
    village: { id: village.id, name: village.name },
    commitmentDeadline: campaign.config.commitmentDeadline,
    overlapThreshold: campaign.config.overlapThreshold,
    participants: entries,
    pairs: result.pairs.map((pair) => ({
      a: brief(pair.aId),
      b: brief(pair.bId),
      score: pair.score,
      shared: pair.shared,
      highlightsA: pair.highlightsA,
      highlightsB: pair.highlightsB,
      overrideReason: pair.overrideReason,
      blocking: pair.overrideReason === null,
      allowedActions: pairActions(
        pairFacts(
          actor,
          campaign,
          participantById.get(pair.aParticipantId)!,
          pair.overrideReason === null ? 'blocking' : 'overridden',
        ),
      ),
    })),
  };
}

import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import {
  campaigns,
  participants,
  persons,
  pledgeOpinions,
  pledgeRevisions,
  pledgeSetEvents,
  pledgeSets,
  pledges,
  pledgeVoteRounds,
  polls,
  townships,
  villages,
} from '../../db/schema/index.ts';
import { DEFAULT_TIME_ZONE } from '../../domain/local-time.ts';
import { roleLabel } from '../../domain/participants.ts';
import { requiredItems } from '../../domain/pledging/checklist.ts';
import { PLEDGE_STATUS_LABELS, SET_STATUS_LABELS } from '../../domain/pledging/workflow.ts';
import type { PledgeAction, SetAction } from '../../domain/policies/pledge.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import {
  contextOf,
  itemsOf,
  type PledgeRow,
  participantInScope,
  type SetContext,
  type SetRow,
  setInScope,
} from './pledge-access.ts';
import { allowedParticipantActions, allowedPledgeActions, allowedSetActions } from './pledge-policy.ts';

export async function personName(db: Queryable, personId: string): Promise<string> {
  const [row] = await db.select({ name: persons.name }).from(persons).where(eq(persons.id, personId));
  return row?.name ?? '';
}

export const presentSet = (set: SetRow, allowedActions: SetAction[]) => ({
  id: set.id,
  participantId: set.participantId,
  status: set.status,
  statusLabel: SET_STATUS_LABELS[set.status],
  round: set.round,
  pollId: set.pollId,
  minimumOverrideReason: set.minimumOverrideReason,
  townshipComment: set.townshipComment,
  allowedActions,
});

export const presentPledge = (p: PledgeRow, allowedActions: PledgeAction[]) => ({
  id: p.id,
  setId: p.setId,
  participantId: p.participantId,
  position: p.position,
  category: p.category,
  title: p.title,
  content: p.content,
  completionStandard: p.completionStandard,
  dueDate: p.dueDate,
  status: p.status,
  statusLabel: PLEDGE_STATUS_LABELS[p.status],
  version: p.version,
  allowedActions,
});

/** The set as the caller sees it after a write: its fields and what the caller may do next. */
export async function setView(db: Queryable, actor: Actor, setId: string) {
  const ctx = await contextOf(db, actor.scope, await setInScope(db, actor.scope, setId));
  return presentSet(ctx.set, await allowedSetActions(db, actor, ctx));
}

/** One pledge as the caller sees it, with what they may do to it. */
export async function pledgeView(db: Queryable, actor: Actor, pledge: PledgeRow) {
  const ctx = await contextOf(db, actor.scope, await setInScope(db, actor.scope, pledge.setId));
  return presentPledge(pledge, allowedPledgeActions(actor, ctx, pledge));
}

const HANDLING_LABELS = { adopted: '已采纳', explained: '已解释说明' } as const;

/**
 * One participant's set with every pledge's history (revisions, vote rounds), opinions and events,
 * and what the caller may do to each (allowedActions); times are shown in the township's zone.
 */
export async function setDetail(db: Queryable, actor: Actor, participantId: string) {
  const participant = await participantInScope(db, actor.scope, participantId);
  const campaign = await findCampaign(db, actor.scope, participant.campaignId);
  const [set] = await db.select().from(pledgeSets).where(eq(pledgeSets.participantId, participant.id));
  const items = set ? await itemsOf(db, set.id) : [];
  const ctx: SetContext | null = set ? { set, campaign, participant, items } : null;
  const ids = items.map((i) => i.id);
  // One query at a time: db may be a transaction, which runs on one connection.
  const revisions = ids.length
    ? await db
        .select()
        .from(pledgeRevisions)
        .where(inArray(pledgeRevisions.pledgeId, ids))
        .orderBy(asc(pledgeRevisions.version))
    : [];
  const rounds = ids.length
    ? await db
        .select()
        .from(pledgeVoteRounds)
        .where(inArray(pledgeVoteRounds.pledgeId, ids))
        .orderBy(asc(pledgeVoteRounds.round))
    : [];
  const opinions = set
    ? await db
        .select()
        .from(pledgeOpinions)
        .where(eq(pledgeOpinions.setId, set.id))
        .orderBy(asc(pledgeOpinions.createdAt))
    : [];
  const events = set
    ? await db
        .select()
        .from(pledgeSetEvents)
        .where(eq(pledgeSetEvents.setId, set.id))
        .orderBy(asc(pledgeSetEvents.at))
    : [];
  const [village] = await db
    .select({ name: villages.name, timeZone: townships.timeZone })
    .from(villages)
    .innerJoin(townships, eq(townships.id, villages.townshipId))
    .where(eq(villages.id, participant.villageId));
  const [poll] = set?.pollId
    ? await db
        .select({ id: polls.id, status: polls.status, meetingId: polls.meetingId })
        .from(polls)
        .where(eq(polls.id, set.pollId))
    : [];
  return {
    campaign: {
      id: campaign.id,
      year: campaign.year,
      phase: campaign.phase,
      commitmentDeadline: campaign.config.commitmentDeadline,
    },
    /** The township's zone: the web prints every time of this page in it. */
    timeZone: village?.timeZone ?? DEFAULT_TIME_ZONE,
    participant: {
      id: participant.id,
      personId: participant.personId,
      name: await personName(db, participant.personId),
      villageId: participant.villageId,
      villageName: village?.name ?? '',
      roleLabel: roleLabel(participant.isSecretary, participant.isDirector),
      isSecretary: participant.isSecretary,
      isDirector: participant.isDirector,
      excluded: participant.excluded,
      excludedReason: participant.excludedReason,
      allowedActions: allowedParticipantActions(actor, {
        campaign,
        participant,
        setStatus: set?.status ?? null,
      }),
    },
    set: ctx ? presentSet(ctx.set, await allowedSetActions(db, actor, ctx)) : null,
    /** The set's current or last poll: once 'certified' while the set is 'voting', apply-vote is due. */
    poll: poll ?? null,
    categories: campaign.config.categories,
    required: requiredItems(campaign.config, participant),
    pledges: items.map((p) => ({
      ...presentPledge(p, ctx ? allowedPledgeActions(actor, ctx, p) : []),
      revisions: revisions.filter((r) => r.pledgeId === p.id),
      rounds: rounds.filter((r) => r.pledgeId === p.id),
    })),
    opinions: opinions.map((o) => ({
      ...o,
      handlingLabel: o.handling ? HANDLING_LABELS[o.handling] : '待处理',
    })),
    events,
  };
}

/** The village's newest campaign past setup (the one its public page shows). */
async function publicCampaign(db: Queryable, townshipId: string) {
  const [row] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.townshipId, townshipId), ne(campaigns.phase, 'setup')))
    .orderBy(desc(campaigns.year))
    .limit(1);
  return row ?? null;
}

/**
 * Public page data (no login): drafts under solicitation (so villagers can comment) and approved
 * pledges. Nothing else: no opinions, no names of who wrote them, no drafts before solicitation.
 */
export async function publicVillagePledges(db: Queryable, villageId: string) {
  const [village] = await db
    .select({
      id: villages.id,
      name: villages.name,
      townshipId: villages.townshipId,
      township: townships.name,
      timeZone: townships.timeZone,
    })
    .from(villages)
    .innerJoin(townships, eq(townships.id, villages.townshipId))
    .where(eq(villages.id, villageId));
  if (!village) throw notFound('村');
  const campaign = await publicCampaign(db, village.townshipId);
  const base = {
    village: { id: village.id, name: village.name, township: village.township },
    timeZone: village.timeZone,
  };
  if (!campaign) return { ...base, campaign: null, soliciting: [], approved: [] };
  const rows = await db
    .select({ set: pledgeSets, participant: participants, name: persons.name })
    .from(pledgeSets)
    .innerJoin(participants, eq(participants.id, pledgeSets.participantId))
    .innerJoin(persons, eq(persons.id, participants.personId))
    .where(
      and(
        eq(pledgeSets.campaignId, campaign.id),
        eq(pledgeSets.villageId, villageId),
        inArray(pledgeSets.status, ['soliciting', 'approved']),
        eq(participants.excluded, false),
      ),
    )
    .orderBy(asc(persons.name));
  const setIds = rows.map((r) => r.set.id);
  const items = setIds.length
    ? await db.select().from(pledges).where(inArray(pledges.setId, setIds)).orderBy(asc(pledges.position))
    : [];
  const card = (r: (typeof rows)[number], keep: (p: PledgeRow) => boolean) => ({
    setId: r.set.id,
    name: r.name,
    roleLabel: roleLabel(r.participant.isSecretary, r.participant.isDirector),
    approvedAt: r.set.approvedAt,
    pledges: items
      .filter((p) => p.setId === r.set.id && keep(p))
      .map((p) => ({
        id: p.id,
        category: p.category,
        title: p.title,
        content: p.content,
        completionStandard: p.completionStandard,
        dueDate: p.dueDate,
        statusLabel: PLEDGE_STATUS_LABELS[p.status],
      })),
  });
  return {
    ...base,
    campaign: { year: campaign.year, phase: campaign.phase },
    soliciting: rows
      .filter((r) => r.set.status === 'soliciting')
      .map((r) => card(r, (p) => p.status !== 'withdrawn')),
    approved: rows
      .filter((r) => r.set.status === 'approved')
      .map((r) => card(r, (p) => p.status === 'confirmed')),
  };
}

import type { Actor, Scope } from '../../core/actor.ts';
import { refuse } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { requiredItems } from '../../domain/pledging/checklist.ts';
import type { SetStatus } from '../../domain/pledging/workflow.ts';
import {
  minimumStanding,
  type PairFacts,
  type ParticipantAction,
  type PledgeAction,
  type PledgeFacts,
  type PledgingFacts,
  participantActions,
  participantRefusal,
  pledgeActions,
  pledgeRefusal,
  type SetAction,
  type SetFacts,
  setActions,
  setRefusal,
} from '../../domain/policies/pledge.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import {
  effectivePoll,
  type ParticipantRow,
  type PledgeRow,
  type SetContext,
  stateOf,
} from './pledge-access.ts';

export const pledgingFacts = (
  actor: Pick<Actor, 'role' | 'personId'>,
  campaign: CampaignRow,
  participant: ParticipantRow,
): PledgingFacts => ({
  actor: { role: actor.role, personId: actor.personId },
  campaign: { year: campaign.year, phase: campaign.phase },
  participant: { personId: participant.personId, excluded: participant.excluded },
});

/** Is the result that counts for the set's vote certified? Asked only while the set is voting. */
async function pollCertified(db: Queryable, scope: Scope, ctx: SetContext): Promise<boolean> {
  if (ctx.set.status !== 'voting' || !ctx.set.pollId) return false;
  return (await effectivePoll(db, scope, ctx.set.pollId)).status === 'certified';
}

export async function setFacts(db: Queryable, actor: Actor, ctx: SetContext): Promise<SetFacts> {
  const confirmed = ctx.items.filter((i) => i.status === 'confirmed').length;
  return {
    ...pledgingFacts(actor, ctx.campaign, ctx.participant),
    set: stateOf(ctx.set, ctx.items),
    pollCertified: await pollCertified(db, actor.scope, ctx),
    minimum: minimumStanding(
      confirmed,
      requiredItems(ctx.campaign.config, ctx.participant),
      ctx.set.minimumOverrideReason,
    ),
  };
}

/** Refuses unless the actor may take this step on the set now. */
export async function assertSetAction(db: Queryable, actor: Actor, ctx: SetContext, action: SetAction) {
  refuse(setRefusal(await setFacts(db, actor, ctx), action));
}

export const allowedSetActions = async (db: Queryable, actor: Actor, ctx: SetContext): Promise<SetAction[]> =>
  setActions(await setFacts(db, actor, ctx));

const pledgeFacts = (actor: Actor, ctx: SetContext, pledge: PledgeRow): PledgeFacts => ({
  ...pledgingFacts(actor, ctx.campaign, ctx.participant),
  setStatus: ctx.set.status,
  pledgeStatus: pledge.status,
});

export const assertPledgeAction = (actor: Actor, ctx: SetContext, pledge: PledgeRow, action: PledgeAction) =>
  refuse(pledgeRefusal(pledgeFacts(actor, ctx, pledge), action));

export const allowedPledgeActions = (actor: Actor, ctx: SetContext, pledge: PledgeRow): PledgeAction[] =>
  pledgeActions(pledgeFacts(actor, ctx, pledge));

type ParticipantContext = { campaign: CampaignRow; participant: ParticipantRow; setStatus: SetStatus | null };

const participantFacts = (actor: Actor, ctx: ParticipantContext) => ({
  ...pledgingFacts(actor, ctx.campaign, ctx.participant),
  setStatus: ctx.setStatus,
});

export const assertParticipantAction = (actor: Actor, ctx: ParticipantContext, action: ParticipantAction) =>
  refuse(participantRefusal(participantFacts(actor, ctx), action));

export const allowedParticipantActions = (actor: Actor, ctx: ParticipantContext): ParticipantAction[] =>
  participantActions(participantFacts(actor, ctx));

export const pairFacts = (
  actor: Actor,
  campaign: CampaignRow,
  participant: ParticipantRow,
  pair: PairFacts['pair'],
): PairFacts => ({ ...pledgingFacts(actor, campaign, participant), pair });

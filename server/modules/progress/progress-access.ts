import { eq } from 'drizzle-orm';
import type { Actor, Scope } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { persons, pledges, villages } from '../../db/schema/index.ts';
import type { PolicyRefusal } from '../../domain/policies/pledge.ts';
import { type ProgressFacts, progressActions } from '../../domain/policies/progress.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import {
  type ParticipantRow,
  type PledgeRow,
  participantInScope,
  type SetRow,
  setInScope,
} from '../pledges/pledge-access.ts';

/** A pledge with what every progress rule and view reads. */
export type PledgeContext = {
  pledge: PledgeRow;
  set: SetRow;
  campaign: CampaignRow;
  participant: ParticipantRow;
  cadreName: string;
  villageName: string;
};

/** The pledge in scope (404 outside it), with its set, campaign, participant, cadre and village. */
export async function pledgeContext(
  db: Queryable,
  scope: Scope,
  pledgeId: string,
  lock = false,
): Promise<PledgeContext> {
  const pledge = await findInScope(db, pledges, scope, pledgeId, '承诺事项', { lock });
  const set = await setInScope(db, scope, pledge.setId);
  const campaign = await findCampaign(db, scope, pledge.campaignId);
  const participant = await participantInScope(db, scope, pledge.participantId);
  const [person] = await db
    .select({ name: persons.name })
    .from(persons)
    .where(eq(persons.id, participant.personId));
  const [village] = await db
    .select({ name: villages.name })
    .from(villages)
    .where(eq(villages.id, pledge.villageId));
  return {
    pledge,
    set,
    campaign,
    participant,
    cadreName: person?.name ?? '',
    villageName: village?.name ?? '',
  };
}

export const progressFacts = (
  actor: Actor,
  c: Omit<PledgeContext, 'cadreName' | 'villageName'>,
): ProgressFacts => ({
  actor: { role: actor.role, personId: actor.personId },
  campaign: { year: c.campaign.year, phase: c.campaign.phase },
  participant: { personId: c.participant.personId, excluded: c.participant.excluded },
  setStatus: c.set.status,
  pledgeStatus: c.pledge.status,
});

export const allowedProgressActions = (actor: Actor, c: PledgeContext) =>
  progressActions(progressFacts(actor, c));

/** A policy's refusal as the error a use case throws. */
export const refusalError = (r: PolicyRefusal) => new AppError(r.kind, r.code, r.message);

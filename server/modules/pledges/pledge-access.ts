import { and, asc, eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import { participants, pledgeSets, pledges } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { PHASE_LABELS } from '../../domain/phases.ts';
import type { SetState } from '../../domain/pledging/workflow.ts';
import type { Actor, Scope } from '../../core/actor.ts';
import { conflict, forbidden, notFound, wrongPhase } from '../../core/errors.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';

export type ParticipantRow = typeof participants.$inferSelect;
export type SetRow = typeof pledgeSets.$inferSelect;
export type PledgeRow = typeof pledges.$inferSelect;

export async function participantInScope(db: Queryable, scope: Scope, id: string): Promise<ParticipantRow> {
  const [row] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.id, id), scopeWhere(scope, tenantCols(participants))));
  if (!row) throw notFound('承诺主体');
  return row;
}

/** A pledge set in scope; with `lock` the row is locked for the transaction (one writer per set). */
export async function setInScope(db: Queryable, scope: Scope, id: string, lock = false): Promise<SetRow> {
  const query = db
    .select()
    .from(pledgeSets)
    .where(and(eq(pledgeSets.id, id), scopeWhere(scope, tenantCols(pledgeSets))));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('承诺事项清单');
  return row;
}

export async function pledgeInScope(db: Queryable, scope: Scope, id: string): Promise<PledgeRow> {
  const [row] = await db
    .select()
    .from(pledges)
    .where(and(eq(pledges.id, id), scopeWhere(scope, tenantCols(pledges))));
  if (!row) throw notFound('承诺事项');
  return row;
}

export const itemsOf = (db: Queryable, setId: string) =>
  db.select().from(pledges).where(eq(pledges.setId, setId)).orderBy(asc(pledges.position));

export const stateOf = (set: SetRow, items: PledgeRow[]): SetState => ({
  status: set.status,
  items: items.map((i) => ({ id: i.id, status: i.status })),
});

/** Pledging writes happen only while the campaign is in its 承诺 phase. */
export function assertPledgingPhase(campaign: CampaignRow): void {
  if (campaign.phase !== 'pledging') {
    throw wrongPhase(
      `${campaign.year} 年度考评活动当前处于“${PHASE_LABELS[campaign.phase]}”阶段，承诺事项只能在“承诺”阶段办理`,
    );
  }
}

export async function campaignOf(db: Queryable, scope: Scope, campaignId: string) {
  return findCampaign(db, scope, campaignId);
}

/** A cadre writes only their own pledges; the clerk any cadre's of the village (scope has done that). */
export function assertActsFor(actor: Actor, participant: ParticipantRow): void {
  if (actor.role === 'village_cadre' && actor.personId !== participant.personId) {
    throw forbidden('村干部只能办理本人的承诺事项');
  }
}

export function assertNotExcluded(participant: ParticipantRow): void {
  if (participant.excluded) {
    throw conflict('PARTICIPANT_EXCLUDED', '该村干部已被排除在本年度承诺考评之外（立案未结案），不参与承诺');
  }
}

/** Everything a write on a set needs, checked: scope, phase, exclusion, the cadre acting for themself. */
export async function writableSet(tx: Tx, actor: Actor, setId: string, options: { self?: boolean } = {}) {
  const set = await setInScope(tx, actor.scope, setId, true);
  const campaign = await findCampaign(tx, actor.scope, set.campaignId);
  assertPledgingPhase(campaign);
  const participant = await participantInScope(tx, actor.scope, set.participantId);
  assertNotExcluded(participant);
  if (options.self !== false) assertActsFor(actor, participant);
  const items = await itemsOf(tx, set.id);
  return { set, campaign, participant, items };
}

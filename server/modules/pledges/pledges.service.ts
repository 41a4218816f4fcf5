import { eq, sql } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { pledgeRevisions, pledgeSets, pledges } from '../../db/schema/index.ts';
import { isCalendarDate } from '../../domain/campaign-config.ts';
import { editItem, resubmit, startSoliciting, withdrawItem } from '../../domain/pledging/workflow.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import {
  lockedSet,
  type ParticipantRow,
  participantInScope,
  pledgeInScope,
  type SetRow,
  stateOf,
} from './pledge-access.ts';
import { assertParticipantAction, assertPledgeAction, assertSetAction } from './pledge-policy.ts';
import { auditPledging, recordEvent, unwrap } from './pledge-records.ts';
import type { PledgeBody, PledgePatchBody } from './pledges.schema.ts';

/** Category from the campaign's config, due date a real date within the campaign year. */
function checkFields(campaign: CampaignRow, body: Partial<PledgeBody>) {
  if (body.category !== undefined && !campaign.config.categories.includes(body.category)) {
    throw badRequest(
      'category',
      `“承诺类别”须为本年度设置的类别之一：${campaign.config.categories.join('、')}`,
    );
  }
  if (body.dueDate !== undefined) {
    if (!isCalendarDate(body.dueDate)) throw badRequest('dueDate', '“完成时限”不是有效日期');
    if (!body.dueDate.startsWith(`${campaign.year}-`)) {
      throw badRequest('dueDate', `“完成时限”须在 ${campaign.year} 年内（不晚于 ${campaign.year}-12-31）`);
    }
  }
}

/**
 * The participant's set, created on first use (one per participant, even holding both posts) and
 * locked. Creating it before the rules are checked is safe: a refusal rolls the use case back.
 */
async function setFor(tx: Tx, participant: ParticipantRow): Promise<SetRow> {
  await tx
    .insert(pledgeSets)
    .values({
      countyId: participant.countyId,
      townshipId: participant.townshipId,
      villageId: participant.villageId,
      campaignId: participant.campaignId,
      participantId: participant.id,
    })
    .onConflictDoNothing();
  const [set] = await tx
    .select()
    .from(pledgeSets)
    .where(eq(pledgeSets.participantId, participant.id))
    .for('update');
  return set!;
}

export async function addPledge(tx: Tx, actor: Actor, participantId: string, body: PledgeBody) {
  const participant = await participantInScope(tx, actor.scope, participantId);
  const campaign = await findCampaign(tx, actor.scope, participant.campaignId);
  const set = await setFor(tx, participant);
  assertParticipantAction(actor, { campaign, participant, setStatus: set.status }, 'draft');
  checkFields(campaign, body);
  const [{ next }] = (await tx
    .select({ next: sql<number>`coalesce(max(${pledges.position}), -1)::int + 1` })
    .from(pledges)
    .where(eq(pledges.setId, set.id))) as [{ next: number }];
  const [row] = await tx
    .insert(pledges)
    .values({
      countyId: set.countyId,
      townshipId: set.townshipId,
      villageId: set.villageId,
      campaignId: set.campaignId,
      setId: set.id,
      participantId: participant.id,
      position: next,
      ...body,
    })
    .returning();
  await auditPledging(tx, asAuditActor(actor), set, {
    action: 'pledge.create',
    entity: 'pledge',
    entityId: row!.id,
    after: row,
  });
  return row!;
}

const TEXT_FIELDS = ['category', 'title', 'content', 'completionStandard', 'dueDate'] as const;

export async function updatePledge(tx: Tx, actor: Actor, pledgeId: string, body: PledgePatchBody) {
  const pledge = await pledgeInScope(tx, actor.scope, pledgeId);
  const ctx = await lockedSet(tx, actor.scope, pledge.setId);
  assertPledgeAction(actor, ctx, pledge, 'edit');
  checkFields(ctx.campaign, body);
  const changes = Object.fromEntries(
    TEXT_FIELDS.filter((f) => body[f] !== undefined && body[f] !== pledge[f]).map((f) => [f, body[f]]),
  );
  if (Object.keys(changes).length === 0) return pledge;
  const status = unwrap(editItem(ctx.set.status, pledge.status));
  await tx.insert(pledgeRevisions).values({
    countyId: pledge.countyId,
    townshipId: pledge.townshipId,
    villageId: pledge.villageId,
    pledgeId: pledge.id,
    version: pledge.version,
    category: pledge.category,
    title: pledge.title,
    content: pledge.content,
    completionStandard: pledge.completionStandard,
    dueDate: pledge.dueDate,
    reason: body.reason ?? null,
    replacedBy: actor.displayName,
  });
  const [row] = await tx
    .update(pledges)
    .set({ ...changes, status, version: pledge.version + 1, confirmedAt: null, updatedAt: new Date() })
    .where(eq(pledges.id, pledge.id))
    .returning();
  await auditPledging(tx, asAuditActor(actor), ctx.set, {
    action: 'pledge.update',
    entity: 'pledge',
    entityId: pledge.id,
    before: pledge,
    after: row,
    reason: body.reason ?? null,
  });
  return row!;
}

export async function withdrawPledge(tx: Tx, actor: Actor, pledgeId: string, reason: string) {
  const pledge = await pledgeInScope(tx, actor.scope, pledgeId);
  const ctx = await lockedSet(tx, actor.scope, pledge.setId);
  assertPledgeAction(actor, ctx, pledge, 'withdraw');
  const status = unwrap(withdrawItem(ctx.set.status, pledge.status));
  const [row] = await tx
    .update(pledges)
    .set({ status, updatedAt: new Date() })
    .where(eq(pledges.id, pledge.id))
    .returning();
  await auditPledging(tx, asAuditActor(actor), ctx.set, {
    action: 'pledge.withdraw',
    entity: 'pledge',
    entityId: pledge.id,
    before: { status: pledge.status },
    after: { status },
    reason,
  });
  return row!;
}

/** Moves the set to a status (with extra columns), audited. */
export async function moveSet(
  tx: Tx,
  actor: Actor,
  set: SetRow,
  status: SetRow['status'],
  extra: Partial<typeof pledgeSets.$inferInsert> = {},
) {
  const [row] = await tx
    .update(pledgeSets)
    .set({ status, ...extra, updatedAt: new Date() })
    .where(eq(pledgeSets.id, set.id))
    .returning();
  await auditPledging(tx, asAuditActor(actor), set, {
    action: `pledge_set.${status}`,
    entity: 'pledge_set',
    entityId: set.id,
    before: { status: set.status },
    after: { status, ...extra },
  });
  return row!;
}

/** 征求意见: the draft goes on the village's public page for opinions. */
export async function solicit(tx: Tx, actor: Actor, setId: string) {
  const ctx = await lockedSet(tx, actor.scope, setId);
  await assertSetAction(tx, actor, ctx, 'solicit');
  const status = unwrap(startSoliciting(stateOf(ctx.set, ctx.items)));
  const row = await moveSet(tx, actor, ctx.set, status, { solicitingSince: new Date() });
  await recordEvent(tx, asAuditActor(actor), row, 'soliciting');
  return row;
}

/** After a township return with nothing to re-vote, the set goes back to the township. */
export async function resubmitSet(tx: Tx, actor: Actor, setId: string) {
  const ctx = await lockedSet(tx, actor.scope, setId);
  await assertSetAction(tx, actor, ctx, 'resubmit');
  const status = unwrap(resubmit(stateOf(ctx.set, ctx.items)));
  const row = await moveSet(tx, actor, ctx.set, status);
  await recordEvent(tx, asAuditActor(actor), row, 'resubmitted');
  return row;
}

import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, conflict, refuse } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { pledgeOverlapOverrides } from '../../db/schema/index.ts';
import { approve, returnSet } from '../../domain/pledging/workflow.ts';
import { pairRefusal } from '../../domain/policies/pledge.ts';
import { lockedSet, pledgeInScope, stateOf } from './pledge-access.ts';
import { computeVillageChecklist } from './pledge-checklist.service.ts';
import { assertSetAction, pairFacts } from './pledge-policy.ts';
import { auditPledging, recordEvent, unwrap } from './pledge-records.ts';
import { moveSet } from './pledges.service.ts';

/** 乡党委政府批准: the set must be confirmed by the villagers and pass every check; then it is locked. */
export async function approveSet(tx: Tx, actor: Actor, setId: string, comment: string | undefined) {
  const ctx = await lockedSet(tx, actor.scope, setId);
  const { set, items, campaign } = ctx;
  await assertSetAction(tx, actor, ctx, 'approve');
  const status = unwrap(approve(stateOf(set, items)));
  const { result } = await computeVillageChecklist(tx, campaign, set.villageId);
  const entry = result.participants.find((p) => p.participantId === set.participantId)!;
  const failing = entry.checks.filter((c) => !c.ok && c.key !== 'deadline' && c.key !== 'status');
  if (failing.length > 0) {
    throw conflict('CHECKLIST_FAILED', `审批前检查未通过：${failing.map((c) => c.message).join('；')}`);
  }
  const row = await moveSet(tx, actor, set, status, {
    approvedAt: new Date(),
    approvedBy: actor.displayName,
    townshipComment: comment ?? null,
  });
  await recordEvent(tx, asAuditActor(actor), row, 'approved', { note: comment ?? null });
  return row;
}

/** Return with comments: the cadre revises (changed items need a new vote) or resubmits. */
export async function returnSetToVillage(tx: Tx, actor: Actor, setId: string, comment: string) {
  const ctx = await lockedSet(tx, actor.scope, setId);
  await assertSetAction(tx, actor, ctx, 'return');
  const status = unwrap(returnSet(stateOf(ctx.set, ctx.items)));
  const row = await moveSet(tx, actor, ctx.set, status, { townshipComment: comment });
  await recordEvent(tx, asAuditActor(actor), row, 'returned', { note: comment });
  return row;
}

/** "原则上不少于 N 件": the office may accept fewer for a confirmed set, with a written reason. */
export async function overrideMinimum(tx: Tx, actor: Actor, setId: string, reason: string) {
  const ctx = await lockedSet(tx, actor.scope, setId);
  await assertSetAction(tx, actor, ctx, 'override_minimum');
  const row = await moveSet(tx, actor, ctx.set, ctx.set.status, { minimumOverrideReason: reason });
  await recordEvent(tx, asAuditActor(actor), row, 'minimum_override', { note: reason });
  return row;
}

/** The office decides a flagged pair is no overlap; holds until either pledge is revised. */
export async function overrideOverlap(
  tx: Tx,
  actor: Actor,
  body: { aPledgeId: string; bPledgeId: string; reason: string },
) {
  const a = await pledgeInScope(tx, actor.scope, body.aPledgeId);
  const b = await pledgeInScope(tx, actor.scope, body.bPledgeId);
  if (a.villageId !== b.villageId || a.campaignId !== b.campaignId || a.participantId === b.participantId) {
    throw badRequest('bPledgeId', '两项承诺事项须属于同一村、同一年度的两名不同村干部');
  }
  const { campaign, participant } = await lockedSet(tx, actor.scope, a.setId);
  const { result } = await computeVillageChecklist(tx, campaign, a.villageId);
  const flagged = result.pairs.find(
    (p) => (p.aId === a.id && p.bId === b.id) || (p.aId === b.id && p.bId === a.id),
  );
  const standing = !flagged ? 'none' : flagged.overrideReason === null ? 'blocking' : 'overridden';
  refuse(pairRefusal(pairFacts(actor, campaign, participant, standing), 'override'));
  const [row] = await tx
    .insert(pledgeOverlapOverrides)
    .values({
      countyId: a.countyId,
      townshipId: a.townshipId,
      villageId: a.villageId,
      campaignId: campaign.id,
      aPledgeId: a.id,
      bPledgeId: b.id,
      aVersion: a.version,
      bVersion: b.version,
      reason: body.reason,
      decidedBy: actor.displayName,
    })
    .returning();
  await auditPledging(tx, asAuditActor(actor), a, {
    action: 'pledge_overlap.override',
    entity: 'pledge_overlap_override',
    entityId: row!.id,
    after: row,
    reason: body.reason,
  });
  return row!;
}

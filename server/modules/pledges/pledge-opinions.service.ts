import { and, eq } from 'drizzle-orm';
import { type Actor, type AuditActor, asAuditActor, PUBLIC_ACTOR } from '../../core/actor.ts';
import { badRequest, conflict, notFound, wrongPhase } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { campaigns, pledgeOpinions, pledgeSets, pledges, villages } from '../../db/schema/index.ts';
import { lockedSet, type SetRow } from './pledge-access.ts';
import { assertSetAction } from './pledge-policy.ts';
import { auditPledging } from './pledge-records.ts';
import type { OpinionBody, PublicOpinionBody } from './pledges.schema.ts';

function assertSoliciting(set: SetRow) {
  if (set.status !== 'soliciting') {
    throw conflict('NOT_SOLICITING', '该村干部的承诺事项当前不在征求意见阶段，不能提交意见');
  }
}

async function checkPledgeOfSet(tx: Tx, set: SetRow, pledgeId: string | undefined) {
  if (!pledgeId) return;
  const [row] = await tx
    .select({ id: pledges.id })
    .from(pledges)
    .where(and(eq(pledges.id, pledgeId), eq(pledges.setId, set.id)));
  if (!row) throw badRequest('pledgeId', '“承诺事项”不属于这份承诺事项清单');
}

async function insertOpinion(
  tx: Tx,
  actor: AuditActor,
  set: SetRow,
  source: 'public' | 'paper',
  body: OpinionBody,
) {
  const [row] = await tx
    .insert(pledgeOpinions)
    .values({
      countyId: set.countyId,
      townshipId: set.townshipId,
      villageId: set.villageId,
      setId: set.id,
      pledgeId: body.pledgeId ?? null,
      source,
      authorName: body.name || null,
      content: body.content,
    })
    .returning();
  await auditPledging(tx, actor, set, {
    action: `pledge_opinion.${source}`,
    entity: 'pledge_opinion',
    entityId: row!.id,
    after: row,
  });
  return row!;
}

/** An opinion gathered on paper, entered by the clerk (or the cadre, on their own set). */
export async function addPaperOpinion(tx: Tx, actor: Actor, setId: string, body: OpinionBody) {
  const ctx = await lockedSet(tx, actor.scope, setId);
  await assertSetAction(tx, actor, ctx, 'add_opinion');
  await checkPledgeOfSet(tx, ctx.set, body.pledgeId);
  return insertOpinion(tx, asAuditActor(actor), ctx.set, 'paper', body);
}

/** A villager's opinion from the public page: no login, name optional. */
export async function addPublicOpinion(tx: Tx, villageId: string, body: PublicOpinionBody) {
  if (!body.pledgeSetId && !body.pledgeId) {
    throw badRequest('pledgeSetId', '请指明对哪位村干部的承诺事项提意见（承诺事项清单或承诺事项）');
  }
  let setId = body.pledgeSetId;
  if (!setId) {
    const [p] = await tx.select({ setId: pledges.setId }).from(pledges).where(eq(pledges.id, body.pledgeId!));
    if (!p) throw notFound('承诺事项');
    setId = p.setId;
  }
  const [set] = await tx
    .select()
    .from(pledgeSets)
    .where(and(eq(pledgeSets.id, setId), eq(pledgeSets.villageId, villageId)));
  if (!set) throw notFound('承诺事项清单');
  const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, set.campaignId));
  if (campaign?.phase !== 'pledging') throw wrongPhase('本年度承诺阶段已结束，不再征求意见');
  assertSoliciting(set);
  await checkPledgeOfSet(tx, set, body.pledgeId);
  const [village] = await tx.select({ id: villages.id }).from(villages).where(eq(villages.id, villageId));
  if (!village) throw notFound('村');
  const { pledgeSetId: _ignored, ...opinion } = body;
  const row = await insertOpinion(tx, PUBLIC_ACTOR, set, 'public', opinion);
  return { id: row.id, createdAt: row.createdAt };
}

/** The cadre (or clerk) marks how an opinion was handled: adopted, or explained. */
export async function handleOpinion(
  tx: Tx,
  actor: Actor,
  opinionId: string,
  body: { handling: 'adopted' | 'explained'; note: string },
) {
  const opinion = await findInScope(tx, pledgeOpinions, actor.scope, opinionId, '意见建议');
  const ctx = await lockedSet(tx, actor.scope, opinion.setId);
  const { set } = ctx;
  await assertSetAction(tx, actor, ctx, 'handle_opinion');
  const change = { handling: body.handling, handlingNote: body.note, handledBy: actor.displayName };
  const [row] = await tx
    .update(pledgeOpinions)
    .set({ ...change, handledAt: new Date() })
    .where(eq(pledgeOpinions.id, opinion.id))
    .returning();
  await auditPledging(tx, asAuditActor(actor), set, {
    action: 'pledge_opinion.handle',
    entity: 'pledge_opinion',
    entityId: opinion.id,
    before: { handling: opinion.handling, handlingNote: opinion.handlingNote },
    after: change,
  });
  return row!;
}

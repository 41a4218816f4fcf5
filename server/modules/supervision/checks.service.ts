import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { type Actor, asAuditActor, type Scope } from '../../core/actor.ts';
import { badRequest, notFound } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import {
  checkFindings,
  rectificationFollowUps,
  rectifications,
  supervisionChecks,
  users,
  villages,
} from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { localToday } from '../../domain/local-time.ts';
import {
  campaignSupervisionRefusal,
  rectificationActions,
  rectificationRefusal,
} from '../../domain/policies/supervision.ts';
import { dueDateProblem, rectificationState } from '../../domain/supervision/dates.ts';
import { RECTIFICATION_STATE_LABELS } from '../../domain/supervision/kinds.ts';
import { compareVillages } from '../../domain/village-order.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import type { CheckBody, FollowUpBody } from './supervision.schema.ts';
import {
  type CampaignContext,
  campaignContext,
  checkRecordDate,
  contextOfRecord,
  villageNames,
  workedVillages,
} from './supervision-context.ts';

type RectificationRow = typeof rectifications.$inferSelect;

/** Members named by account must be accounts of the township (their names are taken as entered). */
async function checkMembers(tx: Tx, actor: Actor, ctx: CampaignContext, body: CheckBody) {
  for (const m of body.members) {
    if (!m.userId) continue;
    const user = await findInScope(tx, users, actor.scope, m.userId, '账号');
    if (user.townshipId !== ctx.campaign.townshipId) throw notFound('账号');
  }
}

async function checkedVillages(tx: Tx, ctx: CampaignContext, body: CheckBody) {
  const ids = body.villages.map((v) => v.villageId);
  if (new Set(ids).size !== ids.length) throw badRequest('villageId', '“检查的村”：同一个村填写了两次');
  const rows = await tx
    .select({ id: villages.id })
    .from(villages)
    .where(and(inArray(villages.id, ids), eq(villages.townshipId, ctx.campaign.townshipId)));
  if (rows.length !== ids.length) throw notFound('村');
}

/** Records a supervision group check: members, villages with findings, rectification demands. */
export async function recordCheck(tx: Tx, actor: Actor, campaignId: string, body: CheckBody) {
  const ctx = await campaignContext(tx, actor, campaignId);
  const refusal = campaignSupervisionRefusal({ actor, phase: ctx.campaign.phase }, 'record_check');
  if (refusal) throw refusal;
  checkRecordDate('checkedOn', '检查日期', body.checkedOn, ctx);
  await checkMembers(tx, actor, ctx, body);
  await checkedVillages(tx, ctx, body);
  const { countyId, townshipId } = ctx.campaign;
  const [check] = await tx
    .insert(supervisionChecks)
    .values({
      countyId,
      townshipId,
      campaignId,
      checkedOn: body.checkedOn,
      members: body.members.map((m) => ({ name: m.name, userId: m.userId ?? null })),
      recordedBy: actor.displayName,
    })
    .returning();
  for (const v of body.villages) {
    const tenant = { countyId, townshipId, villageId: v.villageId };
    await tx.insert(checkFindings).values({ ...tenant, checkId: check!.id, findings: v.findings });
    for (const r of v.rectifications) {
      const problem = dueDateProblem(r.dueDate, body.checkedOn);
      if (problem) throw badRequest('dueDate', `“整改期限”${problem}`);
      await tx.insert(rectifications).values({ ...tenant, campaignId, checkId: check!.id, ...r });
    }
  }
  await appendAudit(tx, asAuditActor(actor), {
    action: 'supervision_check.create',
    entity: 'supervision_check',
    entityId: check!.id,
    countyId,
    townshipId,
    after: { ...check, villages: body.villages },
  });
  return (await presentChecks(tx, actor, ctx, [check!]))[0]!;
}

/** Adds a follow-up entry to a rectification demand; `closes` records it as done (整改完成) on that day. */
export async function followUp(tx: Tx, actor: Actor, id: string, body: FollowUpBody) {
  const before = await findInScope(tx, rectifications, actor.scope, id, '整改要求', { lock: true });
  const ctx = await contextOfRecord(tx, before.campaignId);
  const facts = rectificationFacts(actor, ctx, before);
  const refusal = rectificationRefusal(facts, body.closes ? 'close' : 'follow_up');
  if (refusal) throw refusal;
  checkRecordDate('followedOn', '跟进日期', body.followedOn, ctx);
  const [check] = await tx
    .select({ checkedOn: supervisionChecks.checkedOn })
    .from(supervisionChecks)
    .where(eq(supervisionChecks.id, before.checkId));
  if (body.followedOn < check!.checkedOn) {
    throw badRequest('followedOn', `“跟进日期”不能早于检查日期（${check!.checkedOn}）`);
  }
  const [entry] = await tx
    .insert(rectificationFollowUps)
    .values({
      countyId: before.countyId,
      townshipId: before.townshipId,
      villageId: before.villageId,
      rectificationId: id,
      followedOn: body.followedOn,
      note: body.note,
      closes: body.closes,
      authorName: actor.displayName,
    })
    .returning();
  const after = body.closes
    ? (
        await tx
          .update(rectifications)
          .set({ closedOn: body.followedOn })
          .where(eq(rectifications.id, id))
          .returning()
      )[0]!
    : before;
  await appendAudit(tx, asAuditActor(actor), {
    action: body.closes ? 'rectification.close' : 'rectification.follow_up',
    entity: 'rectification',
    entityId: id,
    countyId: before.countyId,
    townshipId: before.townshipId,
    before: { closedOn: before.closedOn },
    after: { closedOn: after.closedOn, followUp: entry },
  });
  return (await presentRectifications(tx, actor, ctx, [after]))[0]!;
}

const rectificationFacts = (actor: Actor, ctx: CampaignContext, r: RectificationRow) => ({
  actor,
  phase: ctx.campaign.phase,
  closed: r.closedOn !== null,
  contactLeader: actor.role === 'township_leader' && actor.contactVillageIds.includes(r.villageId),
});

async function presentRectifications(
  db: Queryable,
  actor: Actor,
  ctx: CampaignContext,
  rows: RectificationRow[],
) {
  if (rows.length === 0) return [];
  const names = await villageNames(
    db,
    rows.map((r) => r.villageId),
  );
  const entries = await db
    .select()
    .from(rectificationFollowUps)
    .where(
      inArray(
        rectificationFollowUps.rectificationId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(rectificationFollowUps.followedOn), asc(rectificationFollowUps.createdAt));
  const checks = await db
    .select({ id: supervisionChecks.id, checkedOn: supervisionChecks.checkedOn })
    .from(supervisionChecks)
    .where(inArray(supervisionChecks.id, [...new Set(rows.map((r) => r.checkId))]));
  const checkedOn = new Map(checks.map((c) => [c.id, c.checkedOn]));
  return rows.map((r) => {
    const state = rectificationState(r, ctx.today);
    return {
      id: r.id,
      checkId: r.checkId,
      checkedOn: checkedOn.get(r.checkId) ?? '',
      villageId: r.villageId,
      villageName: names.get(r.villageId) ?? '',
      demand: r.demand,
      dueDate: r.dueDate,
      responsible: r.responsible,
      closedOn: r.closedOn,
      state,
      stateLabel: RECTIFICATION_STATE_LABELS[state],
      followUps: entries
        .filter((e) => e.rectificationId === r.id)
        .map((e) => ({
          id: e.id,
          followedOn: e.followedOn,
          note: e.note,
          closes: e.closes,
          authorName: e.authorName,
        })),
      allowedActions: rectificationActions(rectificationFacts(actor, ctx, r)),
    };
  });
}

type CheckRow = typeof supervisionChecks.$inferSelect;

async function presentChecks(db: Queryable, actor: Actor, ctx: CampaignContext, checks: CheckRow[]) {
  if (checks.length === 0) return [];
  const ids = checks.map((c) => c.id);
  const visible = and(
    scopeWhere(actor.scope, tenantCols(checkFindings)),
    workedVillages(actor, checkFindings.villageId),
  );
  const findings = await db
    .select({ finding: checkFindings, name: villages.name, code: villages.code })
    .from(checkFindings)
    .innerJoin(villages, eq(villages.id, checkFindings.villageId))
    .where(and(inArray(checkFindings.checkId, ids), visible));
  const demands = await db
    .select()
    .from(rectifications)
    .where(
      and(
        inArray(rectifications.checkId, ids),
        scopeWhere(actor.scope, tenantCols(rectifications)),
        workedVillages(actor, rectifications.villageId),
      ),
    )
    .orderBy(asc(rectifications.dueDate));
  const presented = await presentRectifications(db, actor, ctx, demands);
  return checks
    .map((c) => ({
      id: c.id,
      checkedOn: c.checkedOn,
      members: c.members,
      recordedBy: c.recordedBy,
      villages: findings
        .filter((f) => f.finding.checkId === c.id)
        .sort(compareVillages)
        .map((f) => ({
          villageId: f.finding.villageId,
          villageName: f.name,
          findings: f.finding.findings,
          rectifications: presented.filter((r) => r.checkId === c.id && r.villageId === f.finding.villageId),
        })),
    }))
    .filter((c) => c.villages.length > 0);
}

/** The campaign's checks, newest first, with the villages (and their demands) the caller sees. */
export async function listChecks(db: Queryable, actor: Actor, campaignId: string) {
  const ctx = await campaignContext(db, actor, campaignId);
  const checks = await db
    .select()
    .from(supervisionChecks)
    .where(
      and(
        eq(supervisionChecks.campaignId, campaignId),
        scopeWhere(actor.scope, tenantCols(supervisionChecks)),
      ),
    )
    .orderBy(desc(supervisionChecks.checkedOn));
  return presentChecks(db, actor, ctx, checks);
}

/** Open demands of the campaign in the villages the caller sees, overdue first (a leader's home). */
export async function openRectifications(db: Queryable, actor: Actor, campaignId: string) {
  const ctx = await campaignContext(db, actor, campaignId);
  const rows = await db
    .select()
    .from(rectifications)
    .where(
      and(
        eq(rectifications.campaignId, campaignId),
        isNull(rectifications.closedOn),
        scopeWhere(actor.scope, tenantCols(rectifications)),
        workedVillages(actor, rectifications.villageId),
      ),
    )
    .orderBy(asc(rectifications.dueDate));
  return presentRectifications(db, actor, ctx, rows);
}

/**
 * Rectification demands not yet closed in a scope, and how many of them are past their due date
 * in their township's zone (the dashboard's figure). Optionally one campaign's only.
 */
export async function rectificationCounts(
  db: Queryable,
  scope: Scope,
  options: { campaignId?: string; now?: Date } = {},
): Promise<{ open: number; overdue: number }> {
  const rows = await db
    .select({ townshipId: rectifications.townshipId, dueDate: rectifications.dueDate })
    .from(rectifications)
    .where(
      and(
        isNull(rectifications.closedOn),
        scopeWhere(scope, tenantCols(rectifications)),
        options.campaignId ? eq(rectifications.campaignId, options.campaignId) : undefined,
      ),
    );
  const today = new Map<string, string>();
  let overdue = 0;
  for (const r of rows) {
    if (!today.has(r.townshipId)) {
      today.set(r.townshipId, localToday(await townshipZone(db, r.townshipId), options.now));
    }
    if (rectificationState({ dueDate: r.dueDate, closedOn: null }, today.get(r.townshipId)!) === 'overdue')
      overdue++;
  }
  return { open: rows.length, overdue };
}

import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, forbidden, notFound } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { leaderVisits, users, userVillages, villages } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { villageSupervisionRefusal } from '../../domain/policies/supervision.ts';
import { compareVillages } from '../../domain/village-order.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { VisitBody } from './supervision.schema.ts';
import { campaignContext, checkRecordDate, villageNames, workedVillages } from './supervision-context.ts';

/** The township's leaders (乡领导 / 包村干部) and their contact villages, for the office to assign. */
export async function listLeaders(db: Queryable, actor: Actor) {
  const leaders = await db
    .select({ userId: users.id, displayName: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.role, 'township_leader'),
        eq(users.disabled, false),
        scopeWhere(actor.scope, { county: users.countyId, township: users.townshipId }),
      ),
    )
    .orderBy(asc(users.displayName));
  const links = leaders.length
    ? await db
        .select({ userId: userVillages.userId, id: villages.id, name: villages.name, code: villages.code })
        .from(userVillages)
        .innerJoin(villages, eq(villages.id, userVillages.villageId))
        .where(
          inArray(
            userVillages.userId,
            leaders.map((l) => l.userId),
          ),
        )
    : [];
  return leaders.map((l) => ({
    ...l,
    villages: links
      .filter((v) => v.userId === l.userId)
      .sort(compareVillages)
      .map(({ id, name }) => ({ id, name })),
  }));
}

/** Sets a leader's contact villages (1..N villages of the township), replacing the earlier ones. */
export async function assignContacts(tx: Tx, actor: Actor, userId: string, villageIds: string[]) {
  if (actor.role !== 'township_office') throw forbidden();
  const leader = await findInScope(tx, users, actor.scope, userId, '乡领导账号', { lock: true });
  if (leader.role !== 'township_leader')
    throw badRequest('userId', '“账号”：只能为乡领导（包村干部）指定联系村');
  const wanted = [...new Set(villageIds)];
  const found = await tx
    .select({ id: villages.id })
    .from(villages)
    .where(and(inArray(villages.id, wanted), eq(villages.townshipId, leader.townshipId!)));
  if (found.length !== wanted.length) throw notFound('村');
  const before = await tx
    .select({ villageId: userVillages.villageId })
    .from(userVillages)
    .where(eq(userVillages.userId, userId));
  await tx.delete(userVillages).where(eq(userVillages.userId, userId));
  await tx
    .insert(userVillages)
    .values(wanted.map((villageId) => ({ countyId: leader.countyId, userId, villageId })));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'leader.contacts',
    entity: 'user',
    entityId: userId,
    countyId: leader.countyId,
    townshipId: leader.townshipId,
    before: { villageIds: before.map((b) => b.villageId) },
    after: { villageIds: wanted },
  });
  return (await listLeaders(tx, actor)).find((l) => l.userId === userId)!;
}

/** A leader logs a visit to one of their contact villages: what was learnt and guided, what follows. */
export async function logVisit(tx: Tx, actor: Actor, campaignId: string, body: VisitBody) {
  const ctx = await campaignContext(tx, actor, campaignId);
  const village = await findInScope(tx, villages, actor.scope, body.villageId, '村', {
    columns: { county: villages.countyId, township: villages.townshipId, village: villages.id },
  });
  if (village.townshipId !== ctx.campaign.townshipId) throw notFound('村');
  const refusal = villageSupervisionRefusal(
    { actor, phase: ctx.campaign.phase, contactLeader: actor.contactVillageIds.includes(village.id) },
    'log_visit',
  );
  if (refusal) throw refusal;
  checkRecordDate('visitedOn', '走访日期', body.visitedOn, ctx);
  const [row] = await tx
    .insert(leaderVisits)
    .values({
      countyId: village.countyId,
      townshipId: village.townshipId,
      villageId: village.id,
      campaignId,
      leaderUserId: actor.userId,
      leaderName: actor.displayName,
      visitedOn: body.visitedOn,
      discussed: body.discussed,
      followUps: body.followUps || null,
    })
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'leader_visit.create',
    entity: 'leader_visit',
    entityId: row!.id,
    countyId: row!.countyId,
    townshipId: row!.townshipId,
    after: row,
  });
  return (await presentVisits(tx, [row!]))[0]!;
}

async function presentVisits(db: Queryable, rows: (typeof leaderVisits.$inferSelect)[]) {
  const names = await villageNames(
    db,
    rows.map((r) => r.villageId),
  );
  return rows.map((r) => ({
    id: r.id,
    villageId: r.villageId,
    villageName: names.get(r.villageId) ?? '',
    leaderName: r.leaderName,
    visitedOn: r.visitedOn,
    discussed: r.discussed,
    followUps: r.followUps,
  }));
}

/** The campaign's visits in the villages the caller sees, newest first. */
export async function listVisits(db: Queryable, actor: Actor, campaignId: string, villageId?: string) {
  await campaignContext(db, actor, campaignId);
  const rows = await db
    .select()
    .from(leaderVisits)
    .where(
      and(
        eq(leaderVisits.campaignId, campaignId),
        scopeWhere(actor.scope, tenantCols(leaderVisits)),
        workedVillages(actor, leaderVisits.villageId),
        villageId ? eq(leaderVisits.villageId, villageId) : undefined,
      ),
    )
    .orderBy(desc(leaderVisits.visitedOn), desc(leaderVisits.createdAt))
    .limit(500);
  return presentVisits(db, rows);
}

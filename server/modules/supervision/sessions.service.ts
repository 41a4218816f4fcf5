import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, notFound } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { persons, trainingSessions, villages } from '../../db/schema/index.ts';
import { scopeWhere } from '../../db/scope.ts';
import { campaignSupervisionRefusal } from '../../domain/policies/supervision.ts';
import { SESSION_KIND_LABELS } from '../../domain/supervision/kinds.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { SessionBody } from './supervision.schema.ts';
import { campaignContext, checkRecordDate, villageNames, workedVillages } from './supervision-context.ts';

type SessionRow = typeof trainingSessions.$inferSelect;

/** Records a training or publicity session with who attended (people of the roster and a count of others). */
export async function recordSession(tx: Tx, actor: Actor, campaignId: string, body: SessionBody) {
  const ctx = await campaignContext(tx, actor, campaignId);
  const refusal = campaignSupervisionRefusal({ actor, phase: ctx.campaign.phase }, 'record_session');
  if (refusal) throw refusal;
  checkRecordDate('heldOn', '日期', body.heldOn, ctx);
  if (body.villageId) {
    const village = await findInScope(tx, villages, actor.scope, body.villageId, '村', {
      columns: { county: villages.countyId, township: villages.townshipId, village: villages.id },
    });
    if (village.townshipId !== ctx.campaign.townshipId) throw notFound('村');
  }
  const attendees = [...new Set(body.attendeePersonIds)];
  if (attendees.length) {
    const found = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(inArray(persons.id, attendees), eq(persons.townshipId, ctx.campaign.townshipId)));
    if (found.length !== attendees.length)
      throw badRequest('attendeePersonIds', '“参加人员”：有人员不在本乡名册中');
  }
  if (attendees.length + body.othersCount === 0) {
    throw badRequest('othersCount', '“参加人员”：请选择参加人员或填写其他参加人数');
  }
  const [row] = await tx
    .insert(trainingSessions)
    .values({
      countyId: ctx.campaign.countyId,
      townshipId: ctx.campaign.townshipId,
      villageId: body.villageId ?? null,
      campaignId,
      heldOn: body.heldOn,
      kind: body.kind,
      topic: body.topic,
      place: body.place,
      attendeePersonIds: attendees,
      othersCount: body.othersCount,
      recordedBy: actor.displayName,
    })
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'training_session.create',
    entity: 'training_session',
    entityId: row!.id,
    countyId: row!.countyId,
    townshipId: row!.townshipId,
    after: row,
  });
  return (await presentSessions(tx, [row!]))[0]!;
}

async function presentSessions(db: Queryable, rows: SessionRow[]) {
  const names = await villageNames(
    db,
    rows.flatMap((r) => (r.villageId ? [r.villageId] : [])),
  );
  const ids = [...new Set(rows.flatMap((r) => r.attendeePersonIds))];
  const people = ids.length
    ? await db.select({ id: persons.id, name: persons.name }).from(persons).where(inArray(persons.id, ids))
    : [];
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id,
    heldOn: r.heldOn,
    kind: r.kind,
    kindLabel: SESSION_KIND_LABELS[r.kind],
    topic: r.topic,
    place: r.place,
    villageId: r.villageId,
    villageName: r.villageId ? (names.get(r.villageId) ?? '') : null,
    attendees: r.attendeePersonIds.map((id) => ({ id, name: nameOf.get(id) ?? '' })),
    othersCount: r.othersCount,
    total: r.attendeePersonIds.length + r.othersCount,
  }));
}

/** The campaign's sessions: the township's own and those of the villages the caller sees. */
export async function listSessions(db: Queryable, actor: Actor, campaignId: string) {
  await campaignContext(db, actor, campaignId);
  const villageCondition =
    actor.scope.villageId !== null
      ? eq(trainingSessions.villageId, actor.scope.villageId)
      : workedVillages(actor, trainingSessions.villageId);
  const rows = await db
    .select()
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.campaignId, campaignId),
        scopeWhere(actor.scope, { county: trainingSessions.countyId, township: trainingSessions.townshipId }),
        villageCondition ? or(isNull(trainingSessions.villageId), villageCondition) : undefined,
      ),
    )
    .orderBy(desc(trainingSessions.heldOn));
  return presentSessions(db, rows);
}

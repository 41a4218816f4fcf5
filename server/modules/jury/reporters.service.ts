import { and, eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { juryReporters, participants, persons, villages } from '../../db/schema/index.ts';
import { sortByVillage } from '../../domain/village-order.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { readVillageEvaluations } from '../village-evaluation/village-evaluation-results.ts';
import { meetingInScope, postsOf } from './jury-context.ts';
import { meetingFor, meetingView } from './meetings.service.ts';

/**
 * Who may report: the campaign's active participants, in village order, each marked when the
 * village evaluation (民主测评) found them unqualified: they are barred from the township report.
 */
export async function reporterCandidates(db: Queryable, campaignId: string) {
  const rows = await db
    .select({
      participantId: participants.id,
      name: persons.name,
      villageId: participants.villageId,
      villageName: villages.name,
      villageCode: villages.code,
      isSecretary: participants.isSecretary,
      isDirector: participants.isDirector,
    })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .innerJoin(villages, eq(villages.id, participants.villageId))
    .where(and(eq(participants.campaignId, campaignId), eq(participants.excluded, false)));
  const evaluations = await readVillageEvaluations(db, campaignId);
  // The secretary first within a village.
  const inVillageOrder = sortByVillage(
    rows,
    (r) => ({ code: r.villageCode, name: r.villageName }),
    (a, b) => Number(b.isSecretary) - Number(a.isSecretary),
  );
  return inVillageOrder.map((r) => ({
    participantId: r.participantId,
    name: r.name,
    villageId: r.villageId,
    villageName: r.villageName,
    posts: postsOf(r),
    unqualified: evaluations.get(r.participantId)?.unqualified ?? false,
  }));
}

export async function candidatesOf(db: Queryable, actor: Actor, meetingId: string) {
  const meeting = await meetingInScope(db, actor, meetingId);
  return reporterCandidates(db, meeting.campaignId);
}

/** The reporters in the order given (replacing any earlier order); unqualified ones are refused. */
export async function orderReporters(tx: Tx, actor: Actor, meetingId: string, participantIds: string[]) {
  const { ctx } = await meetingFor(tx, actor, meetingId, 'order_reporters');
  if (new Set(participantIds).size !== participantIds.length) {
    throw badRequest('participantIds', '“述职顺序”：同一述职人出现了两次');
  }
  const candidates = new Map(
    (await reporterCandidates(tx, ctx.meeting.campaignId)).map((c) => [c.participantId, c]),
  );
  for (const id of participantIds) {
    const c = candidates.get(id);
    if (!c) throw badRequest('participantIds', '“述职顺序”：有的人员不是本年度在册的承诺主体');
    if (c.unqualified) {
      throw badRequest(
        'participantIds',
        `“述职顺序”：${c.villageName}${c.name}民主测评不合格，不参加乡集中述职`,
      );
    }
  }
  const before = await tx.select().from(juryReporters).where(eq(juryReporters.meetingId, meetingId));
  await tx.delete(juryReporters).where(eq(juryReporters.meetingId, meetingId));
  await tx.insert(juryReporters).values(
    participantIds.map((participantId, i) => ({
      countyId: ctx.meeting.countyId,
      townshipId: ctx.meeting.townshipId,
      meetingId,
      participantId,
      villageId: candidates.get(participantId)!.villageId,
      position: i + 1,
    })),
  );
  await appendAudit(tx, asAuditActor(actor), {
    action: 'jury_meeting.order',
    entity: 'jury_meeting',
    entityId: meetingId,
    countyId: ctx.meeting.countyId,
    townshipId: ctx.meeting.townshipId,
    before: before.map((r) => r.participantId),
    after: participantIds,
  });
  return meetingView(tx, actor, meetingId);
}

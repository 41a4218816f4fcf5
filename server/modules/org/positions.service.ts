import { and, eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, conflict } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { persons, positions, villages } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { endProblem, POST_LABELS, type Post, planAppointment } from '../../domain/roster.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { PositionBody, PositionItem } from './org.schema.ts';
import { personInScope, positionInScope, townshipOf } from './org.scope.ts';
import { toPositionItem } from './village-detail.service.ts';

type PersonRow = typeof persons.$inferSelect;

/** Every dated record of one post in one village. */
export const postRecords = (tx: Tx, villageId: string, post: Post) =>
  tx
    .select()
    .from(positions)
    .where(and(eq(positions.villageId, villageId), eq(positions.post, post)));

/**
 * Puts person into post from startDate: the previous holder's open record ends the day before.
 * Returns the new record and the ended one (if any), or the refusal in Chinese.
 */
export async function appointInTx(tx: Tx, person: PersonRow, post: Post, startDate: string) {
  // Lock the village row: two concurrent appointments to one post cannot both see it vacant.
  await tx.select({ id: villages.id }).from(villages).where(eq(villages.id, person.villageId)).for('update');
  const records = await postRecords(tx, person.villageId, post);
  const plan = planAppointment(records, person.id, startDate);
  if (plan.kind !== 'appoint') return plan;
  let ended: typeof positions.$inferSelect | undefined;
  if (plan.end) {
    [ended] = await tx
      .update(positions)
      .set({ endDate: plan.end.endDate })
      .where(eq(positions.id, plan.end.id))
      .returning();
  }
  const [created] = await tx
    .insert(positions)
    .values({
      countyId: person.countyId,
      townshipId: person.townshipId,
      villageId: person.villageId,
      personId: person.id,
      post,
      startDate,
    })
    .returning();
  return { kind: 'appointed' as const, created: created!, ended: ended ?? null };
}

async function positionItem(db: Queryable, id: string): Promise<PositionItem> {
  const [row] = await db
    .select({ position: positions, personName: persons.name })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .where(eq(positions.id, id));
  return toPositionItem({ ...row!.position, personName: row!.personName });
}

const EARLIEST_POSITION_DATE = '1950-01-01';

/** A term's dates are real ones: from 1950 to the end of next year (a typo like 2207 is refused). */
function checkPositionDate(field: 'startDate' | 'endDate', date: string, label: string) {
  const latest = `${Number(localToday().slice(0, 4)) + 1}-12-31`;
  if (date < EARLIEST_POSITION_DATE || date > latest)
    throw badRequest(field, `“${label}”应在 1950-01-01 至 ${latest} 之间`);
}

export async function appoint(tx: Tx, actor: Actor, body: PositionBody) {
  townshipOf(actor);
  checkPositionDate('startDate', body.startDate, '任职日期');
  const person = await personInScope(tx, actor.scope, body.personId);
  if (body.post === 'party_secretary' && !person.partyMember) {
    throw badRequest('personId', `党支部书记须为党员：请先将“${person.name}”登记为党员`);
  }
  const result = await appointInTx(tx, person, body.post, body.startDate);
  if (result.kind === 'unchanged') {
    throw conflict('ALREADY_HOLDS', `“${person.name}”已是本村现任${POST_LABELS[body.post]}`, 'personId');
  }
  if (result.kind === 'refused') throw badRequest('startDate', result.message);
  await appendAudit(tx, asAuditActor(actor), {
    action: 'position.appoint',
    entity: 'position',
    entityId: result.created.id,
    countyId: person.countyId,
    townshipId: person.townshipId,
    before: result.ended ? { ...result.ended, endDate: null } : null,
    after: { appointed: { ...result.created, personName: person.name }, ended: result.ended },
  });
  return positionItem(tx, result.created.id);
}

export async function endPosition(tx: Tx, actor: Actor, id: string, endDate: string) {
  townshipOf(actor);
  checkPositionDate('endDate', endDate, '离任日期');
  const before = await positionInScope(tx, actor.scope, id, true);
  const problem = endProblem(before, endDate);
  if (problem && before.endDate !== null) throw conflict('ALREADY_ENDED', problem, 'endDate');
  if (problem) throw badRequest('endDate', problem);
  const [after] = await tx.update(positions).set({ endDate }).where(eq(positions.id, id)).returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'position.end',
    entity: 'position',
    entityId: id,
    countyId: before.countyId,
    townshipId: before.townshipId,
    before,
    after,
  });
  return positionItem(tx, id);
}

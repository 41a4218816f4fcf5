import { and, desc, eq, ne } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, notFound } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import {
  jurors,
  jurorTies,
  juryMeetings,
  juryReporters,
  juryScores,
  persons,
  villages,
} from '../../db/schema/index.ts';
import {
  JUROR_CATEGORY_LABELS,
  JURY_MEETING_STATUS_LABELS,
} from '../../domain/evaluation/jury-categories.ts';
import { formatLocalDateTime } from '../../domain/local-time.ts';
import { type JurorFacts, jurorActions, jurorRefusal } from '../../domain/policies/jury.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { ScoreBody } from './jury.schema.ts';
import {
  contextOf,
  type MeetingContext,
  type MeetingRow,
  meetingInScope,
  postsOf,
  reporterRows,
} from './jury-context.ts';
import { settleAndAnnounce, settleReporterAndAnnounce } from './jury-settle.ts';
import { checkedScore } from './score-value.ts';

type JurorRow = typeof jurors.$inferSelect;

/** The actor's seat on a meeting: their juror row (none → 403 by the policy). */
async function seatOf(db: Queryable, actor: Actor, meetingId: string) {
  const [juror] = await db
    .select()
    .from(jurors)
    .where(and(eq(jurors.meetingId, meetingId), eq(jurors.userId, actor.userId)));
  return juror ?? null;
}

async function tiedVillages(db: Queryable, jurorId: string | undefined) {
  if (!jurorId) return new Set<string>();
  const rows = await db
    .select({ villageId: jurorTies.villageId })
    .from(jurorTies)
    .where(eq(jurorTies.jurorId, jurorId));
  return new Set(rows.map((r) => r.villageId));
}

function jurorFacts(
  actor: Actor,
  ctx: MeetingContext,
  juror: JurorRow | null,
  current: { villageId: string } | null,
  tied: Set<string>,
  scored: boolean,
): JurorFacts {
  return {
    actor,
    phase: ctx.campaign.phase,
    isJuror: juror !== null,
    status: ctx.meeting.status,
    isCurrent: current !== null,
    recused: current !== null && tied.has(current.villageId),
    alreadyScored: scored,
  };
}

/** The meeting row, shared-locked: scores go in side by side, while 下一位 (for update) waits for them. */
const meetingShared = (tx: Tx, actor: Actor, meetingId: string): Promise<MeetingRow> =>
  meetingInScope(tx, actor, meetingId, 'share');

/** A juror's score of the current reporter, once. Recused, second, or not the current one: refused. */
export async function submitScore(tx: Tx, actor: Actor, meetingId: string, body: ScoreBody) {
  const meeting = await meetingShared(tx, actor, meetingId);
  const ctx = await contextOf(tx, meeting);
  const juror = await seatOf(tx, actor, meetingId);
  const tied = await tiedVillages(tx, juror?.id);
  // One score at a time per reporter, so the last one sees every other (and stamps the result): from
  // here to the commit the 30 phones queue, so only what needs the lock comes after it.
  const [reporter] = await tx
    .select()
    .from(juryReporters)
    .where(and(eq(juryReporters.id, body.reporterId), eq(juryReporters.meetingId, meetingId)))
    .for('update');
  if (!reporter) throw notFound('述职人');
  const current = meeting.currentReporterId === reporter.id ? reporter : null;
  const [existing] = juror
    ? await tx
        .select({ id: juryScores.id })
        .from(juryScores)
        .where(and(eq(juryScores.reporterId, reporter.id), eq(juryScores.jurorId, juror.id)))
    : [];
  const refusal = jurorRefusal(jurorFacts(actor, ctx, juror, current, tied, Boolean(existing)), 'score');
  if (refusal) throw refusal;
  const value = checkedScore(ctx.rules, body);
  const [row] = await tx
    .insert(juryScores)
    .values({
      countyId: meeting.countyId,
      townshipId: meeting.townshipId,
      meetingId,
      reporterId: reporter.id,
      jurorId: juror!.id,
      total: value.total,
      parts: value.parts,
      source: 'phone',
      enteredBy: actor.userId,
    })
    .returning();
  await settleReporterAndAnnounce(tx, ctx, reporter);
  // Last: the county's audit chain lock is then held only until the commit.
  await appendAudit(tx, asAuditActor(actor), {
    action: 'jury_score.submit',
    entity: 'jury_score',
    entityId: row!.id,
    countyId: meeting.countyId,
    townshipId: meeting.townshipId,
    after: { reporterId: reporter.id, jurorId: juror!.id, total: value.total, parts: value.parts },
  });
  return { reporterId: reporter.id, total: value.total, parts: value.parts };
}

/** A tie the juror declares on the phone: they will not score that village's reporters (回避). */
export async function declareTie(tx: Tx, actor: Actor, meetingId: string, villageId: string, note?: string) {
  const meeting = await meetingShared(tx, actor, meetingId);
  const ctx = await contextOf(tx, meeting);
  const juror = await seatOf(tx, actor, meetingId);
  const [village] = await tx
    .select()
    .from(villages)
    .where(and(eq(villages.id, villageId), eq(villages.townshipId, meeting.townshipId)));
  if (!village) throw badRequest('villageId', '“村”：不是本乡的村');
  const scoredThere = juror
    ? await tx
        .select({ id: juryScores.id })
        .from(juryScores)
        .innerJoin(juryReporters, eq(juryReporters.id, juryScores.reporterId))
        .where(and(eq(juryScores.jurorId, juror.id), eq(juryReporters.villageId, villageId)))
    : [];
  const refusal = jurorRefusal(
    jurorFacts(actor, ctx, juror, null, new Set(), scoredThere.length > 0),
    'declare_tie',
  );
  if (refusal) throw refusal;
  await tx
    .insert(jurorTies)
    .values({
      countyId: meeting.countyId,
      townshipId: meeting.townshipId,
      meetingId,
      jurorId: juror!.id,
      villageId,
      source: 'declared',
      note: note ?? null,
    })
    .onConflictDoNothing();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'juror.declare_tie',
    entity: 'juror',
    entityId: juror!.id,
    countyId: meeting.countyId,
    townshipId: meeting.townshipId,
    after: { villageId, note: note ?? null },
  });
  await settleAndAnnounce(tx, ctx);
  return myMeeting(tx, actor);
}

/** The juror's phone: the meeting they sit on (the latest not finished), the current reporter and their own score. */
export async function myMeeting(db: Queryable, actor: Actor) {
  const [seat] = await db
    .select({ juror: jurors, meeting: juryMeetings })
    .from(jurors)
    .innerJoin(juryMeetings, eq(juryMeetings.id, jurors.meetingId))
    .where(and(eq(jurors.userId, actor.userId), ne(juryMeetings.status, 'finished')))
    .orderBy(desc(juryMeetings.heldAt))
    .limit(1);
  if (!seat) return { meeting: null };
  const ctx = await contextOf(db, seat.meeting);
  const reporters = await reporterRows(db, seat.meeting.id);
  const tied = await tiedVillages(db, seat.juror.id);
  const mine = await db.select().from(juryScores).where(eq(juryScores.jurorId, seat.juror.id));
  const mineOf = new Map(mine.map((s) => [s.reporterId, s]));
  const [person] = await db
    .select({ name: persons.name })
    .from(persons)
    .where(eq(persons.id, seat.juror.personId));
  const currentRow = reporters.find((r) => r.reporter.id === seat.meeting.currentReporterId) ?? null;
  const own = currentRow ? mineOf.get(currentRow.reporter.id) : undefined;
  const facts = jurorFacts(
    actor,
    ctx,
    seat.juror,
    currentRow ? currentRow.reporter : null,
    tied,
    Boolean(own),
  );
  const scoredVillages = new Set(
    reporters.filter((r) => mineOf.has(r.reporter.id)).map((r) => r.reporter.villageId),
  );
  const villageList = [...new Map(reporters.map((r) => [r.reporter.villageId, r.villageName]))];
  const canDeclare = (villageId: string) =>
    !tied.has(villageId) &&
    jurorRefusal(
      jurorFacts(actor, ctx, seat.juror, null, tied, scoredVillages.has(villageId)),
      'declare_tie',
    ) === null;
  return {
    meeting: {
      id: seat.meeting.id,
      title: ctx.title,
      heldAtText: formatLocalDateTime(seat.meeting.heldAt, ctx.timeZone),
      place: seat.meeting.place,
      status: seat.meeting.status,
      statusLabel: JURY_MEETING_STATUS_LABELS[seat.meeting.status],
      subCriteria: ctx.rules.subCriteria,
      jurorName: person?.name ?? '',
      categoryLabel: JUROR_CATEGORY_LABELS[seat.juror.category],
      scoredCount: mine.length,
      reporterCount: reporters.length,
      current: currentRow
        ? {
            reporterId: currentRow.reporter.id,
            position: currentRow.reporter.position,
            name: currentRow.name,
            villageName: currentRow.villageName,
            posts: postsOf(currentRow),
            recused: facts.recused,
            mine: own ? { total: own.total, parts: own.parts } : null,
            allowedActions: jurorActions(facts),
          }
        : null,
      villages: villageList.map(([id, name]) => ({
        id,
        name,
        tied: tied.has(id),
        canDeclare: canDeclare(id),
      })),
    },
  };
}

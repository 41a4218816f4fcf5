import { eq, sql } from 'drizzle-orm';
import { type Actor, asAuditActor, type Scope } from '../../core/actor.ts';
import { badRequest, conflict, wrongPhase } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { ballotCodes, ballots, pollOptions, pollQuestions, polls } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { chainQueuedCasts } from '../ballots/cast-audit.ts';
import { configOf, meetingInScope, refuseArchived } from '../meetings/meetings.service.ts';
import { pollResults } from './poll-results.ts';
import { pollShape } from './poll-shape.ts';
import type { CreatePollBody } from './polls.schema.ts';

export type PollRow = typeof polls.$inferSelect;

export const STATUS_LABELS: Record<PollRow['status'], string> = {
  draft: '草稿',
  open: '投票中',
  closed: '已结束',
  certified: '已确认',
};

/** A poll inside the caller's scope, or 404. */
export const pollInScope = (db: Queryable, scope: Scope, id: string, lock = false): Promise<PollRow> =>
  findInScope(db, polls, scope, id, '表决', { lock });

function refuseDuplicateOptions(body: CreatePollBody) {
  body.questions.forEach((q, i) => {
    const labels = q.options.map((o) => o.label);
    if (new Set(labels).size !== labels.length) {
      throw badRequest(`questions.${i}.options`, `第 ${i + 1} 项议题的选项名称不能重复`);
    }
    if (!q.options.some((o) => o.countsAsValid)) {
      throw badRequest(`questions.${i}.options`, `第 ${i + 1} 项议题至少要有一个计入有效票的选项`);
    }
    if ((q.subjectType === undefined) !== (q.subjectId === undefined)) {
      throw badRequest(`questions.${i}.subjectId`, `第 ${i + 1} 项议题的表决对象类型与表决对象须同时填写`);
    }
  });
}

async function checkCorrection(tx: Tx, scope: Scope, body: CreatePollBody) {
  if (!body.correctsPollId) {
    if (body.correctionReason) throw badRequest('correctsPollId', '填写了更正原因，但没有指定被更正的表决');
    return;
  }
  if (!body.correctionReason) throw badRequest('correctionReason', '更正已确认的表决时，必须填写“更正原因”');
  const target = await pollInScope(tx, scope, body.correctsPollId);
  if (target.status !== 'certified') {
    throw conflict(
      'NOT_CERTIFIED',
      '只能更正已确认的表决；未确认的表决请直接修改或重新录入',
      'correctsPollId',
    );
  }
}

export async function createPoll(tx: Tx, actor: Actor, meetingId: string, body: CreatePollBody) {
  refuseDuplicateOptions(body);
  const meeting = await meetingInScope(tx, actor.scope, meetingId);
  await refuseArchived(tx, meeting.campaignId);
  await checkCorrection(tx, actor.scope, body);
  const config = await configOf(tx, meeting.campaignId);
  const [poll] = await tx
    .insert(polls)
    .values({
      countyId: meeting.countyId,
      townshipId: meeting.townshipId,
      villageId: meeting.villageId,
      meetingId,
      title: body.title,
      purpose: body.purpose,
      denominator: config.voteDenominator,
      quorumPreset: config.quorumPreset,
      correctsPollId: body.correctsPollId ?? null,
      correctionReason: body.correctionReason ?? null,
    })
    .returning();
  for (const [position, q] of body.questions.entries()) {
    const [question] = await tx
      .insert(pollQuestions)
      .values({
        countyId: meeting.countyId,
        pollId: poll!.id,
        position,
        label: q.label,
        subjectType: q.subjectType ?? null,
        subjectId: q.subjectId ?? null,
      })
      .returning({ id: pollQuestions.id });
    await tx.insert(pollOptions).values(
      q.options.map((o, i) => ({
        countyId: meeting.countyId,
        pollId: poll!.id,
        questionId: question!.id,
        position: i,
        label: o.label,
        countsAsValid: o.countsAsValid,
      })),
    );
  }
  await appendAudit(tx, asAuditActor(actor), {
    action: body.correctsPollId ? 'poll.create_correction' : 'poll.create',
    entity: 'poll',
    entityId: poll!.id,
    countyId: poll!.countyId,
    townshipId: poll!.townshipId,
    after: { ...poll, questions: body.questions },
    reason: body.correctionReason ?? null,
  });
  return poll!;
}

/** The poll as the API shows it: results only once closed (never an interim count). */
export async function pollView(db: Queryable, poll: PollRow) {
  const questions = await pollShape(db, poll.id);
  const correctedBy = await db.select({ id: polls.id }).from(polls).where(eq(polls.correctsPollId, poll.id));
  const results =
    poll.status === 'closed' || poll.status === 'certified' ? await pollResults(db, poll) : null;
  return {
    id: poll.id,
    meetingId: poll.meetingId,
    villageId: poll.villageId,
    title: poll.title,
    purpose: poll.purpose,
    status: poll.status,
    denominator: poll.denominator,
    quorumPreset: poll.quorumPreset,
    codesIssued: poll.codesIssued,
    paperIssued: results && results.paper.status === 'matched' ? results.paper.issued : null,
    correctsPollId: poll.correctsPollId,
    correctionReason: poll.correctionReason,
    correctedByPollIds: correctedBy.map((r) => r.id),
    certification: {
      clerk: poll.clerkCertifiedName,
      host: poll.hostCertifiedName,
      certifiedAt: poll.certifiedAt,
    },
    questions,
    results,
  };
}

async function transition(
  tx: Tx,
  actor: Actor,
  id: string,
  from: PollRow['status'],
  to: PollRow['status'],
  extra: (tx: Tx, poll: PollRow) => Promise<Partial<PollRow>>,
) {
  const poll = await pollInScope(tx, actor.scope, id, true);
  if (poll.status !== from) {
    throw wrongPhase(
      `表决当前为“${STATUS_LABELS[poll.status]}”，不能${to === 'open' ? '开始投票' : '结束投票'}`,
    );
  }
  const meeting = await meetingInScope(tx, actor.scope, poll.meetingId);
  await refuseArchived(tx, meeting.campaignId);
  const changes = await extra(tx, poll);
  const [after] = await tx
    .update(polls)
    .set({ ...changes, status: to, updatedAt: new Date() })
    .where(eq(polls.id, id))
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: `poll.${to === 'open' ? 'open' : 'close'}`,
    entity: 'poll',
    entityId: id,
    countyId: poll.countyId,
    townshipId: poll.townshipId,
    before: { status: from },
    after: { status: to, ...changes },
  });
  return after!;
}

/** Opens a draft poll: its codes become live (usable) in the same transaction as the status. */
export const openPoll = (tx: Tx, actor: Actor, id: string) =>
  transition(tx, actor, id, 'draft', 'open', async (tx) => {
    await tx.update(ballotCodes).set({ live: true }).where(eq(ballotCodes.pollId, id));
    return {};
  });

/**
 * Closes a poll. Clearing `live` on every code row waits for ballots being cast (each holds its
 * code row) and refuses any later cast; then 应到 / 实到 are frozen, queued cast audit entries are
 * chained, and the poll's ballot rows are rewritten in this one transaction, so the transaction id
 * a row was written by no longer pairs a ballot with the code that cast it.
 */
export const closePoll = (tx: Tx, actor: Actor, id: string) =>
  transition(tx, actor, id, 'open', 'closed', async (tx, poll) => {
    await tx.update(ballotCodes).set({ live: false }).where(eq(ballotCodes.pollId, id));
    await tx
      .update(ballots)
      .set({ tracker: sql`${ballots.tracker}` })
      .where(eq(ballots.pollId, id));
    await chainQueuedCasts(tx);
    const meeting = await meetingInScope(tx, actor.scope, poll.meetingId);
    return {
      frozenEligible: meeting.eligible,
      frozenAttendance: meeting.attendance,
      frozenHouseholds: meeting.householdsRepresented,
    };
  });

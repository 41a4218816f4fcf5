import { count, eq } from 'drizzle-orm';
import { type Actor, asAuditActor, PUBLIC_ACTOR, type Scope } from '../../core/actor.ts';
import { badRequest, conflict } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { ballotCodes, ballots, pollOptions, pollQuestions, polls, users } from '../../db/schema/index.ts';
import { meetingRefusal } from '../../domain/policies/meeting.ts';
import { type PollAction, pollActions, pollRefusal } from '../../domain/policies/poll.ts';
import { certificationProblems } from '../../domain/voting/certification.ts';
import { isValidKind } from '../../domain/voting/option-kinds.ts';
import { defaultScore, optionsProblem } from '../../domain/voting/purposes.ts';
import { shownOutcome } from '../../domain/voting/results.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { configOf, meetingFacts, meetingInScope } from '../meetings/meetings.service.ts';
import { rewriteInRandomOrder } from './poll-close.ts';
import { pollFacts } from './poll-facts.ts';
import { pollResults } from './poll-results.ts';
import { pollShape } from './poll-shape.ts';
import { checkSubjects } from './poll-subjects.ts';
import type { CreatePollBody } from './polls.schema.ts';

export type PollRow = typeof polls.$inferSelect;

/** A poll inside the caller's scope, or 404. */
export const pollInScope = (db: Queryable, scope: Scope, id: string, lock = false): Promise<PollRow> =>
  findInScope(db, polls, scope, id, '表决', { lock });

/** The poll, locked, once the policy allows the caller this action on it (else the policy's refusal). */
export async function pollFor(tx: Tx, actor: Actor, id: string, action: PollAction) {
  const poll = await pollInScope(tx, actor.scope, id, true);
  const refusal = pollRefusal(await pollFacts(tx, actor, poll), action);
  if (refusal) throw refusal;
  return poll;
}

/** Each question's options fit the purpose's rule; labels are distinct; subject type and id go together. */
function checkQuestions(body: CreatePollBody) {
  body.questions.forEach((q, i) => {
    const field = `questions.${i}.options`;
    const labels = q.options.map((o) => o.label);
    if (new Set(labels).size !== labels.length) {
      throw badRequest(field, `第 ${i + 1} 项议题的选项名称不能重复`);
    }
    const problem = optionsProblem(body.purpose, q.options);
    if (problem) throw badRequest(field, `第 ${i + 1} 项议题：${problem}`);
    if ((q.subjectType === undefined) !== (q.subjectId === undefined)) {
      throw badRequest(`questions.${i}.subjectId`, `第 ${i + 1} 项议题的表决对象类型与表决对象须同时填写`);
    }
  });
}

async function checkCorrection(tx: Tx, actor: Actor, body: CreatePollBody) {
  if (!body.correctsPollId) {
    if (body.correctionReason) throw badRequest('correctsPollId', '填写了更正原因，但没有指定被更正的表决');
    return;
  }
  if (!body.correctionReason) throw badRequest('correctionReason', '更正已确认的表决时，必须填写“更正原因”');
  const target = await pollInScope(tx, actor.scope, body.correctsPollId);
  const refusal = pollRefusal(await pollFacts(tx, actor, target), 'correct');
  if (refusal) throw conflict('NOT_CERTIFIED', refusal.message, 'correctsPollId');
}

/**
 * A draft poll at a meeting. Its rules are stored with it: the denominator and quorum preset of the
 * campaign config, each option's kind and (democratic evaluation) score, from the config unless
 * given. Nothing later reads the config for this poll.
 */
export async function createPoll(tx: Tx, actor: Actor, meetingId: string, body: CreatePollBody) {
  checkQuestions(body);
  const meeting = await meetingInScope(tx, actor.scope, meetingId);
  const refusal = meetingRefusal(await meetingFacts(tx, actor, meeting), 'add_poll');
  if (refusal) throw refusal;
  await checkSubjects(tx, meeting, body);
  await checkCorrection(tx, actor, body);
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
      paperBallots: body.paperBallots ?? false,
      denominator: config.voteDenominator,
      quorumPreset: config.quorumPreset,
      correctsPollId: body.correctsPollId ?? null,
      correctionReason: body.correctionReason ?? null,
    })
    .returning();
  const questions = [];
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
    const options = q.options.map((o, i) => ({
      countyId: meeting.countyId,
      pollId: poll!.id,
      questionId: question!.id,
      position: i,
      label: o.label,
      kind: o.kind,
      score: o.score ?? defaultScore(body.purpose, o.kind, config.evaluationScores),
    }));
    await tx.insert(pollOptions).values(options);
    questions.push({ ...q, options: options.map(({ label, kind, score }) => ({ label, kind, score })) });
  }
  await appendAudit(tx, asAuditActor(actor), {
    action: body.correctsPollId ? 'poll.create_correction' : 'poll.create',
    entity: 'poll',
    entityId: poll!.id,
    countyId: poll!.countyId,
    townshipId: poll!.townshipId,
    after: { ...poll, questions },
    reason: body.correctionReason ?? null,
  });
  return poll!;
}

/**
 * The poll as the caller sees it: results only once closed (never an interim count), what the
 * caller may do to it, and why it cannot be certified yet.
 */
export async function pollView(db: Queryable, actor: Actor, poll: PollRow) {
  // One after another: `db` may be a request's tx, one connection that runs one query at a time.
  const shape = await pollShape(db, poll.id);
  const correctedBy = await db.select({ id: polls.id }).from(polls).where(eq(polls.correctsPollId, poll.id));
  const facts = await pollFacts(db, actor, poll);
  const allowedActions = pollActions(facts);
  const computed =
    poll.status === 'closed' || poll.status === 'certified' ? await pollResults(db, poll) : null;
  // Before certification the numbers are shown, never a verdict (待确认).
  const results = computed && {
    ...computed,
    questions: computed.questions.map((q) => ({ ...q, outcome: shownOutcome(poll.status, q.outcome) })),
  };
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
    codesVoided: poll.codesVoided,
    codeBatches: poll.codeBatches,
    paperBallots: poll.paperBallots,
    paperIssued: results && results.paper.status === 'matched' ? results.paper.issued : null,
    correctsPollId: poll.correctsPollId,
    correctionReason: poll.correctionReason,
    correctedByPollIds: correctedBy.map((r) => r.id),
    certification: {
      clerk: poll.clerkCertifiedName,
      host: poll.hostCertifiedName,
      certifiedAt: poll.certifiedAt,
    },
    allowedActions,
    ballotsReceived: allowedActions.includes('close') ? await ballotsIn(db, poll.id) : null,
    evaluationChair: facts.evaluation && facts.hostUserId ? await accountName(db, facts.hostUserId) : null,
    certificationProblems: poll.status === 'closed' && computed ? certificationProblems(computed) : [],
    questions: shape.map((q) => ({
      ...q,
      options: q.options.map((o) => ({ ...o, countsAsValid: isValidKind(o.kind) })),
    })),
    results,
  };
}

async function accountName(db: Queryable, userId: string): Promise<string | null> {
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/** How many ballots an open poll has received: a count, never what they say. */
async function ballotsIn(db: Queryable, pollId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(ballots).where(eq(ballots.pollId, pollId));
  return row?.n ?? 0;
}

async function transition(
  tx: Tx,
  actor: Actor,
  id: string,
  action: 'open' | 'close',
  extra: (poll: PollRow) => Promise<Partial<PollRow>>,
) {
  const poll = await pollFor(tx, actor, id, action);
  const to = action === 'open' ? 'open' : 'closed';
  const changes = await extra(poll);
  const [after] = await tx
    .update(polls)
    .set({ ...changes, status: to, updatedAt: new Date() })
    .where(eq(polls.id, id))
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: `poll.${action}`,
    entity: 'poll',
    entityId: id,
    countyId: poll.countyId,
    townshipId: poll.townshipId,
    before: { status: poll.status },
    after: { status: to, ...changes },
  });
  return after!;
}

/** Opens a draft poll: its codes become live (usable) in the same transaction as the status. */
export const openPoll = (tx: Tx, actor: Actor, id: string) =>
  transition(tx, actor, id, 'open', async () => {
    await tx.update(ballotCodes).set({ live: true }).where(eq(ballotCodes.pollId, id));
    return {};
  });

/**
 * Closes a poll. Clearing `live` on every code row waits for ballots being cast (each holds its
 * code row) and refuses any later cast; then 应到 / 实到 are frozen, the poll's ballot and code rows
 * are rewritten in random order (poll-close.ts: afterwards neither row order nor transaction ids
 * pair a ballot with its code or its cast), and ONE audit entry records how many ballots the poll
 * received: casting itself writes no audit entry, so nobody watches ballots arrive.
 */
export const closePoll = (tx: Tx, actor: Actor, id: string) =>
  transition(tx, actor, id, 'close', async (poll) => {
    await tx.update(ballotCodes).set({ live: false }).where(eq(ballotCodes.pollId, id));
    const received = await rewriteInRandomOrder(tx, id);
    await appendAudit(tx, PUBLIC_ACTOR, {
      action: 'ballot.cast',
      entity: 'poll',
      entityId: id,
      countyId: poll.countyId,
      townshipId: poll.townshipId,
      after: { ballots: received },
    });
    const meeting = await meetingInScope(tx, actor.scope, poll.meetingId);
    return {
      frozenEligible: meeting.eligible,
      frozenAttendance: meeting.attendance,
      frozenHouseholds: meeting.householdsRepresented,
    };
  });

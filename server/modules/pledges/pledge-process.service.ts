import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { pledgeOpinions, pledges, pledgeVoteRounds } from '../../db/schema/index.ts';
import { roleLabel } from '../../domain/participants.ts';
import { applyVote, cancelVote, committeeDecision, startVote } from '../../domain/pledging/workflow.ts';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../domain/voting/meeting-kinds.ts';
import { allowsAbstain } from '../../domain/voting/purposes.ts';
import { meetingInScope } from '../meetings/meetings.service.ts';
import { pollResults } from '../polls/poll-results.ts';
import { pollShape } from '../polls/poll-shape.ts';
import { createPoll } from '../polls/polls.service.ts';
import { effectivePoll, lockedSet, type SetRow, stateOf } from './pledge-access.ts';
import { assertSetAction } from './pledge-policy.ts';
import { recordEvent, unwrap } from './pledge-records.ts';
import { personName } from './pledge-views.ts';
import { moveSet } from './pledges.service.ts';

const VOTE_KINDS: MeetingKind[] = ['villager_assembly', 'party_and_representative_assembly'];

async function meetingOfVillage(tx: Tx, actor: Actor, set: SetRow, meetingId: string, kinds: MeetingKind[]) {
  const meeting = await meetingInScope(tx, actor.scope, meetingId);
  if (meeting.villageId !== set.villageId) throw badRequest('meetingId', '“会议”不是本村的会议');
  if (meeting.campaignId && meeting.campaignId !== set.campaignId) {
    throw badRequest('meetingId', '“会议”不属于本年度考评活动');
  }
  if (!kinds.includes(meeting.kind)) {
    const wanted = kinds.map((k) => MEETING_KIND_LABELS[k]).join('或');
    throw badRequest('meetingId', `“会议”须为${wanted}（现为${MEETING_KIND_LABELS[meeting.kind]}）`);
  }
  return meeting;
}

/** 两委会议 decision on the set, recorded with its meeting. */
export async function recordCommittee(
  tx: Tx,
  actor: Actor,
  setId: string,
  body: { meetingId: string; passed: boolean; note?: string | undefined },
) {
  const ctx = await lockedSet(tx, actor.scope, setId);
  await assertSetAction(tx, actor, ctx, 'record_committee');
  await meetingOfVillage(tx, actor, ctx.set, body.meetingId, ['two_committees']);
  const [open] = await tx
    .select({ n: count() })
    .from(pledgeOpinions)
    .where(and(eq(pledgeOpinions.setId, ctx.set.id), isNull(pledgeOpinions.handling)));
  const status = unwrap(committeeDecision(stateOf(ctx.set, ctx.items), body.passed, open?.n ?? 0));
  const row = await moveSet(tx, actor, ctx.set, status);
  await recordEvent(tx, asAuditActor(actor), row, body.passed ? 'committee_passed' : 'committee_not_passed', {
    meetingId: body.meetingId,
    note: body.note ?? null,
  });
  return row;
}

/** A pledge's options in its set's vote; 弃权 only where the purpose lets a voter abstain. */
const SET_VOTE_OPTIONS = [
  { label: '满意', kind: 'satisfied' as const },
  { label: '不满意', kind: 'unsatisfied' as const },
  ...(allowsAbstain('pledge_confirmation') ? [{ label: '弃权', kind: 'abstain' as const }] : []),
];

/**
 * Puts the set's pending items to the vote: a poll with one question per pledge (满意 / 不满意 / 弃权:
 * the purpose allows abstaining, so a phone offers what a paper ballot's blank question gives) at a
 * 村民会议 or 党员和村民代表会议, created through the voting engine in the same transaction as the
 * set's move to 'voting', so a refusal at any step leaves no poll behind.
 */
export async function startSetVote(
  tx: Tx,
  actor: Actor,
  setId: string,
  body: { meetingId: string; title?: string | undefined },
) {
  const ctx = await lockedSet(tx, actor.scope, setId);
  const { set, items, participant } = ctx;
  await assertSetAction(tx, actor, ctx, 'start_vote');
  await meetingOfVillage(tx, actor, set, body.meetingId, VOTE_KINDS);
  const plan = unwrap(startVote(stateOf(set, items)));
  const name = await personName(tx, participant.personId);
  const role = roleLabel(participant.isSecretary, participant.isDirector);
  const poll = await createPoll(tx, actor, body.meetingId, {
    title: body.title ?? `${name}（${role}）承诺事项表决（第 ${set.round + 1} 轮）`.slice(0, 100),
    purpose: 'pledge_confirmation',
    questions: items
      .filter((p) => plan.itemIds.includes(p.id))
      .map((p) => ({
        label: `${p.title}（完成标准：${p.completionStandard}）`.slice(0, 200),
        subjectType: 'pledge' as const,
        subjectId: p.id,
        options: SET_VOTE_OPTIONS,
      })),
  });
  await tx
    .update(pledges)
    .set({ status: 'voting', updatedAt: new Date() })
    .where(inArray(pledges.id, plan.itemIds));
  const row = await moveSet(tx, actor, set, plan.status, { pollId: poll.id, round: set.round + 1 });
  await recordEvent(tx, asAuditActor(actor), row, 'vote_started', {
    meetingId: body.meetingId,
    pollId: poll.id,
  });
  return { set: row, pollId: poll.id };
}

/** Applies the certified vote to each pledge: confirmed, or rejected (back to solicitation). */
export async function applySetVote(tx: Tx, actor: Actor, setId: string) {
  const ctx = await lockedSet(tx, actor.scope, setId);
  const { set, items } = ctx;
  // The policy has seen the set voting and the poll that counts certified.
  await assertSetAction(tx, actor, ctx, 'apply_vote');
  const poll = await effectivePoll(tx, actor.scope, set.pollId!);
  const shape = await pollShape(tx, poll.id);
  const results = await pollResults(tx, poll);
  const votes = shape
    .filter((q) => q.subjectType === 'pledge' && q.subjectId)
    .map((q) => {
      const r = results.questions.find((x) => x.questionId === q.id)!;
      return { itemId: q.subjectId!, questionId: q.id, ...r.outcome };
    });
  const applied = unwrap(applyVote(stateOf(set, items), votes));
  const now = new Date();
  for (const item of applied.items) {
    const pledge = items.find((i) => i.id === item.id)!;
    const v = votes.find((x) => x.itemId === item.id)!;
    await tx
      .update(pledges)
      .set({ status: item.status, confirmedAt: item.status === 'confirmed' ? now : null, updatedAt: now })
      .where(eq(pledges.id, item.id));
    await tx.insert(pledgeVoteRounds).values({
      countyId: set.countyId,
      townshipId: set.townshipId,
      villageId: set.villageId,
      pledgeId: item.id,
      setId: set.id,
      round: set.round,
      pollId: poll.id,
      questionId: v.questionId,
      pledgeVersion: pledge.version,
      rejectVotes: v.rejectVotes,
      denominator: v.denominator,
      denominatorValue: v.denominatorValue,
      outcome: item.status,
      rule: v.rule,
    });
  }
  const rejected = applied.items.filter((i) => i.status === 'rejected').length;
  const row = await moveSet(
    tx,
    actor,
    set,
    applied.status,
    applied.status === 'confirmed' ? { confirmedAt: now } : {},
  );
  const note =
    rejected > 0 ? `${rejected} 项不满意票超过半数未通过，须修改后重新征求意见、表决` : '全部事项通过';
  await recordEvent(tx, asAuditActor(actor), row, 'vote_applied', { pollId: poll.id, note });
  return { set: row, items: applied.items };
}

/** Calls off a vote that cannot be certified: its items wait for a new vote, the reason is recorded. */
export async function cancelSetVote(tx: Tx, actor: Actor, setId: string, reason: string) {
  const ctx = await lockedSet(tx, actor.scope, setId);
  const { set, items } = ctx;
  await assertSetAction(tx, actor, ctx, 'cancel_vote');
  const step = unwrap(cancelVote(stateOf(set, items), false));
  if (step.itemIds.length > 0) {
    await tx
      .update(pledges)
      .set({ status: 'draft', updatedAt: new Date() })
      .where(inArray(pledges.id, step.itemIds));
  }
  const row = await moveSet(tx, actor, set, step.status);
  await recordEvent(tx, asAuditActor(actor), row, 'vote_cancelled', { pollId: set.pollId, note: reason });
  return row;
}

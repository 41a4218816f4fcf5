import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database, Tx } from '../../db/client.ts';
import { pledgeOpinions, pledges, pledgeVoteRounds, polls } from '../../db/schema/index.ts';
import { roleLabel } from '../../domain/participants.ts';
import { applyVote, cancelVote, committeeDecision, startVote } from '../../domain/pledging/workflow.ts';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../domain/voting/meeting-kinds.ts';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, conflict } from '../../core/errors.ts';
import { meetingInScope } from '../meetings/meetings.service.ts';
import { pollResults } from '../polls/poll-results.ts';
import { pollShape } from '../polls/poll-shape.ts';
import { createPoll, type PollRow, pollInScope } from '../polls/polls.service.ts';
import { type SetRow, stateOf, writableSet } from './pledge-access.ts';
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
  database: Database,
  actor: Actor,
  setId: string,
  body: { meetingId: string; passed: boolean; note?: string | undefined },
) {
  return database.transaction(async (tx) => {
    const { set, items } = await writableSet(tx, actor, setId, { self: false });
    await meetingOfVillage(tx, actor, set, body.meetingId, ['two_committees']);
    const [open] = await tx
      .select({ n: count() })
      .from(pledgeOpinions)
      .where(and(eq(pledgeOpinions.setId, set.id), isNull(pledgeOpinions.handling)));
    const status = unwrap(committeeDecision(stateOf(set, items), body.passed, open?.n ?? 0));
    const row = await moveSet(tx, actor, set, status);
    await recordEvent(
      tx,
      asAuditActor(actor),
      row,
      body.passed ? 'committee_passed' : 'committee_not_passed',
      {
        meetingId: body.meetingId,
        note: body.note ?? null,
      },
    );
    return row;
  });
}

/**
 * Puts the set's pending items to the vote: a poll with one question per pledge (满意 / 不满意) at a
 * 村民会议 or 党员和村民代表会议, created through the voting engine. The poll is created first (its own
 * transaction); the set then moves to 'voting' only if it is still as checked.
 */
export async function startSetVote(
  database: Database,
  actor: Actor,
  setId: string,
  body: { meetingId: string; title?: string | undefined },
) {
  const planned = await database.transaction(async (tx) => {
    const { set, items, participant } = await writableSet(tx, actor, setId, { self: false });
    await meetingOfVillage(tx, actor, set, body.meetingId, VOTE_KINDS);
    const plan = unwrap(startVote(stateOf(set, items)));
    const name = await personName(tx, participant.personId);
    return { set, plan, items: items.filter((i) => plan.itemIds.includes(i.id)), name, participant };
  });
  const role = roleLabel(planned.participant.isSecretary, planned.participant.isDirector);
  const poll = await database.transaction((tx) =>
    createPoll(tx, actor, body.meetingId, {
      title:
        body.title ??
        `${planned.name}（${role}）承诺事项表决（第 ${planned.set.round + 1} 轮）`.slice(0, 100),
      purpose: 'pledge_confirmation',
      questions: planned.items.map((p) => ({
        label: `${p.title}（完成标准：${p.completionStandard}）`.slice(0, 200),
        subjectType: 'pledge' as const,
        subjectId: p.id,
        options: [
          { label: '满意', countsAsValid: true },
          { label: '不满意', countsAsValid: true },
        ],
      })),
    }),
  );
  return database.transaction(async (tx) => {
    const { set, items } = await writableSet(tx, actor, setId, { self: false });
    const again = unwrap(startVote(stateOf(set, items)));
    if (set.status !== planned.set.status || again.itemIds.join() !== planned.plan.itemIds.join()) {
      throw conflict('SET_CHANGED', '承诺事项在创建表决期间发生了变化，请重试');
    }
    await tx
      .update(pledges)
      .set({ status: 'voting', updatedAt: new Date() })
      .where(inArray(pledges.id, again.itemIds));
    const row = await moveSet(tx, actor, set, again.status, { pollId: poll.id, round: set.round + 1 });
    await recordEvent(tx, asAuditActor(actor), row, 'vote_started', {
      meetingId: body.meetingId,
      pollId: poll.id,
    });
    return { set: row, pollId: poll.id };
  });
}

/** The poll whose result counts: the set's poll, or the latest certified correction of it. */
async function effectivePoll(tx: Tx, actor: Actor, pollId: string): Promise<PollRow> {
  let poll = await pollInScope(tx, actor.scope, pollId);
  for (;;) {
    const [correction] = await tx
      .select()
      .from(polls)
      .where(and(eq(polls.correctsPollId, poll.id), eq(polls.status, 'certified')))
      .orderBy(desc(polls.certifiedAt))
      .limit(1);
    if (!correction) return poll;
    poll = correction;
  }
}

/** Applies the certified vote to each pledge: confirmed, or rejected (back to solicitation). */
export async function applySetVote(database: Database, actor: Actor, setId: string) {
  return database.transaction(async (tx) => {
    const { set, items } = await writableSet(tx, actor, setId, { self: false });
    if (set.status !== 'voting' || !set.pollId) unwrap(applyVote(stateOf(set, items), []));
    const poll = await effectivePoll(tx, actor, set.pollId!);
    if (poll.status !== 'certified') {
      throw conflict('POLL_NOT_CERTIFIED', '表决结果尚未经记录员和会议主持人确认，不能应用到承诺事项');
    }
    const [shape, results] = await Promise.all([pollShape(tx, poll.id), pollResults(tx, poll)]);
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
  });
}

/** Calls off a vote that cannot be certified: its items wait for a new vote, the reason is recorded. */
export async function cancelSetVote(database: Database, actor: Actor, setId: string, reason: string) {
  return database.transaction(async (tx) => {
    const { set, items } = await writableSet(tx, actor, setId, { self: false });
    const certified = set.pollId
      ? (await effectivePoll(tx, actor, set.pollId)).status === 'certified'
      : false;
    const step = unwrap(cancelVote(stateOf(set, items), certified));
    if (step.itemIds.length > 0) {
      await tx
        .update(pledges)
        .set({ status: 'draft', updatedAt: new Date() })
        .where(inArray(pledges.id, step.itemIds));
    }
    const row = await moveSet(tx, actor, set, step.status);
    await recordEvent(tx, asAuditActor(actor), row, 'vote_cancelled', { pollId: set.pollId, note: reason });
    return row;
  });
}

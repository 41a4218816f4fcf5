import { eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { conflict, forbidden, wrongPhase } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { polls } from '../../db/schema/index.ts';
import { issuanceProblems, tallyProblems } from '../../domain/voting/tally.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { meetingInScope, refuseArchived } from '../meetings/meetings.service.ts';
import { paperTallyState, pollResults } from './poll-results.ts';
import { pollShape } from './poll-shape.ts';
import { type PollRow, pollInScope, STATUS_LABELS } from './polls.service.ts';

type Slot = 'clerk' | 'host';

/** Who may certify in which capacity: the meeting's clerk, and its host (a cadre, the office or a leader). */
const SLOT_ROLES: Record<Slot, Actor['role'][]> = {
  clerk: ['village_clerk', 'township_office'],
  host: ['village_cadre', 'township_office', 'township_leader'],
};

/** Everything that must hold before a closed poll's result can be certified. */
async function certificationProblems(tx: Tx, poll: PollRow): Promise<string[]> {
  const results = await pollResults(tx, poll);
  const problems: string[] = [];
  if (!results.quorum.met) {
    problems.push(`会议未达到法定人数（${results.quorum.rule}；实到 ${results.quorum.present ?? '未登记'}）`);
  }
  const paper = results.paper;
  if (paper.status === 'pending') problems.push('纸质票还缺一份录入（计票人、监票人须各录入一次）');
  if (paper.status === 'mismatch') problems.push('计票人与监票人录入的纸质票数不一致，请核对后重新录入');
  if (paper.status === 'matched') {
    const shape = await pollShape(tx, poll.id);
    const agreed = (await paperTallyState(tx, poll.id)).agreed!;
    const tally = tallyProblems(
      agreed,
      { questions: shape.map((q) => ({ id: q.id, optionIds: q.options.map((o) => o.id) })) },
      { codesIssued: poll.codesIssued, attendance: poll.frozenAttendance },
    );
    problems.push(...tally.map((p) => p.message));
  }
  problems.push(
    ...issuanceProblems({
      codesIssued: poll.codesIssued,
      ballotsCast: results.ballotsCast,
      paperIssued: paper.issued,
      attendance: poll.frozenAttendance,
    }),
  );
  if (results.ballotsCast + paper.returned === 0) problems.push('本次表决没有任何选票');
  return problems;
}

/**
 * One of the two certifications (clerk, host) of a closed poll, by two different users. With
 * both, the poll is certified and never changes again.
 */
export async function certifyPoll(tx: Tx, actor: Actor, pollId: string, slot: Slot) {
  const poll = await pollInScope(tx, actor.scope, pollId, true);
  await refuseArchived(tx, (await meetingInScope(tx, actor.scope, poll.meetingId)).campaignId);
  if (poll.status !== 'closed') {
    throw wrongPhase(`表决当前为“${STATUS_LABELS[poll.status]}”，只有已结束的表决才能确认`);
  }
  if (!SLOT_ROLES[slot].includes(actor.role)) {
    throw forbidden(
      slot === 'clerk'
        ? '只有会议记录员或乡考评办可以作为记录人确认'
        : '只有主持人（村干部、乡领导或乡考评办）可以作为主持人确认',
    );
  }
  const mine = slot === 'clerk' ? poll.clerkCertifiedBy : poll.hostCertifiedBy;
  const other = slot === 'clerk' ? poll.hostCertifiedBy : poll.clerkCertifiedBy;
  if (mine) throw conflict('ALREADY_CERTIFIED', `已由${slot === 'clerk' ? '记录人' : '主持人'}确认过`, 'as');
  if (other === actor.userId) throw conflict('SAME_PERSON', '记录人与主持人须由两个不同的账号分别确认', 'as');
  const problems = await certificationProblems(tx, poll);
  if (problems.length) throw conflict('CANNOT_CERTIFY', `不能确认：${problems.join('；')}`);
  const both = Boolean(other);
  const changes: Partial<PollRow> =
    slot === 'clerk'
      ? { clerkCertifiedBy: actor.userId, clerkCertifiedName: actor.displayName }
      : { hostCertifiedBy: actor.userId, hostCertifiedName: actor.displayName };
  const [after] = await tx
    .update(polls)
    .set({
      ...changes,
      ...(both ? { status: 'certified' as const, certifiedAt: new Date() } : {}),
      updatedAt: new Date(),
    })
    .where(eq(polls.id, pollId))
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: both ? 'poll.certify' : 'poll.certify_partial',
    entity: 'poll',
    entityId: pollId,
    countyId: poll.countyId,
    townshipId: poll.townshipId,
    before: { status: poll.status },
    after: both ? { status: 'certified', as: slot, results: await pollResults(tx, after!) } : { as: slot },
  });
  return after!;
}

import { eq, sql } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { ballotCodes, polls } from '../../db/schema/index.ts';
import { normalizeCode } from '../../domain/voting/ballot-code.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { codeHmac, newBallotCode } from '../ballots/ballot-key.ts';
import { meetingInScope } from '../meetings/meetings.service.ts';
import { paperTallyState } from './poll-results.ts';
import { pollFor } from './polls.service.ts';

/**
 * Generates one-time codes for a draft or open poll. The codes are returned once; the database
 * keeps only their HMAC and a used flag. Codes plus paper ballots never exceed the attendance.
 */
export async function issueCodes(tx: Tx, actor: Actor, pollId: string, count: number) {
  const poll = await pollFor(tx, actor, pollId, 'issue_codes');
  const meeting = await meetingInScope(tx, actor.scope, poll.meetingId);
  if (meeting.attendance === null) throw badRequest('count', '请先在会议记录中登记“实到人数”，再生成选票码');
  const paper = await paperTallyState(tx, pollId);
  const paperIssued = Math.max(paper.counter?.issued ?? 0, paper.scrutineer?.issued ?? 0);
  const room = meeting.attendance - poll.codesIssued - paperIssued;
  if (count > room) {
    throw badRequest(
      'count',
      `选票码与纸质选票合计不能超过实到人数（${meeting.attendance}）：已生成 ${poll.codesIssued} 个，最多还能生成 ${Math.max(0, room)} 个`,
    );
  }
  const codes = Array.from({ length: count }, newBallotCode);
  const rows = codes.map((code) => ({
    codeHmac: codeHmac(normalizeCode(code)!),
    countyId: poll.countyId,
    pollId,
    live: poll.status === 'open',
  }));
  for (let i = 0; i < rows.length; i += 500) await tx.insert(ballotCodes).values(rows.slice(i, i + 500));
  await tx
    .update(polls)
    .set({ codesIssued: sql`${polls.codesIssued} + ${count}`, updatedAt: new Date() })
    .where(eq(polls.id, pollId));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'poll.codes',
    entity: 'poll',
    entityId: pollId,
    countyId: poll.countyId,
    townshipId: poll.townshipId,
    after: { generated: count, codesIssued: poll.codesIssued + count },
  });
  return codes;
}

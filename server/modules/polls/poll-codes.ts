import { and, eq, sql } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, conflict } from '../../core/errors.ts';
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
  const batch = poll.codeBatches.length + 1;
  const rows = codes.map((code) => ({
    codeHmac: codeHmac(normalizeCode(code)!),
    countyId: poll.countyId,
    pollId,
    batch,
    live: poll.status === 'open',
  }));
  for (let i = 0; i < rows.length; i += 500) await tx.insert(ballotCodes).values(rows.slice(i, i + 500));
  await tx
    .update(polls)
    .set({
      codesIssued: sql`${polls.codesIssued} + ${count}`,
      codeBatches: [...poll.codeBatches, { size: count, voided: null }],
      updatedAt: new Date(),
    })
    .where(eq(polls.id, pollId));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'poll.codes',
    entity: 'poll',
    entityId: pollId,
    countyId: poll.countyId,
    townshipId: poll.townshipId,
    after: { generated: count, batch, codesIssued: poll.codesIssued + count },
  });
  return { codes, batch };
}

/**
 * Voids a lost sheet of codes: its unused codes are deleted, so no one can cast with them, and
 * counted as 作废; they leave the issued count, so a new sheet can be generated in their place.
 * Codes of the sheet already used keep their ballots (nothing says which ballots they are).
 */
export async function voidCodeBatch(tx: Tx, actor: Actor, pollId: string, batch: number, reason: string) {
  const poll = await pollFor(tx, actor, pollId, 'void_codes');
  const sheet = poll.codeBatches[batch - 1];
  if (!sheet) throw badRequest('batch', `没有第 ${batch} 批选票码`);
  if (sheet.voided !== null) throw conflict('ALREADY_VOIDED', `第 ${batch} 批选票码已经作废`, 'batch');
  const deleted = await tx
    .delete(ballotCodes)
    .where(and(eq(ballotCodes.pollId, pollId), eq(ballotCodes.batch, batch), eq(ballotCodes.used, false)))
    .returning({ codeHmac: ballotCodes.codeHmac });
  const voided = deleted.length;
  const codeBatches = poll.codeBatches.map((b, i) => (i === batch - 1 ? { ...b, voided } : b));
  const [after] = await tx
    .update(polls)
    .set({
      codesIssued: poll.codesIssued - voided,
      codesVoided: poll.codesVoided + voided,
      codeBatches,
      updatedAt: new Date(),
    })
    .where(eq(polls.id, pollId))
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'poll.codes_void',
    entity: 'poll',
    entityId: pollId,
    countyId: poll.countyId,
    townshipId: poll.townshipId,
    before: { codesIssued: poll.codesIssued, codesVoided: poll.codesVoided },
    after: { batch, voided, codesIssued: after!.codesIssued, codesVoided: after!.codesVoided },
    reason,
  });
  return after!;
}

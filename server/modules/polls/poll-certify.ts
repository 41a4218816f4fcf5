import { eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { conflict } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { meetings, polls } from '../../db/schema/index.ts';
import { certificationProblems } from '../../domain/voting/certification.ts';
import type { PollResults } from '../../domain/voting/results.ts';
import { tallyProblems } from '../../domain/voting/tally.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { ModuleDefinition } from '../module.ts';
import { computeResults, paperTallyState } from './poll-results.ts';
import { pollShape } from './poll-shape.ts';
import { type PollRow, pollFor } from './polls.service.ts';

/** Everything that must hold before a closed poll's result can be certified. */
async function problemsOf(tx: Tx, poll: PollRow, results: PollResults): Promise<string[]> {
  const problems = certificationProblems(results);
  if (results.paper.status === 'matched') {
    const shape = await pollShape(tx, poll.id);
    const agreed = (await paperTallyState(tx, poll.id)).agreed!;
    const tally = tallyProblems(
      agreed,
      { questions: shape.map((q) => ({ id: q.id, optionIds: q.options.map((o) => o.id) })) },
      { codesIssued: poll.codesIssued, attendance: poll.frozenAttendance },
    );
    problems.push(...tally.map((p) => p.message));
  }
  return problems;
}

/**
 * One of the two certifications (clerk, host) of a closed poll, by two different accounts: the
 * clerk's, and the meeting's recorded host's (who is no subject of the vote). With both, the poll is
 * certified and its result is stored with it, with everything it was decided on; from then on every
 * read of its numbers reads that record.
 */
export async function certifyPoll(tx: Tx, actor: Actor, pollId: string, as: 'clerk' | 'host') {
  const poll = await pollFor(tx, actor, pollId, as === 'clerk' ? 'certify_as_clerk' : 'certify_as_host');
  const results = await computeResults(tx, poll);
  const problems = await problemsOf(tx, poll, results);
  if (problems.length) throw conflict('CANNOT_CERTIFY', `不能确认：${problems.join('；')}`);
  const both = (as === 'clerk' ? poll.hostCertifiedBy : poll.clerkCertifiedBy) !== null;
  const now = new Date();
  const frozen: PollResults = { ...results, status: 'certified', frozen: true };
  const [after] = await tx
    .update(polls)
    .set({
      ...(as === 'clerk'
        ? { clerkCertifiedBy: actor.userId, clerkCertifiedName: actor.displayName }
        : { hostCertifiedBy: actor.userId, hostCertifiedName: actor.displayName }),
      ...(both ? { status: 'certified' as const, certifiedAt: now, result: frozen } : {}),
      updatedAt: now,
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
    after: both ? { status: 'certified', as, results: frozen } : { as },
  });
  return after!;
}

/** Each module's afterPollCertified hook, in MODULES order, in the certifying transaction. */
export async function afterCertified(
  tx: Tx,
  actor: Actor,
  poll: PollRow,
  modules: readonly ModuleDefinition[],
): Promise<void> {
  const [meeting] = await tx
    .select({ campaignId: meetings.campaignId })
    .from(meetings)
    .where(eq(meetings.id, poll.meetingId));
  const certified = { id: poll.id, purpose: poll.purpose, campaignId: meeting?.campaignId ?? null };
  for (const { afterPollCertified } of modules)
    if (afterPollCertified) await afterPollCertified(tx, actor, certified);
}

import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type Actor, asAuditActor, type Scope } from '../../core/actor.ts';
import { badRequest, conflict } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { paperTallies, paperTallyHistory, polls } from '../../db/schema/index.ts';
import { canonicalJson } from '../../domain/audit-chain.ts';
import { type PaperTally, tallyProblems } from '../../domain/voting/tally.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { paperTallyState } from './poll-results.ts';
import { pollShape } from './poll-shape.ts';
import type { TallyBody } from './polls.schema.ts';
import { pollFor, pollInScope } from './polls.service.ts';

/**
 * The audit log records a digest of each entry, not its numbers: the office reads the audit log,
 * and the two entries stay blind to each other until certification publishes the agreed count.
 */
const tallyDigest = (t: PaperTally) =>
  createHash('sha256')
    .update(
      canonicalJson({
        issued: t.issued,
        returned: t.returned,
        invalid: t.invalid,
        counts: t.counts,
        // Added with per-question blanks; left out when there are none, so earlier digests still match.
        ...(Object.keys(t.blanks).length ? { blanks: t.blanks } : {}),
      }),
    )
    .digest('hex');

/** 计票人 and 监票人 are villagers without accounts: two accounts enter their two sheets. */
const SLOT_LABELS = { counter: '计票人的计票单', scrutineer: '监票人的计票单' } as const;

/**
 * One blind paper-tally entry of a closed poll: the sheet of the 计票人 or of the 监票人 (villagers
 * with no account), entered by an account. A re-entry moves the old values and their author to the
 * history table. The two sheets are entered by two different accounts. An entry marks the poll as
 * one that handed out paper ballots, so both sheets are then needed before certification.
 */
export async function enterTally(tx: Tx, actor: Actor, pollId: string, body: TallyBody) {
  const poll = await pollFor(tx, actor, pollId, 'enter_tally');
  const shape = await pollShape(tx, pollId);
  const tally: PaperTally = {
    issued: body.issued,
    returned: body.returned,
    invalid: body.invalid,
    counts: Object.fromEntries(body.questions.map((q) => [q.questionId, q.counts])),
    blanks: Object.fromEntries(
      body.questions.filter((q) => q.blank).map((q) => [q.questionId, q.blank as number]),
    ),
  };
  if (new Set(body.questions.map((q) => q.questionId)).size !== body.questions.length) {
    throw badRequest('questions', '同一议题不能重复录入');
  }
  const problems = tallyProblems(
    tally,
    { questions: shape.map((q) => ({ id: q.id, optionIds: q.options.map((o) => o.id) })) },
    { codesIssued: poll.codesIssued, attendance: poll.frozenAttendance },
  );
  if (problems[0]) throw badRequest(problems[0].field, problems[0].message, 'TALLY_MISMATCH');
  const state = await paperTallyState(tx, pollId);
  const other = body.slot === 'counter' ? state.scrutineer : state.counter;
  if (other && other.enteredBy === actor.userId) {
    throw conflict('SAME_PERSON', '计票人、监票人的两份计票单须由两个不同的账号分别录入', 'slot');
  }
  const previous = body.slot === 'counter' ? state.counter : state.scrutineer;
  if (previous) {
    const { enteredAt, ...old } = previous;
    await tx.insert(paperTallyHistory).values({ ...old, enteredAt, replacedBy: actor.userId });
    await tx
      .delete(paperTallies)
      .where(and(eq(paperTallies.pollId, pollId), eq(paperTallies.slot, body.slot)));
  }
  if (!poll.paperBallots) await tx.update(polls).set({ paperBallots: true }).where(eq(polls.id, pollId));
  await tx.insert(paperTallies).values({
    pollId,
    slot: body.slot,
    countyId: poll.countyId,
    ...tally,
    enteredBy: actor.userId,
    enteredByName: actor.displayName,
  });
  await appendAudit(tx, asAuditActor(actor), {
    action: previous ? 'poll.tally_reenter' : 'poll.tally',
    entity: 'poll',
    entityId: pollId,
    countyId: poll.countyId,
    townshipId: poll.townshipId,
    before: previous && {
      slot: body.slot,
      enteredBy: previous.enteredByName,
      digest: tallyDigest(previous),
    },
    after: { slot: body.slot, slotLabel: SLOT_LABELS[body.slot], digest: tallyDigest(tally) },
  });
  return tallyStatusOf(tx, pollId);
}

/** Which slots are entered and whether they agree: never the numbers of either. */
export async function tallyStatusOf(db: Queryable, pollId: string) {
  const state = await paperTallyState(db, pollId);
  return { counter: state.counter !== null, scrutineer: state.scrutineer !== null, match: state.match };
}

export async function tallyStatus(db: Queryable, scope: Scope, pollId: string) {
  await pollInScope(db, scope, pollId);
  return tallyStatusOf(db, pollId);
}

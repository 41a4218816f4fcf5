import { asc, eq } from 'drizzle-orm';
import { AppError, badRequest, conflict, notFound, wrongPhase } from '../../core/errors.ts';
import type { Database, Queryable } from '../../db/client.ts';
import { ballotCodes, ballots, meetings, polls, villages } from '../../db/schema/index.ts';
import { normalizeCode } from '../../domain/voting/ballot-code.ts';
import { shownOutcome } from '../../domain/voting/results.ts';
import { pollResults } from '../polls/poll-results.ts';
import { pollIdOfQuestion, pollShape, type ShapeQuestion } from '../polls/poll-shape.ts';
import { codeHmac, newTracker } from './ballot-key.ts';
import type { CastBody } from './ballots.schema.ts';
import { runCastStatement } from './cast-statement.ts';

export const MESSAGES = {
  badFormat: '选票码格式不正确：应为 12 位字母或数字（如 ABCD-EFGH-JKMN）',
  invalid: '选票码无效',
  used: '此选票码已使用，每张选票只能投一次',
  notOpen: '投票尚未开始或已结束',
};

function hmacOf(code: string): string {
  const normalized = normalizeCode(code);
  if (!normalized) throw badRequest('code', MESSAGES.badFormat);
  return codeHmac(normalized);
}

/** The ballot paper a code opens; the code is not consumed. */
export async function lookupBallot(db: Queryable, code: string) {
  const [row] = await db
    .select({
      used: ballotCodes.used,
      pollId: polls.id,
      status: polls.status,
      title: polls.title,
      meetingTitle: meetings.title,
      village: villages.name,
    })
    .from(ballotCodes)
    .innerJoin(polls, eq(polls.id, ballotCodes.pollId))
    .innerJoin(meetings, eq(meetings.id, polls.meetingId))
    .innerJoin(villages, eq(villages.id, polls.villageId))
    .where(eq(ballotCodes.codeHmac, hmacOf(code)));
  if (!row) throw new AppError('not_found', 'INVALID_CODE', MESSAGES.invalid, 'code');
  if (row.used) throw conflict('CODE_USED', MESSAGES.used, 'code');
  if (row.status !== 'open') throw wrongPhase(MESSAGES.notOpen);
  const shape = await pollShape(db, row.pollId);
  return {
    pollId: row.pollId,
    title: row.title,
    meetingTitle: row.meetingTitle,
    village: row.village,
    questions: shape.map((q) => ({
      id: q.id,
      label: q.label,
      options: q.options.map(({ id, label, kind }) => ({ id, label, kind })),
    })),
  };
}

/** Exactly one option for every question of the poll, as questionId → optionId. */
function choicesFor(shape: ShapeQuestion[], choices: CastBody['choices']): Record<string, string> {
  const map: Record<string, string> = {};
  for (const c of choices) {
    const question = shape.find((q) => q.id === c.questionId);
    if (!question) throw badRequest('choices', '选择中有不属于本次表决的议题');
    if (map[c.questionId]) throw badRequest('choices', `“${question.label}”只能选择一项`);
    if (!question.options.some((o) => o.id === c.optionId)) {
      throw badRequest('choices', `“${question.label}”的选择不是该议题的选项`);
    }
    map[c.questionId] = c.optionId;
  }
  const missing = shape.find((q) => !map[q.id]);
  if (missing) throw badRequest('choices', `请对“${missing.label}”作出选择`);
  return map;
}

/** Why a code could not be consumed: unknown, for another poll than the choices, used, or not open. */
async function refusal(db: Queryable, hmac: string, pollId: string): Promise<AppError> {
  const [row] = await db
    .select({ used: ballotCodes.used, live: ballotCodes.live, pollId: ballotCodes.pollId })
    .from(ballotCodes)
    .where(eq(ballotCodes.codeHmac, hmac));
  if (!row) return new AppError('not_found', 'INVALID_CODE', MESSAGES.invalid, 'code');
  if (row.pollId !== pollId) return badRequest('choices', '所选议题与选票码不属于同一次表决，请重新打开选票');
  if (row.used) return conflict('CODE_USED', MESSAGES.used, 'code');
  return wrongPhase(MESSAGES.notOpen);
}

/**
 * Casts one ballot as ONE statement, hence one transaction: mark the code used (only if it is
 * unused, live — its poll is open — and of the poll the choices belong to) and store the ballot
 * from what that update returned. A replayed code, even concurrently, finds no such row and is
 * refused; nothing is stored then. The ballot row carries no code, person, address or time.
 *
 * What remains below SQL while the poll is open: the code row and the ballot row share the writing
 * transaction id (xmin), and heap order follows cast order. Closing rewrites both tables' rows of
 * the poll in random order in one transaction (polls/poll-close.ts), so after the close a dump
 * pairs nothing; the dead versions last in the data files until VACUUM.
 */
export async function castBallot(database: Database, body: CastBody): Promise<string> {
  const hmac = hmacOf(body.code);
  const firstQuestion = body.choices[0]!.questionId;
  const pollId = await pollIdOfQuestion(database.db, firstQuestion);
  if (!pollId) throw badRequest('choices', '选择中有不属于本次表决的议题');
  const choices = choicesFor(await pollShape(database.db, pollId), body.choices);
  const tracker = newTracker();
  const stored = await runCastStatement(database, {
    hmac,
    pollId,
    tracker,
    choices: JSON.stringify(choices),
  });
  if (!stored) throw await refusal(database.db, hmac, pollId);
  return tracker;
}

/** After the poll closes: every receipt (without choices) and the totals. */
export async function pollBoard(db: Queryable, pollId: string) {
  const [poll] = await db.select().from(polls).where(eq(polls.id, pollId));
  if (!poll) throw notFound('表决');
  if (poll.status !== 'closed' && poll.status !== 'certified') {
    throw wrongPhase('投票结束后才公布选票回执和票数');
  }
  const rows = await db
    .select({ tracker: ballots.tracker })
    .from(ballots)
    .where(eq(ballots.pollId, pollId))
    .orderBy(asc(ballots.tracker));
  const results = await pollResults(db, poll);
  return {
    title: poll.title,
    status: poll.status,
    trackers: rows.map((r) => r.tracker),
    // Before certification the board has totals but no verdict (待确认): paper may still be entered.
    totals: results.questions.map((q) => {
      const outcome = shownOutcome(poll.status, q.outcome);
      return {
        questionId: q.questionId,
        label: q.label,
        options: q.options.map((o) => ({ id: o.id, label: o.label, votes: o.votes })),
        blank: q.blank,
        invalid: q.invalid,
        passed: outcome.passed,
        rejected: outcome.rejected,
        verdict: outcome.verdict,
        rule: outcome.rule,
      };
    }),
  };
}

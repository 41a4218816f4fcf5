import { asc, eq, sql } from 'drizzle-orm';
import type { Database, Queryable, Tx } from '../../db/client.ts';
import { ballotCodes, ballots, meetings, polls, villages } from '../../db/schema/index.ts';
import { normalizeCode } from '../../domain/voting/ballot-code.ts';
import { PUBLIC_ACTOR } from '../../http/actor.ts';
import { AppError, badRequest, conflict, notFound, wrongPhase } from '../../http/errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { pollResults } from '../polls/poll-results.ts';
import { pollShape, type ShapeQuestion } from '../polls/poll-shape.ts';
import { pollLockSql } from '../polls/polls.service.ts';
import { codeHmac, newTracker } from './ballot-key.ts';
import type { CastBody } from './ballots.schema.ts';

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
  if (!row) throw new AppError(404, 'INVALID_CODE', MESSAGES.invalid, 'code');
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
      options: q.options.map(({ id, label }) => ({ id, label })),
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

/** Rows of a raw query: both drivers (node-postgres, PGlite) answer with `{ rows }`. */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** Why a code could not be consumed: unknown, or already used. */
async function refusal(tx: Tx, hmac: string): Promise<AppError> {
  const [row] = await tx
    .select({ used: ballotCodes.used })
    .from(ballotCodes)
    .where(eq(ballotCodes.codeHmac, hmac));
  if (!row) return new AppError(404, 'INVALID_CODE', MESSAGES.invalid, 'code');
  return conflict('CODE_USED', MESSAGES.used, 'code');
}

/**
 * Casts one ballot in ONE transaction: mark the code used (only if unused), then store the ballot
 * if the poll is open. A replayed code, even concurrently, finds no unused row and is refused; any
 * refusal rolls the code back. The ballot row carries no code, person, address or time, and the
 * audit entry names only the poll.
 */
export async function castBallot(database: Database, body: CastBody): Promise<string> {
  const hmac = hmacOf(body.code);
  return database.transaction(async (tx) => {
    const consumed = rowsOf<{ poll_id: string; county_id: string }>(
      await tx.execute(sql`
      with c as (
        update ${ballotCodes} set used = true
        where ${ballotCodes.codeHmac} = ${hmac} and not ${ballotCodes.used}
        returning ${ballotCodes.pollId}, ${ballotCodes.countyId}
      )
      select c.poll_id, c.county_id, ${pollLockSql(sql.raw('c.poll_id'), 'shared')} as locked from c`),
    );
    const code = consumed[0];
    if (!code) throw await refusal(tx, hmac);
    const choices = choicesFor(await pollShape(tx, code.poll_id), body.choices);
    const tracker = newTracker();
    const stored = rowsOf<{ township_id: string }>(
      await tx.execute(sql`
      with p as (select id, township_id from ${polls} where id = ${code.poll_id} and status = 'open'),
      b as (
        insert into ${ballots} (county_id, poll_id, tracker, choices)
        select ${code.county_id}, p.id, ${tracker}, ${JSON.stringify(choices)}::jsonb from p
        returning poll_id
      )
      select p.township_id from p join b on b.poll_id = p.id`),
    );
    const township = stored[0];
    if (!township) throw wrongPhase(MESSAGES.notOpen);
    await appendAudit(tx, PUBLIC_ACTOR, {
      action: 'ballot.cast',
      entity: 'poll',
      entityId: code.poll_id,
      countyId: code.county_id,
      townshipId: township.township_id,
    });
    return tracker;
  });
}

/** After the poll closes: every receipt (without choices) and the totals. */
export async function pollBoard(db: Queryable, pollId: string) {
  const [poll] = await db.select().from(polls).where(eq(polls.id, pollId));
  if (!poll) throw notFound('表决');
  if (poll.status !== 'closed' && poll.status !== 'certified') {
    throw wrongPhase('投票结束后才公布选票回执和票数');
  }
  const [rows, results] = await Promise.all([
    db
      .select({ tracker: ballots.tracker })
      .from(ballots)
      .where(eq(ballots.pollId, pollId))
      .orderBy(asc(ballots.tracker)),
    pollResults(db, poll),
  ]);
  return {
    title: poll.title,
    status: poll.status,
    trackers: rows.map((r) => r.tracker),
    totals: results.questions.map((q) => ({
      questionId: q.questionId,
      label: q.label,
      options: q.options.map((o) => ({ id: o.id, label: o.label, votes: o.votes })),
      invalid: q.invalid,
      rejected: q.outcome.rejected,
      rule: q.outcome.rule,
    })),
  };
}

import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { ballots, meetings, paperTallies, type polls } from '../../db/schema/index.ts';
import { outcomeOf, type QuestionCount } from '../../domain/voting/outcome.ts';
import { satisfactionOf } from '../../domain/voting/satisfaction.ts';
import { type PaperTally, talliesMatch } from '../../domain/voting/tally.ts';
import { configOf, quorumOfMeeting } from '../meetings/meetings.service.ts';
import { pollShape } from './poll-shape.ts';

type PollRow = typeof polls.$inferSelect;
export type PaperStatus = 'none' | 'pending' | 'mismatch' | 'matched';

export async function paperTallyState(db: Queryable, pollId: string) {
  const rows = await db.select().from(paperTallies).where(eq(paperTallies.pollId, pollId));
  const counter = rows.find((r) => r.slot === 'counter') ?? null;
  const scrutineer = rows.find((r) => r.slot === 'scrutineer') ?? null;
  const match = counter && scrutineer ? talliesMatch(counter, scrutineer) : null;
  const status: PaperStatus =
    !counter && !scrutineer ? 'none' : match === null ? 'pending' : match ? 'matched' : 'mismatch';
  return { counter, scrutineer, match, status, agreed: match ? (counter as PaperTally) : null };
}

/**
 * Counts the electronic ballots of a poll. Only for a closed or certified poll: nobody sees an
 * interim count, so this is the one query that reads ballots' choices, and it refuses an open poll.
 */
async function electronicCounts(db: Queryable, poll: PollRow) {
  if (poll.status !== 'closed' && poll.status !== 'certified') {
    throw new Error('ballots of a poll are counted only after it closes');
  }
  const rows = await db.select({ choices: ballots.choices }).from(ballots).where(eq(ballots.pollId, poll.id));
  const counts = new Map<string, number>();
  for (const { choices } of rows) {
    for (const [q, o] of Object.entries(choices)) counts.set(`${q}/${o}`, (counts.get(`${q}/${o}`) ?? 0) + 1);
  }
  return { ballotsCast: rows.length, votes: (q: string, o: string) => counts.get(`${q}/${o}`) ?? 0 };
}

/** Results of a closed or certified poll: electronic + agreed paper counts, outcome per question. */
export async function pollResults(db: Queryable, poll: PollRow) {
  const [shape, electronic, paper, [meeting]] = await Promise.all([
    pollShape(db, poll.id),
    electronicCounts(db, poll),
    paperTallyState(db, poll.id),
    db.select().from(meetings).where(eq(meetings.id, poll.meetingId)),
  ]);
  const config = await configOf(db, meeting!.campaignId);
  const frozen = {
    eligible: poll.frozenEligible,
    attendance: poll.frozenAttendance,
    households: poll.frozenHouseholds,
  };
  const attendance = poll.frozenAttendance;
  const agreed = paper.agreed;
  const questions = shape.map((q) => {
    const options = q.options.map((o) => {
      const e = electronic.votes(q.id, o.id);
      const p = agreed?.counts[q.id]?.[o.id] ?? 0;
      return { ...o, electronic: e, paper: p, votes: e + p };
    });
    const count: QuestionCount = {
      options,
      cast: electronic.ballotsCast + (agreed?.returned ?? 0),
      invalid: agreed?.invalid ?? 0,
    };
    const outcome = outcomeOf(count, poll.denominator, attendance ?? 0);
    const satisfaction =
      poll.purpose === 'democratic_evaluation' ? satisfactionOf(count, config.evaluationScores) : null;
    return {
      questionId: q.id,
      label: q.label,
      options,
      cast: count.cast,
      invalid: count.invalid,
      valid: outcome.valid,
      outcome: {
        rejected: outcome.rejected,
        rejectVotes: outcome.rejectVotes,
        denominator: outcome.denominator,
        denominatorValue: outcome.denominatorValue,
        rule: outcome.rule,
      },
      satisfaction: satisfaction && { score: satisfaction.score, rate: satisfaction.rate },
    };
  });
  return {
    status: poll.status,
    eligible: poll.frozenEligible ?? meeting!.eligible,
    attendance,
    quorum: quorumOfMeeting(meeting!, poll.quorumPreset, frozen),
    ballotsCast: electronic.ballotsCast,
    codesIssued: poll.codesIssued,
    paper: {
      status: paper.status,
      issued: agreed?.issued ?? 0,
      returned: agreed?.returned ?? 0,
      invalid: agreed?.invalid ?? 0,
    },
    questions,
  };
}

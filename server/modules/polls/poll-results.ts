import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { ballots, meetings, paperTallies, type polls } from '../../db/schema/index.ts';
import { type PaperStatus, type PollResults, pollResultsOf } from '../../domain/voting/results.ts';
import { type PaperTally, talliesMatch } from '../../domain/voting/tally.ts';
import { pollShape } from './poll-shape.ts';

type PollRow = typeof polls.$inferSelect;

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
  return { ballots: rows.length, votes: (q: string, o: string) => counts.get(`${q}/${o}`) ?? 0 };
}

/**
 * The result computed from the counts and what is stored with the poll: its options' kinds and
 * scores, its denominator and quorum preset, and 应到 / 实到 frozen at close. No campaign config is
 * read, so a config edit never moves a poll's numbers.
 */
export async function computeResults(db: Queryable, poll: PollRow): Promise<PollResults> {
  // One query at a time: db may be a transaction, which runs on one connection.
  const shape = await pollShape(db, poll.id);
  const electronic = await electronicCounts(db, poll);
  const paper = await paperTallyState(db, poll.id);
  const [meeting] = await db
    .select({ kind: meetings.kind, eligible: meetings.eligible, households: meetings.households })
    .from(meetings)
    .where(eq(meetings.id, poll.meetingId));
  return pollResultsOf({
    status: poll.status,
    purpose: poll.purpose,
    denominator: poll.denominator,
    quorumPreset: poll.quorumPreset,
    meetingKind: meeting!.kind,
    eligible: poll.frozenEligible ?? meeting!.eligible,
    attendance: poll.frozenAttendance,
    households: meeting!.households,
    householdsRepresented: poll.frozenHouseholds,
    codesIssued: poll.codesIssued,
    paperBallots: poll.paperBallots,
    shape,
    electronic,
    paper: { status: paper.status, agreed: paper.agreed },
  });
}

/**
 * A closed or certified poll's result. A certified poll's is the record stored at certification,
 * never computed again. (Polls certified before records were stored, schema 0000, are computed from
 * what their rows froze: options with kinds and scores, denominator, preset, 应到 and 实到.)
 */
export async function pollResults(db: Queryable, poll: PollRow): Promise<PollResults> {
  if (poll.status === 'certified' && poll.result) return poll.result;
  return computeResults(db, poll);
}

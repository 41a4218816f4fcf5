import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { meetings, polls, type removalCases } from '../../db/schema/index.ts';
import type { RecallFacts } from '../../domain/policies/sanctions.ts';
import { type RecallProposal, recallProposalCheck } from '../../domain/sanctions/recall-proposal.ts';
import { pollResults } from '../polls/poll-results.ts';

type CaseRow = typeof removalCases.$inferSelect;

/** A recall vote is held at a 村民会议: its 应到 are the village's voters (the recall rule's registered). */
export const RECALL_MEETING_KIND = 'villager_assembly' as const;

/** The proposal as recorded on the case, or null before the office records one. */
export function proposalOf(row: CaseRow): RecallProposal | null {
  if (row.recallVoterSignatures === null) return null;
  return {
    voterSignatures: row.recallVoterSignatures,
    registeredVoters: row.recallRegisteredVoters ?? 0,
    representativeSignatures: row.recallRepresentativeSignatures ?? 0,
    representatives: row.recallRepresentatives ?? 0,
  };
}

async function recallPoll(q: Queryable, row: CaseRow) {
  if (!row.recallPollId) return null;
  const [poll] = await q.select().from(polls).where(eq(polls.id, row.recallPollId));
  return poll ?? null;
}

/** The policy's facts of a case's recall; undefined for a case that calls for none. */
export async function recallFactsOf(q: Queryable, row: CaseRow): Promise<RecallFacts | undefined> {
  if (!row.measures.includes('recall')) return undefined;
  const proposal = proposalOf(row);
  const poll = await recallPoll(q, row);
  return {
    proposalMet: proposal !== null && recallProposalCheck(proposal).met,
    pollStarted: poll !== null,
    pollCertified: poll?.status === 'certified',
  };
}

/** The village's 村民会议 (of the case's year, or of none) a recall vote can be held at. */
async function recallMeetings(q: Queryable, row: CaseRow) {
  const rows = await q
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
    .from(meetings)
    .where(
      and(
        eq(meetings.villageId, row.villageId),
        eq(meetings.kind, RECALL_MEETING_KIND),
        or(eq(meetings.campaignId, row.campaignId), isNull(meetings.campaignId)),
      ),
    )
    .orderBy(asc(meetings.startsAt));
  return rows.map((m) => ({ ...m, startsAt: m.startsAt.toISOString() }));
}

/**
 * What the case page shows of a recall: the proposal and whether it meets the law, the meetings the
 * vote may be started at, the poll once started and, when certified, its result by the recall rule
 * (more than half of the registered voters vote AND more than half of those voting approve).
 */
export async function recallView(q: Queryable, row: CaseRow) {
  if (!row.measures.includes('recall')) return null;
  const proposal = proposalOf(row);
  const check = proposal && recallProposalCheck(proposal);
  const poll = await recallPoll(q, row);
  const outcome =
    poll?.status === 'certified' ? ((await pollResults(q, poll)).questions[0]?.outcome ?? null) : null;
  return {
    proposal: proposal && { ...proposal, on: row.recallProposedOn!, met: check!.met, rule: check!.rule },
    meetings: poll ? [] : await recallMeetings(q, row),
    poll: poll && { id: poll.id, title: poll.title, status: poll.status, meetingId: poll.meetingId },
    result: outcome && { passed: outcome.passed, verdict: outcome.verdict, rule: outcome.rule },
  };
}

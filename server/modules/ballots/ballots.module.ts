import { inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { ballots } from '../../db/schema/index.ts';
import type { ModuleDefinition } from '../module.ts';
import { campaignPollIds } from '../polls/polls.module.ts';
import { ballotRoutes } from './ballots.routes.ts';
import { fieldLabels } from './ballots.schema.ts';

type PollTotals = { pollId: string; ballots: number; totals: Record<string, Record<string, number>> };

/**
 * Per poll: how many electronic ballots, the count of each option per question, and the receipts as
 * a sorted list apart from any choice. Nothing of the codes, nothing that pairs a ballot with one.
 */
async function ballotTotals(db: Queryable, pollIds: string[]) {
  if (pollIds.length === 0) return { totals: [], receipts: [] };
  const rows = await db
    .select({ pollId: ballots.pollId, tracker: ballots.tracker, choices: ballots.choices })
    .from(ballots)
    .where(inArray(ballots.pollId, pollIds));
  const byPoll = new Map<string, PollTotals>();
  for (const { pollId, choices } of rows) {
    const poll = byPoll.get(pollId) ?? { pollId, ballots: 0, totals: {} };
    poll.ballots += 1;
    for (const [questionId, optionId] of Object.entries(choices)) {
      const question = poll.totals[questionId] ?? {};
      question[optionId] = (question[optionId] ?? 0) + 1;
      poll.totals[questionId] = question;
    }
    byPoll.set(pollId, poll);
  }
  const receipts = pollIds.map((pollId) => ({
    pollId,
    trackers: rows
      .filter((r) => r.pollId === pollId)
      .map((r) => r.tracker)
      .sort(),
  }));
  return { totals: [...byPoll.values()], receipts };
}

export const ballotsModule: ModuleDefinition = {
  name: 'ballots',
  label: '电子选票（票数与回执）',
  routes: ballotRoutes,
  fieldLabels,
  seal: { records: async (db, campaign) => ballotTotals(db, await campaignPollIds(db, campaign.id)) },
};

import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import {
  meetings,
  paperTallies,
  paperTallyHistory,
  pledgeSets,
  pledgeVoteRounds,
  pollOptions,
  pollQuestions,
  polls,
} from '../../db/schema/index.ts';
import { rowsWhereIn } from '../campaigns/campaign-seal.ts';
import type { ModuleDefinition } from '../module.ts';
import { pollArchiveDocuments } from './poll-archive-documents.ts';
import { pollRoutes } from './polls.routes.ts';
import { fieldLabels } from './polls.schema.ts';

/**
 * The campaign's polls: those held at its meetings, those its pledge sets were voted in (a pledge
 * vote's meeting may be recorded without the campaign), and every correction of any of them.
 */
export async function campaignPollIds(db: Queryable, campaignId: string): Promise<string[]> {
  const named = [
    await db
      .select({ id: polls.id })
      .from(polls)
      .innerJoin(meetings, eq(meetings.id, polls.meetingId))
      .where(eq(meetings.campaignId, campaignId)),
    await db.select({ id: pledgeSets.pollId }).from(pledgeSets).where(eq(pledgeSets.campaignId, campaignId)),
    await db
      .select({ id: pledgeVoteRounds.pollId })
      .from(pledgeVoteRounds)
      .innerJoin(pledgeSets, eq(pledgeSets.id, pledgeVoteRounds.setId))
      .where(eq(pledgeSets.campaignId, campaignId)),
  ];
  const ids = new Set(named.flat().flatMap((r) => (r.id ? [r.id] : [])));
  for (let next = [...ids]; next.length > 0; ) {
    const corrections = await db
      .select({ id: polls.id })
      .from(polls)
      .where(inArray(polls.correctsPollId, next));
    next = corrections.map((r) => r.id).filter((id) => !ids.has(id));
    for (const id of next) ids.add(id);
  }
  return [...ids];
}

export const pollsModule: ModuleDefinition = {
  name: 'polls',
  label: '表决',
  routes: pollRoutes,
  fieldLabels,
  seal: {
    async records(db, campaign) {
      const ids = await campaignPollIds(db, campaign.id);
      return {
        polls: await rowsWhereIn(db, polls, polls.id, ids),
        questions: await rowsWhereIn(db, pollQuestions, pollQuestions.pollId, ids),
        options: await rowsWhereIn(db, pollOptions, pollOptions.pollId, ids),
        paperTallies: await rowsWhereIn(db, paperTallies, paperTallies.pollId, ids),
        paperTallyHistory: await rowsWhereIn(db, paperTallyHistory, paperTallyHistory.pollId, ids),
      };
    },
  },
  archiveDocuments: pollArchiveDocuments,
};

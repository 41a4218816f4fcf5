import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import {
  meetings,
  paperTallies,
  paperTallyHistory,
  pollOptions,
  pollQuestions,
  polls,
} from '../../db/schema/index.ts';
import { rowsWhereIn } from '../campaigns/campaign-seal.ts';
import type { ModuleDefinition } from '../module.ts';
import { pollRoutes } from './polls.routes.ts';
import { fieldLabels } from './polls.schema.ts';

/** Polls held at the campaign's meetings. */
export async function campaignPollIds(db: Queryable, campaignId: string): Promise<string[]> {
  const rows = await db
    .select({ id: polls.id })
    .from(polls)
    .innerJoin(meetings, eq(meetings.id, polls.meetingId))
    .where(eq(meetings.campaignId, campaignId));
  return rows.map((r) => r.id);
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
};

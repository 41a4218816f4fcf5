import { eq, inArray, or } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { meetings, pledgeSetEvents, pledgeSets, polls } from '../../db/schema/index.ts';
import type { ModuleDefinition } from '../module.ts';
import { campaignPollIds } from '../polls/polls.module.ts';
import { meetingRoutes } from './meetings.routes.ts';
import { fieldLabels } from './meetings.schema.ts';

/** The campaign's meetings, those its polls were held at, and the 两委会议 its pledge sets name. */
async function campaignMeetings(db: Queryable, campaignId: string) {
  const pollIds = await campaignPollIds(db, campaignId);
  const ofPolls = pollIds.length
    ? db.select({ id: polls.meetingId }).from(polls).where(inArray(polls.id, pollIds))
    : null;
  const ofSets = db
    .select({ id: pledgeSetEvents.meetingId })
    .from(pledgeSetEvents)
    .innerJoin(pledgeSets, eq(pledgeSets.id, pledgeSetEvents.setId))
    .where(eq(pledgeSets.campaignId, campaignId));
  return db
    .select()
    .from(meetings)
    .where(
      or(
        eq(meetings.campaignId, campaignId),
        inArray(meetings.id, ofSets),
        ofPolls ? inArray(meetings.id, ofPolls) : undefined,
      ),
    );
}

export const meetingsModule: ModuleDefinition = {
  name: 'meetings',
  label: '会议',
  routes: meetingRoutes,
  fieldLabels,
  seal: { records: async (db, campaign) => ({ meetings: await campaignMeetings(db, campaign.id) }) },
};

import { eq } from 'drizzle-orm';
import { meetings } from '../../db/schema/index.ts';
import type { ModuleDefinition } from '../module.ts';
import { meetingRoutes } from './meetings.routes.ts';
import { fieldLabels } from './meetings.schema.ts';

export const meetingsModule: ModuleDefinition = {
  name: 'meetings',
  label: '会议',
  routes: meetingRoutes,
  fieldLabels,
  seal: {
    records: async (db, campaign) => ({
      meetings: await db.select().from(meetings).where(eq(meetings.campaignId, campaign.id)),
    }),
  },
};

import { asc, eq } from 'drizzle-orm';
import { commendationNotices, payBases, paySheets } from '../../db/schema/index.ts';
import type { App } from '../../http/app.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import { commendationRoutes } from './commendation.routes.ts';
import { payRoutes } from './pay.routes.ts';
import { fieldLabels } from './rewards.schema.ts';
import { rewardsArchiveDocuments } from './rewards-documents.ts';

/** A year's base amounts, signed pay sheets and commendation notice, as archived. */
const rewardsSeal: SealPart = {
  async records(db, campaign) {
    return {
      payBases: await db
        .select()
        .from(payBases)
        .where(eq(payBases.campaignId, campaign.id))
        .orderBy(asc(payBases.participantId)),
      paySheets: await db
        .select()
        .from(paySheets)
        .where(eq(paySheets.campaignId, campaign.id))
        .orderBy(asc(paySheets.version)),
      commendation: await db
        .select()
        .from(commendationNotices)
        .where(eq(commendationNotices.campaignId, campaign.id)),
    };
  },
};

/** 绩效工资 and 评选表彰 (issue 11 §1–2): after the year's results are confirmed, in 奖惩. */
export const rewardsModule: ModuleDefinition = {
  name: 'rewards',
  label: '绩效工资和评选表彰',
  routes: async (app: App) => {
    await payRoutes(app);
    await commendationRoutes(app);
  },
  fieldLabels,
  seal: rewardsSeal,
  archiveDocuments: rewardsArchiveDocuments,
};

import { eq } from 'drizzle-orm';
import { progressReports } from '../../db/schema/index.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import { seedDemoProgress } from './progress.demo.ts';
import { progressRoutes } from './progress.routes.ts';
import { fieldLabels } from './progress.schema.ts';
import { progressFilePublicity } from './progress-public.ts';

/** Every progress report of the year (their photos and documents are the file store's part). */
const progressSeal: SealPart = {
  async records(db, campaign) {
    return {
      reports: await db.select().from(progressReports).where(eq(progressReports.campaignId, campaign.id)),
    };
  },
};

export const progressModule: ModuleDefinition = {
  name: 'progress',
  label: '践诺进展',
  routes: progressRoutes,
  fieldLabels,
  seal: progressSeal,
  filePublicity: progressFilePublicity,
  demo: seedDemoProgress,
};

import { eq } from 'drizzle-orm';
import { publications } from '../../db/schema/index.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import { seedDemoPublications } from './publications.demo.ts';
import { publicationRoutes } from './publications.routes.ts';
import { fieldLabels } from './publications.schema.ts';

/** Every publication of the year, withdrawn ones too, with the content each froze. */
const publicationSeal: SealPart = {
  async records(db, campaign) {
    return {
      publications: await db.select().from(publications).where(eq(publications.campaignId, campaign.id)),
    };
  },
};

export const publicationsModule: ModuleDefinition = {
  name: 'publications',
  label: '公示',
  routes: publicationRoutes,
  fieldLabels,
  seal: publicationSeal,
  demo: seedDemoPublications,
};

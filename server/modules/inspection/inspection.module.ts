import { asc, eq } from 'drizzle-orm';
import {
  inspectionItems,
  inspectionTeamMembers,
  inspectionTeams,
  inspectionVillages,
} from '../../db/schema/index.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import type { FilePublicity } from '../files/file-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import { seedDemoInspection } from './inspection.demo.ts';
import { inspectionRoutes } from './inspection.routes.ts';
import { fieldLabels } from './inspection.schema.ts';
import { INSPECTION_FILES } from './items.service.ts';

/** The year's teams, their members and villages, and every pledge's record (photos: the file store's part). */
const inspectionSeal: SealPart = {
  async records(db, campaign) {
    const of = eq(inspectionTeams.campaignId, campaign.id);
    return {
      teams: await db.select().from(inspectionTeams).where(of).orderBy(asc(inspectionTeams.id)),
      members: await db
        .select()
        .from(inspectionTeamMembers)
        .where(eq(inspectionTeamMembers.campaignId, campaign.id))
        .orderBy(asc(inspectionTeamMembers.id)),
      villages: await db
        .select()
        .from(inspectionVillages)
        .where(eq(inspectionVillages.campaignId, campaign.id))
        .orderBy(asc(inspectionVillages.id)),
      items: await db
        .select()
        .from(inspectionItems)
        .where(eq(inspectionItems.campaignId, campaign.id))
        .orderBy(asc(inspectionItems.id)),
    };
  },
};

/**
 * Inspection photos are evidence for the township's evaluation, taken on villagers' doorsteps:
 * staff-only, never public (the public board shows the cadre's own progress photos instead).
 */
const inspectionFilePublicity: FilePublicity = {
  subjectType: INSPECTION_FILES,
  publicSubjects: async () => new Set<string>(),
};

export const inspectionModule: ModuleDefinition = {
  name: 'inspection',
  label: '实地考核',
  routes: inspectionRoutes,
  fieldLabels,
  seal: inspectionSeal,
  filePublicity: inspectionFilePublicity,
  demo: seedDemoInspection,
};

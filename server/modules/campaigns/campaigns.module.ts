import type { ModuleDefinition } from '../module.ts';
import { campaignSealPart } from './campaign-seal.ts';
import { seedDemoCampaign } from './campaigns.demo.ts';
import { campaignRoutes } from './campaigns.routes.ts';
import { fieldLabels } from './campaigns.schema.ts';

export const campaignsModule: ModuleDefinition = {
  name: 'campaigns',
  label: '考评活动与承诺主体',
  routes: campaignRoutes,
  fieldLabels,
  seal: campaignSealPart,
  demo: seedDemoCampaign,
};

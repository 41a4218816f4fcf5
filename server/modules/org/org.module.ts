import type { ModuleDefinition } from '../module.ts';
import { orgRoutes } from './org.routes.ts';
import { fieldLabels } from './org.schema.ts';

/** Townships, villages, cadres and their posts: not records of one campaign, so nothing under its seal. */
export const orgModule: ModuleDefinition = {
  name: 'org',
  label: '村和村干部',
  routes: orgRoutes,
  fieldLabels,
};

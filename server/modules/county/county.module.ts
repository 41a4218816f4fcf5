import type { ModuleDefinition } from '../module.ts';
import { countyRoutes } from './county.routes.ts';
import { fieldLabels } from './county.schema.ts';
import { countySeal } from './county-records.ts';

/**
 * 上报县委组织部、县民政局 (issue 10 §6): the township's result table and summary, submitted in the
 * product; the county's side-by-side view of every township. Its demo content is a finished year
 * (demoCountyYear, called for the archived 2025 year): 2026's results are not final yet.
 */
export const countyModule: ModuleDefinition = {
  name: 'county',
  label: '上报县级',
  routes: countyRoutes,
  fieldLabels,
  seal: countySeal,
};

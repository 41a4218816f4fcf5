import type { ModuleDefinition } from '../module.ts';
import { historyRoutes } from './history.routes.ts';
import { fieldLabels } from './history.schema.ts';

/** 履职档案 and the county's trends (issue 11 §6): reads over every module's records of the years. */
export const historyModule: ModuleDefinition = {
  name: 'history',
  label: '履职档案',
  routes: historyRoutes,
  fieldLabels,
};

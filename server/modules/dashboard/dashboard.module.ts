import type { ModuleDefinition } from '../module.ts';
import { dashboardRoutes } from './dashboard.routes.ts';
import { fieldLabels } from './dashboard.schema.ts';

/** The township dashboard (践诺看板): reads the other modules' figures, writes nothing. */
export const dashboardModule: ModuleDefinition = {
  name: 'dashboard',
  label: '践诺看板',
  routes: dashboardRoutes,
  fieldLabels,
};

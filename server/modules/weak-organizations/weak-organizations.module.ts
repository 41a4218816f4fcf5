import type { ModuleDefinition } from '../module.ts';
import { seedWeakOrganizations } from './weak-organizations.demo.ts';
import { weakOrganizationsRoutes } from './weak-organizations.routes.ts';
import { fieldLabels } from './weak-organizations.schema.ts';

/**
 * 软弱涣散村级组织 (issue 11 §5): villages listed for rectification after a year's results, followed
 * up until closed. Not part of a year's seal: rectification runs on after the year is archived.
 */
export const weakOrganizationsModule: ModuleDefinition = {
  name: 'weakOrganizations',
  label: '软弱涣散村级组织整顿',
  routes: weakOrganizationsRoutes,
  fieldLabels,
  demo: seedWeakOrganizations,
};

import type { ModuleDefinition } from '../module.ts';
import { seedElections } from './elections.demo.ts';
import { electionsRoutes } from './elections.routes.ts';
import { fieldLabels } from './elections.schema.ts';

/**
 * 换届选举的竞聘演讲与公开承诺 (issue 11 §5): at a village's 换届, candidates' speeches and public
 * pledges are recorded with the pledge module's fields and rules, published as 候选人竞职承诺.
 */
export const electionsModule: ModuleDefinition = {
  name: 'elections',
  label: '换届选举竞聘承诺',
  routes: electionsRoutes,
  fieldLabels,
  demo: seedElections,
};

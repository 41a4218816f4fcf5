import type { ModuleDefinition } from '../module.ts';
import { seedDemoAccounts } from './accounts.demo.ts';
import { accountsRoutes } from './accounts.routes.ts';
import { fieldLabels } from './accounts.schema.ts';

/** Accounts of everyone who signs in: created, reset and deactivated by the office or the county. */
export const accountsModule: ModuleDefinition = {
  name: 'accounts',
  label: '账号',
  routes: accountsRoutes,
  fieldLabels,
  demo: seedDemoAccounts,
};

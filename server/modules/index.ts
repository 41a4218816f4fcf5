import type { App } from '../http/app.ts';
import { labelRoutes } from '../http/validation.ts';
import { accountsModule } from './accounts/accounts.module.ts';
import { archiveModule } from './archive/archive.module.ts';
import { auditModule } from './audit/audit.module.ts';
import { authModule } from './auth/auth.module.ts';
import { ballotsModule } from './ballots/ballots.module.ts';
import { campaignsModule } from './campaigns/campaigns.module.ts';
import { countyModule } from './county/county.module.ts';
import { dashboardModule } from './dashboard/dashboard.module.ts';
import { demoModule } from './demo/demo.module.ts';
import { demoArchivedYearModule } from './demo/demo-archived-year.ts';
import { demoEvaluationPhaseModule } from './demo/demo-evaluation-phase.ts';
import { demoYearsModule } from './demo/demo-years.module.ts';
import { electionsModule } from './elections/elections.module.ts';
import { filesModule } from './files/files.module.ts';
import { healthModule } from './health.routes.ts';
import { historyModule } from './history/history.module.ts';
import { inspectionModule } from './inspection/inspection.module.ts';
import { juryModule } from './jury/jury.module.ts';
import { lettersModule } from './letters/letters.module.ts';
import { meetingsModule } from './meetings/meetings.module.ts';
import type { ModuleContext, ModuleDefinition } from './module.ts';
import { orgModule } from './org/org.module.ts';
import { pledgesModule } from './pledges/pledges.module.ts';
import { pollsModule } from './polls/polls.module.ts';
import { pollsDemoModule } from './polls/polls-demo.ts';
import { progressModule } from './progress/progress.module.ts';
import { publicationsModule } from './publications/publications.module.ts';
import { reportsModule } from './reports/reports.module.ts';
import { resultsModule } from './results/results.module.ts';
import { rewardsModule } from './rewards/rewards.module.ts';
import { sanctionsModule } from './sanctions/sanctions.module.ts';
import { supervisionModule } from './supervision/supervision.module.ts';
import { villageEvaluationModule } from './village-evaluation/village-evaluation.module.ts';
import { weakOrganizationsModule } from './weak-organizations/weak-organizations.module.ts';

/**
 * Every module, once. The order is the demo's: each module's demo step runs after those above it
 * (the demo county first, then its campaign, then later modules'); routes, transition facts and
 * archive seal parts are taken from here too.
 */
export const MODULES: readonly ModuleDefinition[] = [
  demoModule,
  healthModule,
  authModule,
  accountsModule,
  auditModule,
  orgModule,
  campaignsModule,
  meetingsModule,
  pollsModule,
  ballotsModule,
  pledgesModule,
  demoYearsModule,
  pollsDemoModule,
  filesModule,
  progressModule,
  publicationsModule,
  supervisionModule,
  lettersModule,
  dashboardModule,
  demoEvaluationPhaseModule,
  reportsModule,
  villageEvaluationModule,
  inspectionModule,
  juryModule,
  resultsModule,
  countyModule,
  sanctionsModule,
  rewardsModule,
  archiveModule,
  demoArchivedYearModule,
  // After the archived 2025: its demo lists 2025's 北山村 for rectification.
  weakOrganizationsModule,
  historyModule,
  electionsModule,
];

/** Every module's routes, under /api (app.ts registers this with the prefix). */
export async function registerModules(app: App) {
  await registerModuleRoutes(app, MODULES);
}

/**
 * Registers each module's routes in a context of its own: its field labels are set on its routes
 * only (the error handler reads them from the route), and it is given the module list.
 */
export async function registerModuleRoutes(app: App, modules: readonly ModuleDefinition[]) {
  const context: ModuleContext = { modules };
  for (const module of modules) {
    const { routes } = module;
    if (!routes) continue;
    await app.register(async (scope: App) => {
      labelRoutes(scope, module.fieldLabels ?? {});
      await routes(scope, context);
    });
  }
}

import type { App } from '../http/app.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { campaignRoutes } from './campaigns/campaigns.routes.ts';
import './campaigns/campaigns.demo.ts';
import { healthRoutes } from './health.routes.ts';
import { orgRoutes } from './org/org.routes.ts';
import { pledgeRoutes } from './pledges/pledges.routes.ts';
import { votingRoutes } from './polls/voting.routes.ts';

/** Every module's routes, under /api. */
export async function registerModules(app: App) {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(auditRoutes);
  await app.register(orgRoutes);
  await app.register(campaignRoutes);
  await app.register(votingRoutes);
  await app.register(pledgeRoutes);
}

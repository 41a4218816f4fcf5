import { eq } from 'drizzle-orm';
import {
  checkFindings,
  leaderVisits,
  rectificationFollowUps,
  rectifications,
  supervisionChecks,
  supervisionReports,
  supervisorElections,
  supervisors,
  trainingSessions,
} from '../../db/schema/index.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import { rowsWhereIn } from '../campaigns/campaign-seal.ts';
import type { ModuleDefinition } from '../module.ts';
import { seedSupervision } from './supervision.demo.ts';
import { supervisionRoutes } from './supervision.routes.ts';
import { fieldLabels } from './supervision.schema.ts';

/** The year's supervision: elections and supervisors, reports, checks with demands and follow-ups, visits, sessions. */
const supervisionSeal: SealPart = {
  async records(db, campaign) {
    const elections = await db
      .select()
      .from(supervisorElections)
      .where(eq(supervisorElections.campaignId, campaign.id));
    const checks = await db
      .select()
      .from(supervisionChecks)
      .where(eq(supervisionChecks.campaignId, campaign.id));
    const demands = await db.select().from(rectifications).where(eq(rectifications.campaignId, campaign.id));
    return {
      elections,
      supervisors: await rowsWhereIn(
        db,
        supervisors,
        supervisors.electionId,
        elections.map((e) => e.id),
      ),
      reports: await db
        .select()
        .from(supervisionReports)
        .where(eq(supervisionReports.campaignId, campaign.id)),
      checks,
      findings: await rowsWhereIn(
        db,
        checkFindings,
        checkFindings.checkId,
        checks.map((c) => c.id),
      ),
      rectifications: demands,
      followUps: await rowsWhereIn(
        db,
        rectificationFollowUps,
        rectificationFollowUps.rectificationId,
        demands.map((d) => d.id),
      ),
      visits: await db.select().from(leaderVisits).where(eq(leaderVisits.campaignId, campaign.id)),
      sessions: await db.select().from(trainingSessions).where(eq(trainingSessions.campaignId, campaign.id)),
    };
  },
};

export const supervisionModule: ModuleDefinition = {
  name: 'supervision',
  label: '监督检查',
  routes: supervisionRoutes,
  fieldLabels,
  seal: supervisionSeal,
  demo: seedSupervision,
};

import { eq } from 'drizzle-orm';
import { evaluationChairs } from '../../db/schema/index.ts';
import type { ModuleDefinition } from '../module.ts';
import { seedVillageEvaluations } from './village-evaluation.demo.ts';
import { villageEvaluationRoutes } from './village-evaluation.routes.ts';
import { fieldLabels } from './village-evaluation.schema.ts';

/**
 * 民主测评 (issue 10 §2): the evaluation polls themselves are the polls module's records (sealed
 * there); this module's own records are the villages' recorded 村务监督委员会主任.
 */
export const villageEvaluationModule: ModuleDefinition = {
  name: 'villageEvaluation',
  label: '民主测评',
  routes: villageEvaluationRoutes,
  fieldLabels,
  seal: {
    async records(db, campaign) {
      return {
        chairs: await db
          .select()
          .from(evaluationChairs)
          .where(eq(evaluationChairs.campaignId, campaign.id))
          .orderBy(evaluationChairs.id),
      };
    },
  },
  demo: seedVillageEvaluations,
};

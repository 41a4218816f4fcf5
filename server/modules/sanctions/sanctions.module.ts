import { asc, eq, inArray } from 'drizzle-orm';
import { admonishmentTasks, removalCaseSteps, removalCases } from '../../db/schema/index.ts';
import type { SealPart, TransitionFactsProvider } from '../campaigns/campaign-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import { sanctionsRoutes } from './sanctions.routes.ts';
import { fieldLabels } from './sanctions.schema.ts';
import { openAfterEvaluation, openSanctions, openSanctionTasks } from './sanctions-open.ts';

/** sanctions → archived waits until every admonishment is held and every removal case closed. */
const sanctionsTransitionFacts: TransitionFactsProvider = async (db, campaign) => ({
  openSanctionTasks: await openSanctionTasks(db, campaign.id),
});

const sanctionsSeal: SealPart = {
  async records(db, campaign) {
    const cases = await db
      .select()
      .from(removalCases)
      .where(eq(removalCases.campaignId, campaign.id))
      .orderBy(asc(removalCases.id));
    return {
      admonishments: await db
        .select()
        .from(admonishmentTasks)
        .where(eq(admonishmentTasks.campaignId, campaign.id))
        .orderBy(asc(admonishmentTasks.id)),
      removalCases: cases,
      removalCaseSteps: cases.length
        ? await db
            .select()
            .from(removalCaseSteps)
            .where(
              inArray(
                removalCaseSteps.caseId,
                cases.map((c) => c.id),
              ),
            )
            .orderBy(asc(removalCaseSteps.id))
        : [],
    };
  },
};

/** 奖惩 (issue 11): the consequences a year's results bring, opened when the year enters 奖惩. */
export const sanctionsModule: ModuleDefinition = {
  name: 'sanctions',
  label: '奖惩',
  routes: sanctionsRoutes,
  fieldLabels,
  transitionFacts: sanctionsTransitionFacts,
  afterTransition: async (tx, actor, campaign) => {
    if (campaign.phase === 'sanctions') await openSanctions(tx, actor, campaign);
  },
  // A certified 民主测评 settles some admonishments and removal cases at once (sanctions-open.ts).
  afterPollCertified: async (tx, actor, poll) => {
    if (poll.purpose === 'democratic_evaluation') await openAfterEvaluation(tx, actor, poll.campaignId);
  },
  seal: sanctionsSeal,
};

import { asc, eq } from 'drizzle-orm';
import { finalResultRows, resultSets } from '../../db/schema/index.ts';
import type { SealPart, TransitionFactsProvider } from '../campaigns/campaign-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import { resultsRoutes } from './results.routes.ts';
import { fieldLabels } from './results.schema.ts';
import { ungradedParticipants } from './results-read.ts';

/** evaluation → sanctions waits until every active participant has a confirmed grade. */
const resultsTransitionFacts: TransitionFactsProvider = async (db, campaign) => ({
  ungradedParticipants: await ungradedParticipants(db, campaign.id),
});

/** Every confirmed set of the year (superseded ones too) and its rows. */
const resultsSeal: SealPart = {
  async records(db, campaign) {
    return {
      sets: await db
        .select()
        .from(resultSets)
        .where(eq(resultSets.campaignId, campaign.id))
        .orderBy(asc(resultSets.frozenAt), asc(resultSets.id)),
      results: await db
        .select()
        .from(finalResultRows)
        .where(eq(finalResultRows.campaignId, campaign.id))
        .orderBy(asc(finalResultRows.setId), asc(finalResultRows.position)),
    };
  },
};

/**
 * 考评结果 (issue 10 §5). No demo step of its own for the current year: 2026's jury has not met, so
 * its results are the live preview; `demoResultsYear` (results.demo.ts) finishes an earlier year.
 */
export const resultsModule: ModuleDefinition = {
  name: 'results',
  label: '考评结果',
  routes: resultsRoutes,
  fieldLabels,
  transitionFacts: resultsTransitionFacts,
  seal: resultsSeal,
};

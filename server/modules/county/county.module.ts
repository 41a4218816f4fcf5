import type { ArchiveDocuments } from '../archive/archive-hooks.ts';
import type { TransitionFactsProvider } from '../campaigns/campaign-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import { countyRoutes } from './county.routes.ts';
import { fieldLabels } from './county.schema.ts';
import { countySeal, countySubmissionCount, submittedDocuments } from './county-records.ts';

/** The archive package's 上报县级 folder: every submission's two documents, byte for byte as submitted. */
const countyArchiveDocuments: ArchiveDocuments = async (db, campaign) =>
  (await submittedDocuments(db, campaign.id)).map(({ path, bytes }) => ({ path: `上报县级/${path}`, bytes }));

/** 奖惩 → 已归档 waits until the year's results have been submitted to the county. */
const countyTransitionFacts: TransitionFactsProvider = async (db, campaign) => ({
  countySubmissions: await countySubmissionCount(db, campaign.id),
});

/**
 * 上报县委组织部、县民政局 (issue 10 §6): the township's result table and summary, submitted in the
 * product; the county's side-by-side view of every township. Its demo content is a finished year
 * (demoCountyYear, called for the archived 2025 year): 2026's results are not final yet.
 */
export const countyModule: ModuleDefinition = {
  name: 'county',
  label: '上报县级',
  routes: countyRoutes,
  fieldLabels,
  transitionFacts: countyTransitionFacts,
  seal: countySeal,
  archiveDocuments: countyArchiveDocuments,
};

import type { Tx } from '../../db/client.ts';
import { transitionCampaign } from '../campaigns/campaigns.service.ts';
import { demoCountyYear } from '../county/county.demo.ts';
import { demoInspectionYear } from '../inspection/inspection.demo.ts';
import { demoJuryYear } from '../jury/jury.demo.ts';
import type { ModuleDefinition } from '../module.ts';
import { demoReportsYear } from '../reports/reports.demo.ts';
import { demoResultsYear } from '../results/results.demo.ts';
import { demoRewardsYear } from '../rewards/rewards.demo.ts';
import { demoSanctionsCurrentYear, demoSanctionsYear } from '../sanctions/sanctions.demo.ts';
import {
  DEMO_UNQUALIFIED_CADRE,
  demoVillageEvaluationYear,
} from '../village-evaluation/village-evaluation.demo.ts';
import { DEMO_2025_DATES, DEMO_2025_OPINIONS, DEMO_2025_PLEDGES } from './demo-2025-data.ts';
import { demoActor } from './demo-actors.ts';
import type { DemoIds } from './demo-county.ts';
import { runPledgingYear } from './demo-pledging-year.ts';
import { DEMO_FULFILMENT_YEAR, demoClerkUsername } from './demo-years.ts';

/** The year before the demo's current one: evaluated, sanctioned and sealed. */
export const DEMO_ARCHIVED_YEAR = 2025;

/**
 * 愚公乡's 2025, a finished year: pledged and confirmed like 2026, then the whole year-end
 * evaluation (reports, village evaluations, inspection, the jury, results) through each module's own
 * demo of a complete year, then 奖惩 and the seal. It runs last, so every module is in place.
 */
async function seedArchivedYear(tx: Tx, ids: DemoIds, modules: readonly ModuleDefinition[]) {
  const campaignId = await runPledgingYear(tx, ids, modules, {
    year: DEMO_ARCHIVED_YEAR,
    pledges: DEMO_2025_PLEDGES,
    opinions: DEMO_2025_OPINIONS,
    dates: DEMO_2025_DATES,
    clerkOf: demoClerkUsername,
    hostOf: () => 'office',
  });
  const office = await demoActor(tx, 'office');
  await transitionCampaign(tx, office, campaignId, 'evaluation', modules);
  for (const step of YEAR_END_STEPS) await step(tx, campaignId, { complete: true });
  await demoCountyYear(tx, campaignId);
  await transitionCampaign(tx, office, campaignId, 'sanctions', modules);
  await demoSanctionsYear(tx, campaignId, DEMO_ARCHIVED_YEAR);
  await demoRewardsYear(tx, campaignId);
  await transitionCampaign(tx, office, campaignId, 'archived', modules);
  // With 2025 in place, 2026's certified 民主测评 settle 刘福贵's second 不合格 (issue 11's demo).
  const current = ids.campaignIds[DEMO_FULFILMENT_YEAR];
  if (current) await demoSanctionsCurrentYear(tx, current);
}

/** Each evaluation module's finished year, in the order a township goes through it. */
const YEAR_END_STEPS: ((tx: Tx, campaignId: string, options: { complete: true }) => Promise<unknown>)[] = [
  demoReportsYear,
  // 北山村's 刘福贵 failed the villagers' evaluation in 2025 as in 2026: two years running (issue 11).
  (tx, id) => demoVillageEvaluationYear(tx, id, { complete: true, unqualified: [DEMO_UNQUALIFIED_CADRE] }),
  demoInspectionYear,
  demoJuryYear,
  demoResultsYear,
];

export const demoArchivedYearModule: ModuleDefinition = {
  name: 'demoArchivedYear',
  label: '演示年度（已归档）',
  demo: seedArchivedYear,
};

/**
 * For tests: a finished, not yet confirmed year of the demo township (2024, shaped like the demo's
 * 2025), built through the same demo functions the lead uses for the archived year: pledging, then
 * every part of the year-end evaluation complete. The results are the only thing left to do.
 */
import type { Tx } from '../../db/client.ts';
import { transitionCampaign } from '../campaigns/campaigns.service.ts';
import { DEMO_2025_OPINIONS, DEMO_2025_PLEDGES } from '../demo/demo-2025-data.ts';
import { demoActor } from '../demo/demo-actors.ts';
import type { DemoIds } from '../demo/demo-county.ts';
import { runPledgingYear } from '../demo/demo-pledging-year.ts';
import { demoClerkUsername } from '../demo/demo-years.ts';
import { demoInspectionYear } from '../inspection/inspection.demo.ts';
import { demoJuryYear } from '../jury/jury.demo.ts';
import type { ModuleDefinition } from '../module.ts';
import { demoVillageEvaluationYear } from '../village-evaluation/village-evaluation.demo.ts';

export const TEST_YEAR = 2024;

const shift = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('2025-', `${TEST_YEAR}-`));

export async function completeTestYear(tx: Tx, ids: DemoIds, modules: readonly ModuleDefinition[]) {
  const campaignId = await runPledgingYear(tx, ids, modules, {
    year: TEST_YEAR,
    pledges: shift(DEMO_2025_PLEDGES),
    opinions: shift(DEMO_2025_OPINIONS),
    dates: {
      committee: `${TEST_YEAR}-03-05`,
      assembly: `${TEST_YEAR}-03-19`,
      deadline: `${TEST_YEAR}-04-30`,
    },
    clerkOf: demoClerkUsername,
    hostOf: () => 'office',
  });
  await transitionCampaign(tx, await demoActor(tx, 'office'), campaignId, 'evaluation', modules);
  await demoVillageEvaluationYear(tx, campaignId, { complete: true });
  await demoInspectionYear(tx, campaignId, { complete: true });
  await demoJuryYear(tx, campaignId, { complete: true });
  return campaignId;
}

import { transitionCampaign } from '../campaigns/campaigns.service.ts';
import type { ModuleDefinition } from '../module.ts';
import { demoActor } from './demo-actors.ts';
import { DEMO_FULFILMENT_YEAR } from './demo-years.ts';

/**
 * On 1 December the demo township has closed its fulfilment year and entered the year-end
 * evaluation (评诺): the office moves the 2026 campaign on after the fulfilment records above are in,
 * and the evaluation modules below add their December.
 */
export const demoEvaluationPhaseModule: ModuleDefinition = {
  name: 'demoEvaluationPhase',
  label: '演示年度（评诺）',
  demo: async (tx, ids, modules) => {
    const campaignId = ids.campaignIds[DEMO_FULFILMENT_YEAR];
    if (!campaignId) throw new Error(`demo: no ${DEMO_FULFILMENT_YEAR} campaign`);
    const office = await demoActor(tx, 'office');
    await transitionCampaign(tx, office, campaignId, 'evaluation', modules);
  },
};

import { useCampaigns } from '../campaigns/queries.ts';

/** The campaign the progress pages open on: the newest in 践诺 or 评诺 (progress is still reported at year end). */
export function useFulfilmentCampaign() {
  const campaigns = useCampaigns();
  const campaign = [...(campaigns.data ?? [])]
    .sort((a, b) => b.year - a.year)
    .find((c) => c.phase === 'fulfilment' || c.phase === 'evaluation');
  return { campaigns, campaign };
}

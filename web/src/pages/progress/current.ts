import { useCampaigns } from '../campaigns/queries.ts';

/** The campaign the progress pages open on: the newest in its 践诺 phase. */
export function useFulfilmentCampaign() {
  const campaigns = useCampaigns();
  const campaign = [...(campaigns.data ?? [])]
    .sort((a, b) => b.year - a.year)
    .find((c) => c.phase === 'fulfilment');
  return { campaigns, campaign };
}

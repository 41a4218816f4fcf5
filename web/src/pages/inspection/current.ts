import { useCampaigns } from '../campaigns/queries.ts';
import { currentCampaign } from '../home/TodoCard.tsx';

/** The year the inspection pages work on: the township's campaign of this year (else its latest). */
export function useCurrentCampaign() {
  const campaigns = useCampaigns();
  return { ...campaigns, campaign: campaigns.data ? currentCampaign(campaigns.data) : undefined };
}

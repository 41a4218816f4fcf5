import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { CampaignDetail, CampaignSummary, Participant } from '../../api/types.ts';

const enc = encodeURIComponent;

export function useCampaigns() {
  return useQuery({
    queryKey: keys.campaigns.all,
    queryFn: () => api.get<CampaignSummary[]>('/api/campaigns'),
  });
}

export function useCampaign(id: string) {
  return useQuery({
    queryKey: keys.campaigns.detail(id),
    queryFn: () => api.get<CampaignDetail>(`/api/campaigns/${enc(id)}`),
  });
}

export function useParticipants(id: string) {
  return useQuery({
    queryKey: keys.campaigns.participants(id),
    queryFn: () => api.get<Participant[]>(`/api/campaigns/${enc(id)}/participants`),
  });
}

export const createCampaign = (body: { year: number }) => api.post<CampaignDetail>('/api/campaigns', body);
export const saveConfig = (id: string, body: { config: CampaignDetail['config']; reason?: string }) =>
  api.put<CampaignDetail>(`/api/campaigns/${enc(id)}/config`, body);
export const advancePhase = (id: string, to: CampaignDetail['phase']) =>
  api.post<CampaignDetail>(`/api/campaigns/${enc(id)}/transition`, { to });
export const checkSeal = (id: string) =>
  api.get<{ sealHash: string; currentHash: string; intact: boolean }>(`/api/campaigns/${enc(id)}/seal`);

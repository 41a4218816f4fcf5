import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CampaignDetail, CampaignSummary, Participant } from '../../api/types.ts';

export const campaignKeys = {
  all: ['campaigns'] as const,
  detail: (id: string) => ['campaigns', id] as const,
  participants: (id: string) => ['campaigns', id, 'participants'] as const,
};

export function useCampaigns() {
  return useQuery({
    queryKey: campaignKeys.all,
    queryFn: () => api.get<CampaignSummary[]>('/api/campaigns'),
  });
}

export function useCampaign(id: string) {
  return useQuery({
    queryKey: campaignKeys.detail(id),
    queryFn: () => api.get<CampaignDetail>(`/api/campaigns/${encodeURIComponent(id)}`),
  });
}

export function useParticipants(id: string) {
  return useQuery({
    queryKey: campaignKeys.participants(id),
    queryFn: () => api.get<Participant[]>(`/api/campaigns/${encodeURIComponent(id)}/participants`),
  });
}

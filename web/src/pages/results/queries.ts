import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { PublishResultsBody, Results } from './types.ts';

const enc = encodeURIComponent;

export function useResults(campaignId: string | undefined) {
  return useQuery({
    queryKey: keys.results.campaign(campaignId ?? ''),
    queryFn: () => api.get<Results>(`/api/campaigns/${enc(campaignId ?? '')}/results`),
    enabled: Boolean(campaignId),
  });
}

export const freezeResults = (campaignId: string, body: { digest: string; reason?: string }) =>
  api.post<Results>(`/api/campaigns/${enc(campaignId)}/results/freeze`, body);

export const publishResults = (campaignId: string, body: PublishResultsBody) =>
  api.post<Results>(`/api/campaigns/${enc(campaignId)}/results/publish`, body);

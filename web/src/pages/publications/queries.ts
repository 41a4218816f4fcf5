import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { Publication, PublishBody } from './types.ts';

const enc = encodeURIComponent;

export function usePublications(campaignId: string | undefined) {
  return useQuery({
    queryKey: keys.publications.list(campaignId ?? ''),
    queryFn: () => api.get<Publication[]>(`/api/campaigns/${enc(campaignId ?? '')}/publications`),
    enabled: Boolean(campaignId),
  });
}

export const publish = (campaignId: string, body: PublishBody) =>
  api.post<Publication>(`/api/campaigns/${enc(campaignId)}/publications`, body);

export const withdraw = (id: string, reason: string) =>
  api.post<Publication>(`/api/publications/${enc(id)}/withdraw`, { reason });

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { CloseValues, FollowUpValues, ListValues, WeakOrganizations } from './types.ts';

const enc = encodeURIComponent;

export function useWeakOrganizations(campaignId: string, bottom: number) {
  return useQuery({
    queryKey: keys.weakOrganizations.campaign(campaignId, bottom),
    queryFn: () =>
      api.get<WeakOrganizations>(`/api/campaigns/${enc(campaignId)}/weak-organizations?bottom=${bottom}`),
    placeholderData: keepPreviousData,
  });
}

export const listWeakOrganization = (campaignId: string, body: ListValues) =>
  api.post<WeakOrganizations>(`/api/campaigns/${enc(campaignId)}/weak-organizations`, body);

export const addFollowUp = (id: string, body: FollowUpValues) =>
  api.post<WeakOrganizations>(`/api/weak-organizations/${enc(id)}/follow-ups`, body);

export const closeWeakOrganization = (id: string, body: CloseValues) =>
  api.post<WeakOrganizations>(`/api/weak-organizations/${enc(id)}/close`, body);

import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { EvaluationOverview, Started, StartInput } from './types.ts';

const base = (campaignId: string) => `/api/village-evaluations/campaigns/${encodeURIComponent(campaignId)}`;

export function useEvaluationOverview(campaignId: string | undefined) {
  return useQuery({
    queryKey: keys.villageEvaluation.overview(campaignId ?? ''),
    queryFn: () => api.get<EvaluationOverview>(base(campaignId!)),
    enabled: Boolean(campaignId),
  });
}

export const startEvaluation = (campaignId: string, input: StartInput) =>
  api.post<Started>(`${base(campaignId)}/start`, input);

export const recordChair = (campaignId: string, villageId: string, personId: string) =>
  api.put<{ id: string }>(`${base(campaignId)}/villages/${encodeURIComponent(villageId)}/chair`, {
    personId,
  });

import { useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../api/client.ts';
import type { Township, VillageDetail, VillageRow } from '../../api/types.ts';

export const orgKeys = {
  townships: ['townships'] as const,
  villages: ['villages'] as const,
  village: (id: string) => ['villages', id] as const,
};

export function useTownships(enabled = true) {
  return useQuery({
    queryKey: orgKeys.townships,
    queryFn: () => api.get<Township[]>('/api/townships'),
    enabled,
  });
}

export function useVillages(townshipId?: string) {
  return useQuery({
    queryKey: [...orgKeys.villages, { townshipId }],
    queryFn: () => api.get<VillageRow[]>(`/api/villages${queryString({ townshipId })}`),
  });
}

export function useVillage(id: string) {
  return useQuery({
    queryKey: orgKeys.village(id),
    queryFn: () => api.get<VillageDetail>(`/api/villages/${encodeURIComponent(id)}`),
  });
}

import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { History, Trends } from './types.ts';

export function useHistory(personId: string) {
  return useQuery({
    queryKey: keys.history.person(personId),
    queryFn: () => api.get<History>(`/api/history/people/${encodeURIComponent(personId)}`),
  });
}

export function useCountyTrends() {
  return useQuery({
    queryKey: keys.history.countyTrends,
    queryFn: () => api.get<Trends>('/api/history/county-trends'),
  });
}

/** Where a cadre's 履职档案 is: linked from the participants list and the results table. */
export const historyPath = (personId: string) => `/history/people/${encodeURIComponent(personId)}`;

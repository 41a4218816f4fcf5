import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { SyncPreview } from './types.ts';

/** What refreshing each open campaign's participants from the posts would change now. */
export function useSyncPreviews(enabled: boolean) {
  return useQuery({
    queryKey: keys.campaigns.syncPreviews,
    queryFn: () => api.get<SyncPreview[]>('/api/campaigns/participant-sync-previews'),
    enabled,
  });
}

export const syncParticipants = (campaignId: string) =>
  api.post<{ added: number; updated: number; removed: number }>(
    `/api/campaigns/${encodeURIComponent(campaignId)}/participants/sync`,
  );

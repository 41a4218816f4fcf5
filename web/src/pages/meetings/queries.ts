import { useQuery } from '@tanstack/react-query';
import { api, queryString, request } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { HostCandidate, Meeting, MeetingDetail, MeetingInput, MeetingPatch } from './types.ts';

export function useMeetings(villageId?: string) {
  return useQuery({
    queryKey: keys.meetings.list(villageId),
    queryFn: () => api.get<Meeting[]>(`/api/meetings${queryString({ villageId })}`),
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: keys.meetings.detail(id),
    queryFn: () => api.get<MeetingDetail>(`/api/meetings/${encodeURIComponent(id)}`),
    enabled: id !== '',
  });
}

/** Accounts that may host a meeting of the village (the host certifies its votes). */
export function useHostCandidates(villageId: string | undefined) {
  return useQuery({
    queryKey: keys.meetings.hostCandidates(villageId),
    queryFn: () => api.get<HostCandidate[]>(`/api/meetings/host-candidates${queryString({ villageId })}`),
    enabled: Boolean(villageId),
  });
}

export const createMeeting = (input: MeetingInput) => api.post<Meeting>('/api/meetings', input);

export const patchMeeting = (id: string, patch: MeetingPatch) =>
  api.patch<Meeting>(`/api/meetings/${encodeURIComponent(id)}`, patch);

export const deleteMeeting = (id: string) =>
  request<void>('DELETE', `/api/meetings/${encodeURIComponent(id)}`);

import { useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../api/client.ts';
import type { Meeting, MeetingDetail, MeetingInput, MeetingPatch } from './types.ts';

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (villageId?: string) => ['meetings', 'list', { villageId }] as const,
  one: (id: string) => ['meetings', id] as const,
};

export function useMeetings(villageId?: string) {
  return useQuery({
    queryKey: meetingKeys.list(villageId),
    queryFn: () => api.get<Meeting[]>(`/api/meetings${queryString({ villageId })}`),
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKeys.one(id),
    queryFn: () => api.get<MeetingDetail>(`/api/meetings/${encodeURIComponent(id)}`),
    enabled: id !== '',
  });
}

export const createMeeting = (input: MeetingInput) => api.post<Meeting>('/api/meetings', input);

export const patchMeeting = (id: string, patch: MeetingPatch) =>
  api.patch<Meeting>(`/api/meetings/${encodeURIComponent(id)}`, patch);

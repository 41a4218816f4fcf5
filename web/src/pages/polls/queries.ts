import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { Poll, PollInput, TallyInput, TallyStatus } from './types.ts';

const enc = encodeURIComponent;

/** While the one running an open poll watches it, the count of ballots in refreshes every 10 s. */
export function usePoll(id: string) {
  return useQuery({
    queryKey: keys.polls.detail(id),
    queryFn: () => api.get<Poll>(`/api/polls/${enc(id)}`),
    refetchInterval: (query) => (query.state.data?.ballotsReceived != null ? 10_000 : false),
  });
}

export function useTallyStatus(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.polls.tallies(id),
    queryFn: () => api.get<TallyStatus>(`/api/polls/${enc(id)}/tallies/status`),
    enabled,
  });
}

export const createPoll = (meetingId: string, input: PollInput) =>
  api.post<Poll>(`/api/meetings/${enc(meetingId)}/polls`, input);
export const openPoll = (id: string) => api.post<Poll>(`/api/polls/${enc(id)}/open`);
export const closePoll = (id: string) => api.post<Poll>(`/api/polls/${enc(id)}/close`);
export const issueCodes = (id: string, count: number) =>
  api.post<{ codes: string[]; batch: number; publicAddress: { origin: string; warning: string | null } }>(
    `/api/polls/${enc(id)}/codes`,
    { count },
  );
export const voidCodes = (id: string, batch: number, reason: string) =>
  api.post<unknown>(`/api/polls/${enc(id)}/codes/void`, { batch, reason });
export const enterTally = (id: string, tally: TallyInput) =>
  api.post<unknown>(`/api/polls/${enc(id)}/tallies`, tally);
export const certifyPoll = (id: string, as: 'clerk' | 'host') =>
  api.post<Poll>(`/api/polls/${enc(id)}/certify`, { as });
export const recordUrl = (id: string) => `/api/polls/${enc(id)}/record.docx`;

import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type {
  Candidate,
  JurorReport,
  Meeting,
  MeetingOfCampaign,
  Monitor,
  MyMeeting,
  PersonOption,
  ReporterScores,
  Screen,
} from './types.ts';

const enc = encodeURIComponent;
export const meetingPath = (id: string) => `/api/jury/meetings/${enc(id)}`;

export const useCampaignMeeting = (campaignId?: string) =>
  useQuery({
    queryKey: keys.jury.campaign(campaignId ?? ''),
    queryFn: () => api.get<MeetingOfCampaign>(`/api/jury/campaigns/${enc(campaignId!)}/meeting`),
    enabled: Boolean(campaignId),
  });

/** The console refreshes itself while the meeting runs (scores come in from the phones). */
export const useMeeting = (id: string, live: boolean) =>
  useQuery({
    queryKey: keys.jury.meeting(id),
    queryFn: () => api.get<Meeting>(meetingPath(id)),
    refetchInterval: live ? 3000 : false,
  });

export const usePeople = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.jury.people(id),
    queryFn: () => api.get<PersonOption[]>(`${meetingPath(id)}/people`),
    enabled,
  });

export const useCandidates = (id: string) =>
  useQuery({
    queryKey: keys.jury.candidates(id),
    queryFn: () => api.get<Candidate[]>(`${meetingPath(id)}/candidates`),
  });

export const useMonitor = (id: string, live: boolean) =>
  useQuery({
    queryKey: keys.jury.monitor(id),
    queryFn: () => api.get<Monitor>(`${meetingPath(id)}/monitor`),
    refetchInterval: live ? 3000 : false,
  });

export const useJurorReport = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.jury.report(id),
    queryFn: () => api.get<JurorReport>(`${meetingPath(id)}/juror-report`),
    enabled,
  });

export const useReporterScores = (reporterId: string | null) =>
  useQuery({
    queryKey: keys.jury.scores(reporterId ?? ''),
    queryFn: () => api.get<ReporterScores>(`/api/jury/reporters/${enc(reporterId!)}/scores`),
    enabled: Boolean(reporterId),
  });

/** The juror's phone polls gently as a fallback; the meeting moves on when the office calls the next reporter. */
export const useMyMeeting = () =>
  useQuery({
    queryKey: keys.jury.mine,
    queryFn: () => api.get<MyMeeting>('/api/jury/mine'),
    refetchInterval: 3000,
  });

export const fetchScreen = (id: string) => api.get<Screen>(`${meetingPath(id)}/screen`);

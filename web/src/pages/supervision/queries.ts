import { useQuery } from '@tanstack/react-query';
import { api, queryString, request } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type {
  Check,
  Leader,
  Rectification,
  Report,
  Session,
  Slip,
  SupervisedPledge,
  SupervisionSummary,
  Supervisor,
  Visit,
} from './types.ts';

const base = (campaignId: string) => `/api/supervision/campaigns/${encodeURIComponent(campaignId)}`;

function usePart<T>(
  campaignId: string | undefined,
  part: string,
  filter?: Record<string, string | undefined>,
) {
  return useQuery({
    queryKey: keys.supervision.part(campaignId ?? '', part, filter),
    queryFn: () => api.get<T>(`${base(campaignId!)}${part ? `/${part}` : ''}${queryString(filter ?? {})}`),
    enabled: Boolean(campaignId),
  });
}

export const useSummary = (campaignId?: string) => usePart<SupervisionSummary>(campaignId, '');
export const useSupervisedPledges = (campaignId?: string) =>
  usePart<SupervisedPledge[]>(campaignId, 'pledges');
export const useReports = (campaignId?: string, villageId?: string) =>
  usePart<Report[]>(campaignId, 'reports', { villageId });
export const useChecks = (campaignId?: string) => usePart<Check[]>(campaignId, 'checks');
export const useOpenRectifications = (campaignId?: string) =>
  usePart<Rectification[]>(campaignId, 'rectifications/open');
export const useSupervisors = (campaignId?: string) => usePart<Supervisor[]>(campaignId, 'supervisors');
export const useVisits = (campaignId?: string) => usePart<Visit[]>(campaignId, 'visits');
export const useSessions = (campaignId?: string) => usePart<Session[]>(campaignId, 'sessions');

export function useLeaders(enabled: boolean) {
  return useQuery({
    queryKey: keys.supervision.leaders,
    queryFn: () => api.get<Leader[]>('/api/supervision/leaders'),
    enabled,
  });
}

export type ReportInput = { observedOn: string; assessment: string; observation: string; photos: File[] };

/** A report goes as a form (text fields and photos): the browser's own multipart encoding. */
export async function fileReport(pledgeId: string, input: ReportInput) {
  const form = new FormData();
  form.set('observedOn', input.observedOn);
  form.set('assessment', input.assessment);
  form.set('observation', input.observation);
  for (const photo of input.photos) form.append('photos', photo, photo.name);
  const encoded = new Response(form);
  const contentType = encoded.headers.get('content-type') ?? 'multipart/form-data';
  return request<Report>(
    'POST',
    `/api/supervision/pledges/${encodeURIComponent(pledgeId)}/reports`,
    undefined,
    {
      raw: await encoded.blob(),
      contentType,
    },
  );
}

export type CheckInput = {
  checkedOn: string;
  members: { name: string }[];
  villages: {
    villageId: string;
    findings: string;
    rectifications: { demand: string; dueDate: string; responsible: string }[];
  }[];
};
export const recordCheck = (campaignId: string, input: CheckInput) =>
  api.post<Check>(`${base(campaignId)}/checks`, input);

export type FollowUpInput = { followedOn: string; note: string; closes: boolean };
export const followUp = (id: string, input: FollowUpInput) =>
  api.post<Rectification>(`/api/supervision/rectifications/${encodeURIComponent(id)}/follow-ups`, input);

export type ElectionInput = {
  meetingId: string;
  termStart: string;
  termEnd: string;
  elected: { name: string; votes: number; openAccount: boolean }[];
};
export const recordElection = (campaignId: string, input: ElectionInput) =>
  api.post<{ supervisors: Supervisor[]; slips: Slip[] }>(`${base(campaignId)}/elections`, input);
export const openAccount = (id: string) =>
  api.post<{ supervisors: Supervisor[]; slips: Slip[] }>(
    `/api/supervision/supervisors/${encodeURIComponent(id)}/account`,
  );

export const assignContacts = (userId: string, villageIds: string[]) =>
  api.put<Leader>(`/api/supervision/leaders/${encodeURIComponent(userId)}/villages`, { villageIds });

export type VisitInput = { villageId: string; visitedOn: string; discussed: string; followUps?: string };
export const logVisit = (campaignId: string, input: VisitInput) =>
  api.post<Visit>(`${base(campaignId)}/visits`, input);

export type SessionInput = {
  heldOn: string;
  kind: string;
  topic: string;
  place: string;
  villageId?: string;
  attendeePersonIds: string[];
  othersCount: number;
};
export const recordSession = (campaignId: string, input: SessionInput) =>
  api.post<Session>(`${base(campaignId)}/sessions`, input);

import { useQuery } from '@tanstack/react-query';
import { api, request } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { Candidate, ItemStatus, MemberKind, Overview, Recognition, Village } from './types.ts';

const base = (campaignId: string) => `/api/inspection/campaigns/${encodeURIComponent(campaignId)}`;

export const useOverview = (campaignId?: string) =>
  useQuery({
    queryKey: keys.inspection.overview(campaignId ?? ''),
    queryFn: () => api.get<Overview>(base(campaignId!)),
    enabled: Boolean(campaignId),
  });

export const useVillageInspection = (campaignId: string | undefined, villageId: string) =>
  useQuery({
    queryKey: keys.inspection.village(campaignId ?? '', villageId),
    queryFn: () => api.get<Village>(`${base(campaignId!)}/villages/${encodeURIComponent(villageId)}`),
    enabled: Boolean(campaignId),
  });

export const useCandidates = (campaignId: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: keys.inspection.candidates(campaignId ?? ''),
    queryFn: () => api.get<Candidate[]>(`${base(campaignId!)}/candidates`),
    enabled: Boolean(campaignId) && enabled,
  });

export type TeamInput = {
  name: string;
  members: { personId: string; kind: MemberKind }[];
  leaderPersonId: string;
};
export const createTeam = (campaignId: string, input: TeamInput) =>
  api.post<Overview>(`${base(campaignId)}/teams`, input);
export const updateTeam = (teamId: string, input: TeamInput) =>
  api.put<void>(`/api/inspection/teams/${encodeURIComponent(teamId)}`, input);
export const deleteTeam = (teamId: string) =>
  request<void>('DELETE', `/api/inspection/teams/${encodeURIComponent(teamId)}`);
export const assignVillages = (teamId: string, villageIds: string[]) =>
  api.put<void>(`/api/inspection/teams/${encodeURIComponent(teamId)}/villages`, { villageIds });

export const changeVillage = (campaignId: string, villageId: string, action: 'submit' | 'lock' | 'unlock') =>
  api.post<Village>(`${base(campaignId)}/villages/${encodeURIComponent(villageId)}/${action}`);

export type ItemInput = {
  status: ItemStatus;
  progressPercent: number;
  recognition: Recognition;
  note?: string;
  photos: File[];
};

export const removePhoto = (pledgeId: string, fileId: string) =>
  request<Village>(
    'DELETE',
    `/api/inspection/pledges/${encodeURIComponent(pledgeId)}/photos/${encodeURIComponent(fileId)}`,
  );

/** A pledge's record goes as a form (text fields and photos): the browser's own multipart encoding. */
export async function saveItem(pledgeId: string, input: ItemInput) {
  const form = new FormData();
  form.set('status', input.status);
  form.set('progressPercent', String(input.progressPercent));
  form.set('recognition', input.recognition);
  form.set('note', input.note ?? '');
  for (const photo of input.photos) form.append('photos', photo, photo.name);
  const encoded = new Response(form);
  return request<Village>('PUT', `/api/inspection/pledges/${encodeURIComponent(pledgeId)}`, undefined, {
    raw: await encoded.blob(),
    contentType: encoded.headers.get('content-type') ?? 'multipart/form-data',
  });
}

import { api } from '../../api/client.ts';
import type { Participant, SyncResult } from '../../api/types.ts';

const enc = encodeURIComponent;

export const syncParticipants = (campaignId: string) =>
  api.post<SyncResult>(`/api/campaigns/${enc(campaignId)}/participants/sync`);
export const excludeParticipant = (id: string, body: { reason: string; date: string }) =>
  api.post<Participant>(`/api/participants/${enc(id)}/exclude`, body);
export const reinstateParticipant = (id: string, reason: string) =>
  api.post<Participant>(`/api/participants/${enc(id)}/reinstate`, { reason });

import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { Checklist, Overview, Pledge, PledgeFields, PledgeSet, SetDetail } from './types.ts';

const enc = encodeURIComponent;

export function useSetDetail(participantId: string) {
  return useQuery({
    queryKey: keys.pledging.participant(participantId),
    queryFn: () => api.get<SetDetail>(`/api/pledging/participants/${enc(participantId)}`),
    // The vote runs on other pages: read it afresh whenever the page opens.
    staleTime: 0,
  });
}

export function useChecklist(campaignId: string, villageId: string) {
  return useQuery({
    queryKey: keys.pledging.checklist(campaignId, villageId),
    queryFn: () =>
      api.get<Checklist>(`/api/campaigns/${enc(campaignId)}/pledging/villages/${enc(villageId)}`),
  });
}

export function useOverview(campaignId: string) {
  return useQuery({
    queryKey: keys.pledging.overview(campaignId),
    queryFn: () => api.get<Overview>(`/api/campaigns/${enc(campaignId)}/pledging/overview`),
  });
}

export const overviewXlsxUrl = (campaignId: string) =>
  `/api/campaigns/${enc(campaignId)}/pledging/overview.xlsx`;
export const letterUrl = (setId: string) => `/api/pledge-sets/${enc(setId)}/letter.docx`;
export const publicPageUrl = (villageId: string) => `/public/villages/${enc(villageId)}`;

export const addPledge = (participantId: string, body: PledgeFields) =>
  api.post<Pledge>(`/api/pledging/participants/${enc(participantId)}/pledges`, body);
export const patchPledge = (id: string, body: Partial<PledgeFields> & { reason?: string }) =>
  api.patch<Pledge>(`/api/pledges/${enc(id)}`, body);
export const withdrawPledge = (id: string, reason: string) =>
  api.post<Pledge>(`/api/pledges/${enc(id)}/withdraw`, { reason });

const setPost = <T = PledgeSet>(setId: string, action: string, body?: unknown) =>
  api.post<T>(`/api/pledge-sets/${enc(setId)}/${action}`, body);

export const solicit = (setId: string) => setPost(setId, 'solicit');
export const resubmit = (setId: string) => setPost(setId, 'resubmit');
export const recordCommittee = (setId: string, body: { meetingId: string; passed: boolean; note?: string }) =>
  setPost(setId, 'committee', body);
export const startVote = (setId: string, body: { meetingId: string; title?: string }) =>
  setPost<{ set: PledgeSet; pollId: string }>(setId, 'vote', body);
export const applyVote = (setId: string) =>
  setPost<{ set: PledgeSet; items: { id: string; status: string }[] }>(setId, 'apply-vote');
export const cancelVote = (setId: string, reason: string) => setPost(setId, 'cancel-vote', { reason });
export const approveSet = (setId: string, comment?: string) => setPost(setId, 'approve', { comment });
export const returnSet = (setId: string, comment: string) => setPost(setId, 'return', { comment });
export const overrideMinimum = (setId: string, reason: string) =>
  setPost(setId, 'minimum-override', { reason });
export const addPaperOpinion = (setId: string, body: { pledgeId?: string; name?: string; content: string }) =>
  setPost<{ id: string }>(setId, 'opinions', body);
export const handleOpinion = (id: string, body: { handling: 'adopted' | 'explained'; note: string }) =>
  api.post(`/api/pledge-opinions/${enc(id)}/handle`, body);
export const overrideOverlap = (body: { aPledgeId: string; bPledgeId: string; reason: string }) =>
  api.post('/api/pledging/overlap-overrides', body);

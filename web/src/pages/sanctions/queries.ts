import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { ProposalValues, Sanctions, StepValues, TalkValues } from './types.ts';

const enc = encodeURIComponent;

export function useSanctions(campaignId: string | undefined) {
  return useQuery({
    queryKey: keys.sanctions.campaign(campaignId ?? ''),
    queryFn: () => api.get<Sanctions>(`/api/campaigns/${enc(campaignId ?? '')}/sanctions`),
    enabled: Boolean(campaignId),
  });
}

export const recordTalk = (taskId: string, body: TalkValues) =>
  api.post<Sanctions>(`/api/admonishments/${enc(taskId)}/talk`, body);

export const addCaseStep = (caseId: string, body: StepValues) =>
  api.post<Sanctions>(`/api/removal-cases/${enc(caseId)}/steps`, body);

export const recordRecallProposal = (caseId: string, body: ProposalValues) =>
  api.post<Sanctions>(`/api/removal-cases/${enc(caseId)}/recall-proposal`, body);

export const startRecallVote = (caseId: string, meetingId: string) =>
  api.post<Sanctions>(`/api/removal-cases/${enc(caseId)}/recall-vote`, { meetingId });

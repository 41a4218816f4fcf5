import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CandidateBody,
  ElectionBody,
  ElectionsView,
  ElectionView,
} from '../../../../server/modules/elections/elections.schema.ts';
import type { publishBody } from '../../../../server/modules/publications/publications.schema.ts';
import { api } from '../../api/client.ts';

export type { CandidateBody, ElectionBody, ElectionsView, ElectionView };
export type Candidate = ElectionView['candidates'][number];

const enc = encodeURIComponent;

/** This area's query keys (its writes answer with the list; publishing also refreshes 公示). */
export const electionKeys = {
  all: ['elections'] as const,
  campaign: (campaignId: string) => ['elections', campaignId] as const,
};

export const useElections = (campaignId: string) =>
  useQuery({
    queryKey: electionKeys.campaign(campaignId),
    queryFn: () => api.get<ElectionsView>(`/api/campaigns/${enc(campaignId)}/elections`),
  });

export const createElection = (campaignId: string, body: ElectionBody) =>
  api.post<ElectionsView>(`/api/campaigns/${enc(campaignId)}/elections`, body);

export const addCandidate = (electionId: string, body: CandidateBody) =>
  api.post<ElectionsView>(`/api/elections/${enc(electionId)}/candidates`, body);

export const recordResults = (electionId: string, electedIds: string[]) =>
  api.post<ElectionsView>(`/api/elections/${enc(electionId)}/results`, { electedIds });

export const publishCandidates = (campaignId: string, body: z.input<typeof publishBody>) =>
  api.post<unknown>(`/api/campaigns/${enc(campaignId)}/publications`, body);

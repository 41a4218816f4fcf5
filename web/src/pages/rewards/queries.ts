import { useQuery } from '@tanstack/react-query';
import { api, request } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { Commendation, NoticeValues, Pay } from './types.ts';

const base = (campaignId: string) => `/api/campaigns/${encodeURIComponent(campaignId)}`;

export function usePay(campaignId: string | undefined) {
  return useQuery({
    queryKey: keys.rewards.pay(campaignId ?? ''),
    queryFn: () => api.get<Pay>(`${base(campaignId ?? '')}/pay-sheet`),
    enabled: Boolean(campaignId),
  });
}

export function useCommendation(campaignId: string | undefined) {
  return useQuery({
    queryKey: keys.rewards.commendation(campaignId ?? ''),
    queryFn: () => api.get<Commendation>(`${base(campaignId ?? '')}/commendation`),
    enabled: Boolean(campaignId),
  });
}

export const saveBases = (campaignId: string, bases: { participantId: string; base: string }[]) =>
  api.put<Pay>(`${base(campaignId)}/pay-bases`, { bases });

export const importBases = (campaignId: string, file: File) =>
  request<Pay>('POST', `${base(campaignId)}/pay-bases/import`, undefined, {
    raw: file,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

export const signSheet = (campaignId: string) => api.post<Pay>(`${base(campaignId)}/pay-sheet/sign`);
export const correctSheet = (campaignId: string, reason: string) =>
  api.post<Pay>(`${base(campaignId)}/pay-sheet/correct`, { reason });

export const saveNotice = (campaignId: string, values: NoticeValues) =>
  api.put<Commendation>(`${base(campaignId)}/commendation`, values);
export const issueNotice = (campaignId: string) =>
  api.post<Commendation>(`${base(campaignId)}/commendation/issue`, {});

export const paySheetUrl = (campaignId: string) => `${base(campaignId)}/pay-sheet.xlsx`;
export const templateUrl = (campaignId: string) => `${base(campaignId)}/pay-bases/template.xlsx`;
export const noticeUrl = (campaignId: string) => `${base(campaignId)}/commendation.docx`;

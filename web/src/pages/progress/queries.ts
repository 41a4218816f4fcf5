import { useQuery } from '@tanstack/react-query';
import { api, queryString, request } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { PledgeProgress, ProgressList, ProgressStatus, ReuseFlag } from './types.ts';

export function useProgressList(campaignId: string | undefined, villageId?: string) {
  return useQuery({
    queryKey: keys.progress.list(campaignId ?? '', villageId),
    queryFn: () =>
      api.get<ProgressList>(`/api/progress/campaigns/${campaignId}/pledges${queryString({ villageId })}`),
    enabled: Boolean(campaignId),
  });
}

export function usePledgeProgress(pledgeId: string) {
  return useQuery({
    queryKey: keys.progress.pledge(pledgeId),
    queryFn: () => api.get<PledgeProgress>(`/api/progress/pledges/${pledgeId}`),
  });
}

export function useReuseFlags(campaignId: string | undefined) {
  return useQuery({
    queryKey: keys.progress.reuse(campaignId ?? ''),
    queryFn: () => api.get<{ flags: ReuseFlag[] }>(`/api/files/reuse-flags${queryString({ campaignId })}`),
    enabled: Boolean(campaignId),
  });
}

export type ReportInput = {
  status: ProgressStatus;
  percent: number;
  reportDate: string;
  note: string;
  internalNote?: string;
  photos: File[];
  documents: File[];
};

/** A report goes as a form (text fields, photos, documents): the browser's own multipart encoding. */
export async function postReport(pledgeId: string, input: ReportInput) {
  const form = new FormData();
  form.set('status', input.status);
  form.set('percent', String(input.percent));
  form.set('reportDate', input.reportDate);
  form.set('note', input.note);
  if (input.internalNote) form.set('internalNote', input.internalNote);
  for (const photo of input.photos) form.append('photos', photo, photo.name);
  for (const doc of input.documents) form.append('documents', doc, doc.name);
  const encoded = new Response(form);
  return request<PledgeProgress>(
    'POST',
    `/api/progress/pledges/${encodeURIComponent(pledgeId)}/reports`,
    undefined,
    {
      raw: await encoded.blob(),
      contentType: encoded.headers.get('content-type') ?? 'multipart/form-data',
    },
  );
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const importProgress = async (campaignId: string, file: File) =>
  api.upload<{ updated: number }>(
    `/api/progress/campaigns/${campaignId}/import`,
    await file.arrayBuffer(),
    XLSX_TYPE,
  );
export const templateUrl = (campaignId: string) => `/api/progress/campaigns/${campaignId}/template.xlsx`;

import { useQuery } from '@tanstack/react-query';
import type { OverviewView, ReportView } from '../../../../server/modules/county/county.schema.ts';
import { api, queryString } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';

export type { OverviewView, ReportView };
export type SummaryTexts = ReportView['summary'];
export type ResultRow = ReportView['rows'][number];
export type Submission = ReportView['submissions'][number];
export type OverviewTownship = OverviewView['townships'][number];

export const useCountyReport = (campaignId: string | undefined) =>
  useQuery({
    queryKey: keys.county.report(campaignId ?? ''),
    queryFn: () => api.get<ReportView>(`/api/county/reports/${campaignId}`),
    enabled: campaignId !== undefined,
  });

export const saveSummary = (campaignId: string, texts: SummaryTexts) =>
  api.put<ReportView>(`/api/county/reports/${campaignId}/summary`, texts);

export const submitReport = (campaignId: string, reason?: string) =>
  api.post<Submission>(`/api/county/reports/${campaignId}/submissions`, reason ? { reason } : {});

export const previewUrl = (campaignId: string, kind: 'xlsx' | 'docx') =>
  `/api/county/reports/${campaignId}/${kind === 'xlsx' ? 'results.xlsx' : 'summary.docx'}`;

export const useCountyOverview = (year: number | undefined) =>
  useQuery({
    queryKey: keys.county.overview(year),
    queryFn: () => api.get<OverviewView>(`/api/county/overview${queryString({ year })}`),
  });

export const countyXlsxUrl = (year: number) => `/api/county/overview.xlsx${queryString({ year })}`;

import { useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { Overview, OverviewFilter, Report, ReportContent } from './types.ts';

export function useReportOverview(filter: OverviewFilter = {}) {
  return useQuery({
    queryKey: keys.reports.overview(filter),
    queryFn: () => api.get<Overview>(`/api/reports/overview${queryString(filter)}`),
  });
}

export function useReport(participantId: string) {
  return useQuery({
    queryKey: keys.reports.report(participantId),
    queryFn: () => api.get<Report>(`/api/reports/participants/${participantId}`),
  });
}

/** The body the server takes: each pledge's id and statement, and the three sections. */
export const bodyOf = (c: ReportContent) => ({
  pledges: c.pledges.map((p) => ({ pledgeId: p.pledgeId, statement: p.statement ?? '' })),
  duties: c.duties ?? '',
  selfBuilding: c.selfBuilding ?? '',
  problemsAndPlans: c.problemsAndPlans ?? '',
});

export const saveDraft = (participantId: string, c: ReportContent) =>
  api.put<Report>(`/api/reports/participants/${participantId}/draft`, bodyOf(c));
export const submitReport = (participantId: string, c: ReportContent) =>
  api.post<Report>(`/api/reports/participants/${participantId}/submit`, bodyOf(c));
export const returnReport = (participantId: string, reason: string) =>
  api.post<Report>(`/api/reports/participants/${participantId}/return`, { reason });
export const docxUrl = (participantId: string) => `/api/reports/participants/${participantId}/report.docx`;

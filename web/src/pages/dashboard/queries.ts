import { useQuery } from '@tanstack/react-query';
import type { DashboardView } from '../../../../server/modules/dashboard/dashboard.schema.ts';
import { api, queryString } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';

export type { DashboardView };
export type DashboardVillage = NonNullable<DashboardView['villages']>[number];

export const useDashboard = (campaignId: string | undefined) =>
  useQuery({
    queryKey: keys.dashboard.view(campaignId),
    queryFn: () => api.get<DashboardView>(`/api/dashboard${queryString({ campaignId })}`),
  });

export const dashboardXlsxUrl = (campaignId: string) => `/api/dashboard.xlsx${queryString({ campaignId })}`;

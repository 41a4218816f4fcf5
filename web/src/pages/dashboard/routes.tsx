import { DashboardOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV as S } from './nav.ts';

/** The township dashboard (践诺看板), under /dashboard: its own chunk, and ECharts only inside it. */
export const dashboardRoutes: RouteObject[] = [
  {
    path: 'dashboard',
    element: <RequirePermission permission="dashboard.read" />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./DashboardPage.tsx')).DashboardPage }) },
    ],
  },
];

export const dashboardMenu: MenuEntry = { key: '/dashboard', label: S.menu, icon: <DashboardOutlined /> };

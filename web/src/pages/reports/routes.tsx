import { FileTextOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { Me } from '../../api/session.ts';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV as S } from './nav.ts';

/** The 述职报告 pages, registered under the app layout by one line in app/router.tsx. */
export const reportsRoutes: RouteObject[] = [
  {
    path: 'reports',
    element: <RequirePermission permission="report.read" />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./ReportsPage.tsx')).ReportsPage }) },
      {
        path: 'participants/:participantId',
        lazy: async () => ({ Component: (await import('./ReportPage.tsx')).ReportPage }),
      },
    ],
  },
];

/** A cadre's menu says whose: 我的述职报告 (wording only; what they see is the server's). */
export const reportsMenu = (me: Me): MenuEntry => ({
  key: '/reports',
  label: me.role === 'village_cadre' ? S.menuMine : S.menu,
  icon: <FileTextOutlined />,
});

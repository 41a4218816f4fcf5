import { EyeOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV as S } from './nav.ts';

/** The supervision pages (监督检查), registered under the app layout by one line in app/router.tsx. */
export const supervisionRoutes: RouteObject[] = [
  {
    path: 'supervision',
    element: <RequirePermission permission="supervision.read" />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./SupervisionPage.tsx')).SupervisionPage }),
      },
      {
        path: 'report/:pledgeId',
        lazy: async () => ({ Component: (await import('./ReportPage.tsx')).ReportPage }),
      },
    ],
  },
];

export const supervisionMenu: MenuEntry = { key: '/supervision', label: S.menu, icon: <EyeOutlined /> };

import { RiseOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV as S } from './nav.ts';

/** The progress pages (践诺进展), registered under the app layout by one line in app/router.tsx. */
export const progressRoutes: RouteObject[] = [
  {
    path: 'progress',
    element: <RequirePermission permission="progress.read" />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./ProgressPage.tsx')).ProgressPage }) },
      {
        path: 'pledges/:pledgeId',
        lazy: async () => ({ Component: (await import('./PledgeProgressPage.tsx')).PledgeProgressPage }),
      },
      {
        path: 'import/:campaignId',
        lazy: async () => ({ Component: (await import('./ImportPage.tsx')).ImportPage }),
      },
      {
        path: 'reuse/:campaignId',
        lazy: async () => ({ Component: (await import('./ReuseFlagsPage.tsx')).ReuseFlagsPage }),
      },
    ],
  },
];

export const progressMenu: MenuEntry = { key: '/progress', label: S.menu, icon: <RiseOutlined /> };

import { TrophyOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV as S } from './nav.ts';

/** The 考评结果 page, registered under the app layout by one line in app/router.tsx. */
export const resultsRoutes: RouteObject[] = [
  {
    path: 'results',
    element: <RequirePermission permission="results.read" />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./ResultsPage.tsx')).ResultsPage }),
      },
    ],
  },
];

export const resultsMenu: MenuEntry = { key: '/results', label: S.menu, icon: <TrophyOutlined /> };

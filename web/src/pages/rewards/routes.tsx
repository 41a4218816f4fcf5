import { TrophyOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { S } from './strings.ts';

/** The 绩效工资和评选表彰 page, registered under the app layout by one line in app/router.tsx. */
export const rewardsRoutes: RouteObject[] = [
  {
    path: 'rewards',
    element: <RequirePermission permission="sanctions.read" />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./RewardsPage.tsx')).RewardsPage }),
      },
    ],
  },
];

export const rewardsMenu: MenuEntry = { key: '/rewards', label: S.menu, icon: <TrophyOutlined /> };

import { SolutionOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV } from './nav.ts';

/** 换届选举竞聘演讲与公开承诺, registered under the app layout by one line in app/router.tsx. */
export const electionsRoutes: RouteObject[] = [
  {
    path: 'elections',
    element: <RequirePermission permission="sanctions.read" />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./ElectionsPage.tsx')).ElectionsPage }),
      },
    ],
  },
];

export const electionsMenu: MenuEntry = { key: '/elections', label: NAV.menu, icon: <SolutionOutlined /> };

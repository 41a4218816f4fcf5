import { ToolOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV } from './nav.ts';

/** 软弱涣散村级组织整顿, registered under the app layout by one line in app/router.tsx. */
export const weakOrganizationsRoutes: RouteObject[] = [
  {
    path: 'weak-organizations',
    element: <RequirePermission permission="sanctions.read" />,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('./WeakOrganizationsPage.tsx')).WeakOrganizationsPage,
        }),
      },
    ],
  },
];

export const weakOrganizationsMenu: MenuEntry = {
  key: '/weak-organizations',
  label: NAV.menu,
  icon: <ToolOutlined />,
};

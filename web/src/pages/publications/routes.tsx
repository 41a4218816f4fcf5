import { NotificationOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV as S } from './nav.ts';

/** The office's publicity pages (公示), registered under the app layout by one line in app/router.tsx. */
export const publicationRoutes: RouteObject[] = [
  {
    path: 'publications',
    element: <RequirePermission permission="publication.read" />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./PublicationsPage.tsx')).PublicationsPage }),
      },
    ],
  },
];

export const publicationsMenu: MenuEntry = {
  key: '/publications',
  label: S.menu,
  icon: <NotificationOutlined />,
};

import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV as S } from './nav.ts';

/** The 奖惩 page, registered under the app layout by one line in app/router.tsx. */
export const sanctionsRoutes: RouteObject[] = [
  {
    path: 'sanctions',
    element: <RequirePermission permission="sanctions.read" />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./SanctionsPage.tsx')).SanctionsPage }),
      },
    ],
  },
];

export const sanctionsMenu: MenuEntry = {
  key: '/sanctions',
  label: S.menu,
  icon: <SafetyCertificateOutlined />,
};

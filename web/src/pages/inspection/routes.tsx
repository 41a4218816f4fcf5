import { AuditOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV as S } from './nav.ts';

/** The inspection pages (实地考核), registered under the app layout by one line in app/router.tsx. */
export const inspectionRoutes: RouteObject[] = [
  {
    path: 'inspection',
    element: <RequirePermission permission="inspection.read" />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./InspectionPage.tsx')).InspectionPage }),
      },
      {
        path: 'villages/:villageId',
        lazy: async () => ({ Component: (await import('./VillagePage.tsx')).VillagePage }),
      },
    ],
  },
];

export const inspectionMenu: MenuEntry = { key: '/inspection', label: S.menu, icon: <AuditOutlined /> };

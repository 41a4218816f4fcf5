import { TrophyOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequireAuth, RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV as S } from './nav.ts';

/** The office's console and the juror's phone, under the app layout (one line in app/router.tsx). */
export const juryRoutes: RouteObject[] = [
  {
    path: 'jury',
    element: <RequirePermission permission="jury.manage" />,
    children: [{ index: true, lazy: async () => ({ Component: (await import('./JuryPage.tsx')).JuryPage }) }],
  },
  {
    path: 'juror',
    element: <RequirePermission permission="jury.score" />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./JurorPage.tsx')).JurorPage }) },
    ],
  },
];

/** Pages of their own, without the menu: the projector's full screen, the printable slips, the QR sign-in. */
export const juryStandaloneRoutes: RouteObject[] = [
  {
    path: '/jury/sign-in',
    lazy: async () => ({ Component: (await import('./SignInPage.tsx')).SignInPage }),
  },
  {
    path: '/jury-screen/:meetingId',
    element: (
      <RequireAuth>
        <RequirePermission permission="jury.screen" />
      </RequireAuth>
    ),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./ScreenPage.tsx')).ScreenPage }) },
    ],
  },
  {
    path: '/jury/:meetingId/slips',
    element: (
      <RequireAuth>
        <RequirePermission permission="jury.manage" />
      </RequireAuth>
    ),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./SlipsPage.tsx')).SlipsPage }) },
    ],
  },
];

export const juryMenu: MenuEntry = { key: '/jury', label: S.menu, icon: <TrophyOutlined /> };
export const jurorMenu: MenuEntry = { key: '/juror', label: S.jurorMenu, icon: <TrophyOutlined /> };

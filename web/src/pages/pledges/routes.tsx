import { FileDoneOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import { hasPermission, type Me } from '../../api/session.ts';
import type { MenuEntry } from '../../app/menu.tsx';
import { NAV as S } from './nav.ts';

/** The pledging pages, registered under the app layout by one line in app/router.tsx. */
export const pledgingRoutes: RouteObject[] = [
  { path: 'pledging', lazy: async () => ({ Component: (await import('./PledgingHome.tsx')).PledgingHome }) },
  {
    path: 'pledging/campaigns/:campaignId',
    lazy: async () => ({ Component: (await import('./OverviewPage.tsx')).OverviewPage }),
  },
  {
    path: 'pledging/campaigns/:campaignId/villages/:villageId',
    lazy: async () => ({ Component: (await import('./VillageChecklistPage.tsx')).VillageChecklistPage }),
  },
  {
    path: 'pledging/participants/:participantId',
    lazy: async () => ({ Component: (await import('./ParticipantPage.tsx')).ParticipantPage }),
  },
];

/** 我的承诺 for an account speaking for a cadre, 村干部承诺 for the clerk, 承诺审批 for the office. */
function menuLabel(me: Me): string {
  if (hasPermission(me, 'pledge.write')) return me.personId ? S.menu.cadre : S.menu.clerk;
  if (hasPermission(me, 'pledge.approve')) return S.menu.township;
  return S.menu.viewer;
}

/** The menu entry: every staff role reads pledges in its scope (pledge.read). */
export const pledgingMenu = (me: Me): MenuEntry => ({
  key: '/pledging',
  label: menuLabel(me),
  icon: <FileDoneOutlined />,
});

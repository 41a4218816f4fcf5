import { FileDoneOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { Me } from '../../api/session.ts';
import type { MenuEntry } from '../../app/menu.tsx';
import { S } from './strings.ts';

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

/** The villagers' page: no login, outside the app layout (registered at the top level of the router). */
export const publicPledgeRoutes: RouteObject[] = [
  {
    path: '/public/villages/:villageId',
    lazy: async () => ({ Component: (await import('../public/PublicVillagePage.tsx')).PublicVillagePage }),
  },
];

function menuLabel(me: Me): string {
  if (me.role === 'village_cadre') return S.menu.cadre;
  if (me.role === 'village_clerk') return S.menu.clerk;
  if (me.role === 'township_office') return S.menu.township;
  return S.menu.viewer;
}

/** The menu entry: every staff role reads pledges in its scope (pledge.read). */
export const pledgingMenu = (me: Me): MenuEntry => ({
  key: '/pledging',
  label: menuLabel(me),
  icon: <FileDoneOutlined />,
});

import { createBrowserRouter } from 'react-router';
import { votingRoutes } from '../pages/meetings/routes.tsx';
import { pledgingRoutes, publicPledgeRoutes } from '../pages/pledges/routes.tsx';
import { FullPageSpin, NotFound } from '../shared/StatusPages.tsx';
import { AppLayout } from './AppLayout.tsx';
import { RequireAuth, RequirePermission } from './RequireAuth.tsx';
import { RouteError } from './RouteError.tsx';

/** Each page is its own chunk, loaded when first visited. */
export const router = createBrowserRouter([
  ...publicPledgeRoutes,
  {
    path: '/login',
    lazy: async () => ({ Component: (await import('../pages/auth/LoginPage.tsx')).LoginPage }),
    errorElement: <RouteError />,
    hydrateFallbackElement: <FullPageSpin />,
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    hydrateFallbackElement: <FullPageSpin />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../pages/home/HomePage.tsx')).HomePage }),
      },
      {
        path: 'villages',
        lazy: async () => ({ Component: (await import('../pages/org/VillagesPage.tsx')).VillagesPage }),
      },
      {
        path: 'villages/:villageId',
        lazy: async () => ({
          Component: (await import('../pages/org/VillageDetailPage.tsx')).VillageDetailPage,
        }),
      },
      {
        path: 'roster',
        element: <RequirePermission permission="org.write" />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../pages/roster/RosterImportPage.tsx')).RosterImportPage,
            }),
          },
        ],
      },
      {
        path: 'campaigns',
        lazy: async () => ({
          Component: (await import('../pages/campaigns/CampaignsPage.tsx')).CampaignsPage,
        }),
      },
      {
        path: 'campaigns/:campaignId',
        lazy: async () => ({
          Component: (await import('../pages/campaigns/CampaignPage.tsx')).CampaignPage,
        }),
      },
      {
        path: 'campaigns/:campaignId/participants',
        lazy: async () => ({
          Component: (await import('../pages/participants/ParticipantsPage.tsx')).ParticipantsPage,
        }),
      },
      {
        path: 'participants',
        lazy: async () => ({
          Component: (await import('../pages/participants/LatestParticipants.tsx')).LatestParticipants,
        }),
      },
      {
        path: 'audit',
        element: <RequirePermission permission="audit.read" />,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../pages/audit/AuditPage.tsx')).AuditPage }),
          },
        ],
      },
      {
        path: 'password',
        lazy: async () => ({ Component: (await import('../pages/auth/PasswordPage.tsx')).PasswordPage }),
      },
      ...votingRoutes,
      ...pledgingRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
]);

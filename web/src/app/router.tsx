import { type ComponentType, lazy, Suspense } from 'react';
import { type RouteObject, useRoutes } from 'react-router';
import { countyRoutes } from '../pages/county/routes.tsx';
import { dashboardRoutes } from '../pages/dashboard/routes.tsx';
import { electionsRoutes } from '../pages/elections/routes.tsx';
import { historyRoutes } from '../pages/history/routes.tsx';
import { inspectionRoutes } from '../pages/inspection/routes.tsx';
import { juryRoutes, juryStandaloneRoutes } from '../pages/jury/routes.tsx';
import { lettersRoutes } from '../pages/letters/routes.tsx';
import { votingRoutes } from '../pages/meetings/routes.tsx';
import { pledgingRoutes } from '../pages/pledges/routes.tsx';
import { progressRoutes } from '../pages/progress/routes.tsx';
import { publicationRoutes } from '../pages/publications/routes.tsx';
import { reportsRoutes } from '../pages/reports/routes.tsx';
import { resultsRoutes } from '../pages/results/routes.tsx';
import { rewardsRoutes } from '../pages/rewards/routes.tsx';
import { sanctionsRoutes } from '../pages/sanctions/routes.tsx';
import { supervisionRoutes } from '../pages/supervision/routes.tsx';
import { villageEvaluationRoutes } from '../pages/village-evaluation/routes.tsx';
import { weakOrganizationsRoutes } from '../pages/weak-organizations/routes.tsx';
import { FullPageSpin, NotFound } from '../shared/StatusPages.tsx';
import { RequirePermission } from './RequireAuth.tsx';
import { RouteErrorBoundary } from './RouteError.tsx';

type PageModule = { Component?: ComponentType | null };

/**
 * Each page is its own chunk, loaded when first visited (React.lazy; the Suspense fallback says 正在加载).
 * Page areas declare their routes with `lazy: async () => ({ Component })`; here that becomes a lazy
 * element, so the app runs on the declarative router, which is a third the size of the data router.
 */
function lazyPage(load: () => Promise<PageModule>): RouteObject['element'] {
  const Page = lazy(async () => {
    const { Component } = await load();
    if (!Component) throw new Error('page module without a Component');
    return { default: Component };
  });
  return <Page />;
}

function withLazyElements(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const { lazy: load, children, ...rest } = route;
    const element = typeof load === 'function' ? lazyPage(load as () => Promise<PageModule>) : rest.element;
    return { ...rest, element, ...(children ? { children: withLazyElements(children) } : {}) } as RouteObject;
  });
}

const routes: RouteObject[] = withLazyElements([
  {
    path: '/login',
    lazy: async () => ({ Component: (await import('../pages/auth/LoginPage.tsx')).LoginPage }),
  },
  ...juryStandaloneRoutes,
  {
    // The signed-in shell (menu, header) is a chunk of its own: the login page does not load it.
    path: '/',
    lazy: async () => ({ Component: (await import('./SignedInLayout.tsx')).SignedInLayout }),
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
        path: 'accounts',
        element: <RequirePermission permission="account.manage" />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../pages/accounts/AccountsPage.tsx')).AccountsPage,
            }),
          },
        ],
      },
      {
        path: 'password',
        lazy: async () => ({ Component: (await import('../pages/auth/PasswordPage.tsx')).PasswordPage }),
      },
      ...votingRoutes,
      ...pledgingRoutes,
      ...progressRoutes,
      ...publicationRoutes,
      ...reportsRoutes,
      ...lettersRoutes,
      ...dashboardRoutes,
      ...countyRoutes,
      ...supervisionRoutes,
      ...juryRoutes,
      ...villageEvaluationRoutes,
      ...inspectionRoutes,
      ...resultsRoutes,
      ...sanctionsRoutes,
      ...historyRoutes,
      ...weakOrganizationsRoutes,
      ...electionsRoutes,
      ...rewardsRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
]);

/** The app's pages; a page that fails to load or render shows a Chinese error with a reload button. */
export function AppRoutes() {
  const element = useRoutes(routes);
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<FullPageSpin />}>{element}</Suspense>
    </RouteErrorBoundary>
  );
}

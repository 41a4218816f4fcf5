import { SolutionOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV as S } from './nav.ts';

/** The 民主测评 page, registered under the app layout by one line in app/router.tsx. */
export const villageEvaluationRoutes: RouteObject[] = [
  {
    path: 'village-evaluation',
    element: <RequirePermission permission="village_evaluation.read" />,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('./VillageEvaluationPage.tsx')).VillageEvaluationPage,
        }),
      },
    ],
  },
];

export const villageEvaluationMenu: MenuEntry = {
  key: '/village-evaluation',
  label: S.menu,
  icon: <SolutionOutlined />,
};

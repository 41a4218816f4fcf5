import type { RouteObject } from 'react-router';

/**
 * 履职档案: one cadre's page, reached from the participants list and the results table (no menu
 * entry); the server decides whose history each caller may read (domain/policies/history.ts).
 */
export const historyRoutes: RouteObject[] = [
  {
    path: 'history/people/:personId',
    lazy: async () => ({ Component: (await import('./HistoryPage.tsx')).HistoryPage }),
  },
];

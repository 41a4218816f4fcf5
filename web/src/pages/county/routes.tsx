import { BarChartOutlined, SendOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV as S } from './nav.ts';

/** 上报县级 (the office) and 全县考评结果 (the county): two chunks; ECharts only inside the county's. */
export const countyRoutes: RouteObject[] = [
  {
    path: 'county-report',
    element: <RequirePermission permission="county.report" />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./CountyReportPage.tsx')).CountyReportPage }),
      },
    ],
  },
  {
    path: 'county',
    element: <RequirePermission permission="county.read" />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./CountyPage.tsx')).CountyPage }) },
    ],
  },
];

export const countyReportMenu: MenuEntry = {
  key: '/county-report',
  label: S.reportMenu,
  icon: <SendOutlined />,
};
export const countyMenu: MenuEntry = { key: '/county', label: S.countyMenu, icon: <BarChartOutlined /> };

import {
  AuditOutlined,
  CalendarOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  TeamOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { hasPermission, type Me, type Permission } from '../api/session.ts';
import { countyMenu, countyReportMenu } from '../pages/county/routes.tsx';
import { dashboardMenu } from '../pages/dashboard/routes.tsx';
import { inspectionMenu } from '../pages/inspection/routes.tsx';
import { jurorMenu, juryMenu } from '../pages/jury/routes.tsx';
import { lettersMenu } from '../pages/letters/routes.tsx';
import { votingMenu } from '../pages/meetings/routes.tsx';
import { pledgingMenu } from '../pages/pledges/routes.tsx';
import { progressMenu } from '../pages/progress/routes.tsx';
import { publicationsMenu } from '../pages/publications/routes.tsx';
import { reportsMenu } from '../pages/reports/routes.tsx';
import { resultsMenu } from '../pages/results/routes.tsx';
import { rewardsMenu } from '../pages/rewards/routes.tsx';
import { sanctionsMenu } from '../pages/sanctions/routes.tsx';
import { supervisionMenu } from '../pages/supervision/routes.tsx';
import { villageEvaluationMenu } from '../pages/village-evaluation/routes.tsx';
import { weakOrganizationsMenu } from '../pages/weak-organizations/routes.tsx';
import { S } from './strings.ts';

export type MenuEntry = { key: string; label: string; icon: ReactNode };

/** The menu of a user: only the pages whose data their permissions (sent by the server) let them read. */
export function menuFor(me: Me): MenuEntry[] {
  const may = (p: Permission) => hasPermission(me, p);
  const entries: (MenuEntry | false)[] = [
    { key: '/', label: S.menu.home, icon: <HomeOutlined /> },
    may('org.read') && {
      key: me.villageId ? `/villages/${me.villageId}` : '/villages',
      label: S.menu.villages,
      icon: <TeamOutlined />,
    },
    may('org.write') && { key: '/roster', label: S.menu.roster, icon: <UploadOutlined /> },
    may('campaign.read') && { key: '/campaigns', label: S.menu.campaigns, icon: <CalendarOutlined /> },
    // The latest campaign of the user's township: a county account has no one township to pick.
    may('campaign.read') &&
      me.townshipId !== null && {
        key: '/participants',
        label: S.menu.participants,
        icon: <UserOutlined />,
      },
    may('dashboard.read') && dashboardMenu,
    may('county.read') && countyMenu,
    may('county.report') && countyReportMenu,
    may('pledge.read') && pledgingMenu(me),
    may('progress.read') && progressMenu,
    may('report.read') && reportsMenu(me),
    may('publication.read') && publicationsMenu,
    may('voting.read') && votingMenu(me),
    may('letter.read') && lettersMenu,
    may('supervision.read') && supervisionMenu,
    may('jury.manage') && juryMenu,
    may('jury.score') && jurorMenu,
    may('village_evaluation.read') && villageEvaluationMenu,
    may('inspection.read') && inspectionMenu,
    may('results.read') && resultsMenu,
    may('sanctions.read') && sanctionsMenu,
    may('sanctions.read') && rewardsMenu,
    may('sanctions.read') && weakOrganizationsMenu,
    may('audit.read') && { key: '/audit', label: S.menu.audit, icon: <AuditOutlined /> },
    may('account.manage') && { key: '/accounts', label: S.menu.accounts, icon: <IdcardOutlined /> },
    may('account.self') && { key: '/password', label: S.menu.password, icon: <KeyOutlined /> },
  ];
  return entries.filter((e): e is MenuEntry => e !== false);
}

/** The menu key to highlight for a path: the longest entry that prefixes it. */
export function selectedKey(entries: MenuEntry[], pathname: string): string {
  const matches = entries
    .map((e) => e.key)
    .filter((key) => (key === '/' ? pathname === '/' : pathname === key || pathname.startsWith(`${key}/`)));
  // A campaign's participants page belongs to 承诺主体 (the menu's entry leads there), not 考评活动.
  if (pathname.startsWith('/campaigns/') && pathname.endsWith('/participants')) {
    if (entries.some((e) => e.key === '/participants')) return '/participants';
  }
  return matches.sort((a, b) => b.length - a.length)[0] ?? '/';
}

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
import { electionsMenu } from '../pages/elections/routes.tsx';
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
/** Entries under a heading: the stages of the year, in the order a township goes through them. */
export type MenuSection = { title: string | null; entries: MenuEntry[] };

/** The menu of a user: only the pages whose data their permissions (sent by the server) let them read. */
export function menuSectionsFor(me: Me): MenuSection[] {
  const may = (p: Permission) => hasPermission(me, p);
  const sections: [string | null, (MenuEntry | false)[]][] = [
    [null, [{ key: '/', label: S.menu.home, icon: <HomeOutlined /> }]],
    [
      S.section.basics,
      [
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
      ],
    ],
    [S.section.pledging, [may('pledge.read') && pledgingMenu(me), may('voting.read') && votingMenu(me)]],
    [
      S.section.fulfilment,
      [
        may('progress.read') && progressMenu,
        may('publication.read') && publicationsMenu,
        may('letter.read') && lettersMenu,
        may('supervision.read') && supervisionMenu,
        may('dashboard.read') && dashboardMenu,
      ],
    ],
    [
      S.section.evaluation,
      [
        may('report.read') && reportsMenu(me),
        may('village_evaluation.read') && villageEvaluationMenu,
        may('inspection.read') && inspectionMenu,
        may('jury.manage') && juryMenu,
        may('jury.score') && jurorMenu,
        may('results.read') && resultsMenu,
        may('county.report') && countyReportMenu,
        may('county.read') && countyMenu,
      ],
    ],
    [
      S.section.sanctions,
      [
        may('sanctions.read') && sanctionsMenu,
        may('sanctions.read') && rewardsMenu,
        may('sanctions.read') && weakOrganizationsMenu,
        may('sanctions.read') && electionsMenu,
      ],
    ],
    [
      S.section.system,
      [
        may('audit.read') && { key: '/audit', label: S.menu.audit, icon: <AuditOutlined /> },
        may('account.manage') && { key: '/accounts', label: S.menu.accounts, icon: <IdcardOutlined /> },
        may('account.self') && { key: '/password', label: S.menu.password, icon: <KeyOutlined /> },
      ],
    ],
  ];
  return sections
    .map(([title, entries]) => ({ title, entries: entries.filter((e): e is MenuEntry => e !== false) }))
    .filter((section) => section.entries.length > 0);
}

export function menuFor(me: Me): MenuEntry[] {
  return menuSectionsFor(me).flatMap((section) => section.entries);
}

/** Headings help only a long menu (the office's, a leader's): a juror's or a clerk's stands without them. */
export const GROUPED_FROM = 12;

/** The antd Menu items: flat for a short menu, grouped under the stages' headings for a long one. */
export function menuItems(sections: MenuSection[]) {
  const entries = sections.flatMap((section) => section.entries);
  if (entries.length < GROUPED_FROM) return entries;
  return sections.map((section) =>
    section.title === null
      ? section.entries[0]!
      : {
          type: 'group' as const,
          key: `group:${section.title}`,
          label: section.title,
          children: section.entries,
        },
  );
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

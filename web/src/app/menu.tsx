import {
  AuditOutlined,
  CalendarOutlined,
  HomeOutlined,
  KeyOutlined,
  TeamOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../api/session.ts';
import { canManage, canReadAudit } from '../api/session.ts';
import { votingMenu } from '../pages/meetings/routes.tsx';
import { pledgingMenu } from '../pages/pledges/routes.tsx';
import { S } from './strings.ts';

export type MenuEntry = { key: string; label: string; icon: ReactNode };

/** The menu a role sees: only pages whose data the role may read. */
export function menuFor(me: Me): MenuEntry[] {
  const entries: (MenuEntry | false)[] = [
    { key: '/', label: S.menu.home, icon: <HomeOutlined /> },
    {
      key: me.villageId ? `/villages/${me.villageId}` : '/villages',
      label: S.menu.villages,
      icon: <TeamOutlined />,
    },
    canManage(me) && { key: '/roster', label: S.menu.roster, icon: <UploadOutlined /> },
    { key: '/campaigns', label: S.menu.campaigns, icon: <CalendarOutlined /> },
    me.role !== 'county_viewer' && {
      key: '/participants',
      label: S.menu.participants,
      icon: <UserOutlined />,
    },
    pledgingMenu(me),
    votingMenu(me),
    canReadAudit(me) && { key: '/audit', label: S.menu.audit, icon: <AuditOutlined /> },
    { key: '/password', label: S.menu.password, icon: <KeyOutlined /> },
  ];
  return entries.filter((e): e is MenuEntry => e !== false);
}

/** The menu key to highlight for a path: the longest entry that prefixes it. */
export function selectedKey(entries: MenuEntry[], pathname: string): string {
  const matches = entries
    .map((e) => e.key)
    .filter((key) => (key === '/' ? pathname === '/' : pathname === key || pathname.startsWith(`${key}/`)));
  if (pathname.startsWith('/campaigns/') && pathname.endsWith('/participants')) {
    const p = matches.find((k) => k === '/participants');
    if (p) return p;
  }
  return matches.sort((a, b) => b.length - a.length)[0] ?? '/';
}

import { CarryOutOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { Me } from '../../api/session.ts';
import type { MenuEntry } from '../../app/menu.tsx';
import { NAV as S } from './nav.ts';

/** The voting pages, registered under the app layout by one line in app/router.tsx. */
export const votingRoutes: RouteObject[] = [
  { path: 'meetings', lazy: async () => ({ Component: (await import('./MeetingsPage.tsx')).MeetingsPage }) },
  {
    path: 'meetings/:meetingId',
    lazy: async () => ({ Component: (await import('./MeetingDetailPage.tsx')).MeetingDetailPage }),
  },
  {
    path: 'meetings/polls/:pollId',
    lazy: async () => ({ Component: (await import('../polls/PollPage.tsx')).PollPage }),
  },
  {
    path: 'meetings/polls/:pollId/slips',
    lazy: async () => ({ Component: (await import('../polls/CodeSlipsPage.tsx')).CodeSlipsPage }),
  },
  {
    path: 'meetings/polls/:pollId/paper',
    lazy: async () => ({ Component: (await import('../polls/PaperBallotsPage.tsx')).PaperBallotsPage }),
  },
];

/** The menu entry, for every role that reads meetings (all staff, per the voting.read permission). */
export const votingMenu = (_me: Me): MenuEntry => ({
  key: '/meetings',
  label: S.menu,
  icon: <CarryOutOutlined />,
});

import { MailOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../app/menu.tsx';
import { RequirePermission } from '../../app/RequireAuth.tsx';
import { NAV as S } from './nav.ts';

/** The office's mailbox pages (the villagers' are the light page web/letters/), under /mailbox. */
export const lettersRoutes: RouteObject[] = [
  {
    path: 'mailbox',
    element: <RequirePermission permission="letter.read" />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./LettersPage.tsx')).LettersPage }) },
      { path: ':letterId', lazy: async () => ({ Component: (await import('./LetterPage.tsx')).LetterPage }) },
    ],
  },
];

export const lettersMenu: MenuEntry = { key: '/mailbox', label: S.menu, icon: <MailOutlined /> };

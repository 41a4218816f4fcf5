import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Permission } from '../../../server/domain/permissions.ts';
import type { Role } from '../../../server/domain/roles.ts';
import { ApiError, api, setCsrfToken } from './client.ts';
import { keys } from './query-keys.ts';

export type { Permission };

export type Me = {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  countyId: string;
  townshipId: string | null;
  villageId: string | null;
  orgName: string;
  contactVillageIds: string[];
  /** The township's time zone: times are printed in it, never in the browser's (web/src/shared/local-time.ts). */
  timeZone: string;
  csrfToken: string;
  /** The person a cadre account speaks for. */
  personId: string | null;
  /** Whose 履职档案 the home page links to as the caller's own (the server's rule). */
  ownHistoryPersonId: string | null;
  /** What the role may do (server/domain/permissions.ts): pages and menus are shown from this. */
  permissions: Permission[];
  /** On a first password (new account, or reset): only the password change is open. */
  mustChangePassword: boolean;
};

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: keys.auth.me, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

/** The signed-in user inside the auth guard, where there always is one. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside the auth guard');
  return data;
}

/**
 * Whether the signed-in user's role holds a permission, as the server sent it. Pages and menus decide
 * from this, never from the role's name; a decision about one object comes from its `allowedActions`.
 */
export const hasPermission = (me: Me, permission: Permission): boolean => me.permissions.includes(permission);

/**
 * @deprecated Compatibility for pages not yet switched: use `hasPermission(me, 'org.write')` (or
 * 'campaign.write'). Removed once no page imports it.
 */
export const canManage = (me: Me) => hasPermission(me, 'org.write');

export function useLogout() {
  const client = useQueryClient();
  return async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setCsrfToken('');
      client.clear();
      client.setQueryData(keys.auth.me, null);
    }
  };
}

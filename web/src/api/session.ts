import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../server/domain/roles.ts';
import { ApiError, api, setCsrfToken } from './client.ts';

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
  csrfToken: string;
  /** The person a cadre account speaks for. */
  personId: string | null;
};

export const ME_KEY = ['auth', 'me'] as const;

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
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

/** The signed-in user inside the auth guard, where there always is one. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside the auth guard');
  return data;
}

export const canManage = (me: Me) => me.role === 'township_office';
export const canReadAudit = (me: Me) => me.role === 'township_office' || me.role === 'county_viewer';
export const isVillageRole = (me: Me) => me.villageId !== null;

export function useLogout() {
  const client = useQueryClient();
  return async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setCsrfToken('');
      client.clear();
      client.setQueryData(ME_KEY, null);
    }
  };
}

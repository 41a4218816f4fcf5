import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../../server/domain/roles.ts';
import type { AccountItem } from '../../../../server/modules/accounts/accounts.schema.ts';
import { api, queryString } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';

export type { AccountItem };
export type Slip = { account: AccountItem; firstPassword: string };
export type AccountFilter = { role?: Role; status?: 'active' | 'pending' | 'disabled'; q?: string };
export type RosterPerson = {
  personId: string;
  name: string;
  villageId: string;
  villageName: string;
  posts: string[];
  accounts: { id: string; role: Role; disabled: boolean }[];
};
/** A role the caller may give; whether its account is bound to a person or asks for a township (the server's rule). */
export type ManagedRole = { role: Role; label: string; personBound: boolean; townshipBound: boolean };
export type AccountValues = {
  role: Role;
  personId?: string;
  townshipId?: string;
  username?: string;
  displayName?: string;
};

export const useAccounts = (filter: AccountFilter) =>
  useQuery({
    queryKey: keys.accounts.list(filter),
    queryFn: () => api.get<AccountItem[]>(`/api/accounts${queryString(filter)}`),
  });

export const useRosterPeople = (enabled: boolean) =>
  useQuery({
    queryKey: keys.accounts.people,
    queryFn: () => api.get<RosterPerson[]>('/api/accounts/people'),
    enabled,
  });

export const useManagedRoles = () =>
  useQuery({
    queryKey: keys.accounts.roles,
    queryFn: () => api.get<{ roles: ManagedRole[] }>('/api/accounts/roles'),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Drops empty form fields: the server makes a username and a display name for what is left out. */
const clean = (v: AccountValues) =>
  Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== '')) as AccountValues;

export const createAccount = (v: AccountValues) => api.post<Slip>('/api/accounts', clean(v));
export const createAccounts = (accounts: AccountValues[]) =>
  api.post<{ slips: Slip[] }>('/api/accounts/bulk', { accounts: accounts.map(clean) });
export const resetAccount = (id: string) => api.post<Slip>(`/api/accounts/${encodeURIComponent(id)}/reset`);
export const setDisabled = (id: string, disabled: boolean) =>
  api.post<AccountItem>(`/api/accounts/${encodeURIComponent(id)}/${disabled ? 'deactivate' : 'reactivate'}`);

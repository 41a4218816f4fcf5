import { useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { Person, Position, Township, VillageDetail, VillageRow } from '../../api/types.ts';

const enc = encodeURIComponent;

export function useTownships(enabled = true) {
  return useQuery({
    queryKey: keys.org.townships,
    queryFn: () => api.get<Township[]>('/api/townships'),
    enabled,
  });
}

export function useVillages(townshipId?: string) {
  return useQuery({
    queryKey: keys.org.villageList(townshipId),
    queryFn: () => api.get<VillageRow[]>(`/api/villages${queryString({ townshipId })}`),
  });
}

export function useVillage(id: string) {
  return useQuery({
    queryKey: keys.org.village(id),
    queryFn: () => api.get<VillageDetail>(`/api/villages/${enc(id)}`),
  });
}

export type VillageValues = Pick<
  VillageRow,
  'name' | 'code' | 'adultPopulation' | 'households' | 'representatives' | 'partyMembers'
>;
export const createVillage = (body: VillageValues) => api.post<VillageRow>('/api/villages', body);
export const updateVillage = (id: string, body: Partial<VillageValues>) =>
  api.patch<VillageRow>(`/api/villages/${enc(id)}`, body);

export type PersonValues = Pick<Person, 'name' | 'gender' | 'birthYear' | 'phone' | 'partyMember'> & {
  /** The full number as typed; '' clears it, leaving it out keeps it. */
  idCard?: string;
};
export const createPerson = (villageId: string, body: PersonValues) =>
  api.post<Person>('/api/persons', { villageId, ...body });
export const updatePerson = (id: string, body: Partial<PersonValues>) =>
  api.patch<Person>(`/api/persons/${enc(id)}`, body);

export const appoint = (body: { personId: string; post: Position['post']; startDate: string }) =>
  api.post<Position>('/api/positions', body);
export const endPosition = (id: string, endDate: string) =>
  api.post<Position>(`/api/positions/${enc(id)}/end`, { endDate });

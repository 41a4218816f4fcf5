import { useQuery } from '@tanstack/react-query';
import type { LetterStatus } from '../../../../server/domain/letters.ts';
import type {
  HandlerCandidates,
  LetterBoxes,
  LetterItem,
  LetterList,
  StaffLetter,
} from '../../../../server/modules/letters/letters.schema.ts';
import { api, queryString } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';

export type { LetterItem, StaffLetter };
export type LetterFilter = { status?: LetterStatus; villageId?: string; overdue?: 'true' };

export const useLetters = (filter: LetterFilter) =>
  useQuery({
    queryKey: keys.letters.list(filter),
    queryFn: () => api.get<LetterList>(`/api/letters${queryString(filter)}`),
  });

export const useLetter = (id: string) =>
  useQuery({ queryKey: keys.letters.detail(id), queryFn: () => api.get<LetterItem>(`/api/letters/${id}`) });

/** Who a letter can go to, and the due date its campaign's answer period gives today. */
export const useHandlers = (letterId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.letters.handlers, letterId],
    queryFn: () => api.get<HandlerCandidates>(`/api/letters/handlers${queryString({ letterId })}`),
    enabled,
  });

/** The township's villages and their cadres, as the public write page offers them. */
export const useBoxes = (townshipId: string | null) =>
  useQuery({
    queryKey: keys.letters.boxes(townshipId ?? ''),
    queryFn: () => api.get<LetterBoxes>(`/api/public/letter-boxes${queryString({ township: townshipId })}`),
    enabled: townshipId !== null,
  });

export type AssignValues = { handlerUserId?: string; handlerUnit: string; dueOn?: string };
export type PaperValues = {
  receivedOn: string;
  box: 'township' | 'village';
  villageId?: string;
  subject: 'village' | 'cadre';
  personId?: string;
  anonymous: boolean;
  name?: string;
  phone?: string;
  content: string;
};

export const assignLetter = (id: string, v: AssignValues) =>
  api.post<LetterItem>(`/api/letters/${id}/assign`, v);
export const answerLetter = (id: string, answer: string) =>
  api.post<LetterItem>(`/api/letters/${id}/answer`, { answer });
export const closeLetter = (id: string) => api.post<LetterItem>(`/api/letters/${id}/close`);
export const enterPaperLetter = (v: PaperValues) =>
  api.post<{ code: string; receivedOn: string }>('/api/letters/paper', v);

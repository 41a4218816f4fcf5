/** The mailbox pages' calls: one JSON call each (web/vote/public-call.ts). */
import { PublicApiError, publicCall } from '../vote/public-call.ts';
import { S } from './strings.ts';

export { PublicApiError };

const call = <T>(method: 'GET' | 'POST', path: string, body?: unknown) =>
  publicCall<T>(S, method, path, body);

export type Boxes = {
  townshipId: string;
  townshipName: string;
  villages: { id: string; name: string; cadres: { personId: string; name: string; post: string }[] }[];
  publication: { id: string; title: string; villageId: string | null; objectionEndDate: string } | null;
  preselectedVillageId: string | null;
};

export type LetterInput = {
  box: 'township' | 'village';
  townshipId?: string;
  villageId?: string;
  subject: 'village' | 'cadre' | 'publication';
  personId?: string;
  publicationId?: string;
  anonymous: boolean;
  name?: string;
  phone?: string;
  content: string;
};

export type Followed = {
  status: 'received' | 'assigned' | 'answered' | 'closed';
  boxLabel: string;
  about: string;
  content: string;
  receivedOn: string;
  dueOn: string | null;
  answer: string | null;
  answeredOn: string | null;
  reply: string | null;
  repliedOn: string | null;
  closedOn: string | null;
  mayReply: boolean;
  events: { kind: string; on: string; dueOn: string | null }[];
};

export const loadBoxes = (query: URLSearchParams) => call<Boxes>('GET', `/api/public/letter-boxes?${query}`);
export const sendLetter = (input: LetterInput) =>
  call<{ code: string; receivedOn: string }>('POST', '/api/public/letters', input);
export const followLetter = (code: string) => call<Followed>('POST', '/api/public/letters/follow', { code });
export const replyLetter = (code: string, reply: string) =>
  call<Followed>('POST', '/api/public/letters/reply', { code, reply });

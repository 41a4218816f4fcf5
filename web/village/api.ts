/** The public village page's two calls: the page's pledges, and a villager's opinion. Errors in Chinese. */
import type { PublicVillage } from '../src/pages/pledges/types.ts';
import { publicCall } from '../vote/public-call.ts';
import { S } from './strings.ts';

export type { PublicPledge, PublicSet, PublicVillage } from '../src/pages/pledges/types.ts';

/** Every failure of a page call (status 0: the network). */
export { PublicApiError as PageError } from '../vote/public-call.ts';

const call = <R>(method: 'GET' | 'POST', path: string, body?: unknown) =>
  publicCall<R>(S, method, path, body);

const enc = encodeURIComponent;

export const loadVillage = (villageId: string) =>
  call<PublicVillage>('GET', `/api/public/villages/${enc(villageId)}/pledges`);

export type OpinionBody = { content: string; pledgeId?: string; pledgeSetId?: string; name?: string };

export const sendOpinion = (villageId: string, body: OpinionBody) =>
  call<{ id: string }>('POST', `/api/public/villages/${enc(villageId)}/opinions`, body);

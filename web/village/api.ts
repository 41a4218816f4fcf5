/** The public village page's calls: its board (one call), and a villager's opinion. Errors in Chinese. */
import { publicCall } from '../vote/public-call.ts';
import type { Poster, TownshipBoard, VillageBoard } from './board-types.ts';
import { S } from './strings.ts';

export type { PublicPledge, PublicSet } from '../src/pages/pledges/types.ts';

/** Every failure of a page call (status 0: the network). */
export { PublicApiError as PageError } from '../vote/public-call.ts';

const call = <R>(method: 'GET' | 'POST', path: string, body?: unknown) =>
  publicCall<R>(S, method, path, body);

const enc = encodeURIComponent;

export const loadVillageBoard = (villageId: string) =>
  call<VillageBoard>('GET', `/api/public/villages/${enc(villageId)}/board`);

export const loadTownshipBoard = (townshipId: string) =>
  call<TownshipBoard>('GET', `/api/public/townships/${enc(townshipId)}/board`);

export const loadPoster = (villageId: string) =>
  call<Poster>('GET', `/api/public/villages/${enc(villageId)}/poster`);

export type OpinionBody = { content: string; pledgeId?: string; pledgeSetId?: string; name?: string };

export const sendOpinion = (villageId: string, body: OpinionBody) =>
  call<{ id: string }>('POST', `/api/public/villages/${enc(villageId)}/opinions`, body);

/** The public village page's two calls: the page's pledges, and a villager's opinion. Errors in Chinese. */
import type { PublicVillage } from '../src/pages/pledges/types.ts';
import { S } from './strings.ts';

export type { PublicPledge, PublicSet, PublicVillage } from '../src/pages/pledges/types.ts';

export class PageError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new PageError(0, S.networkError);
  }
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    // A proxy's HTML error page: a generic message below.
  }
  if (!response.ok) {
    const error = (data as { error?: { message?: string; field?: string } } | null)?.error;
    const message = error?.message ?? (response.status >= 500 ? S.serverError : S.unknownError);
    throw new PageError(response.status, message, error?.field);
  }
  return data as T;
}

const enc = encodeURIComponent;

export const loadVillage = (villageId: string) =>
  call<PublicVillage>('GET', `/api/public/villages/${enc(villageId)}/pledges`);

export type OpinionBody = { content: string; pledgeId?: string; pledgeSetId?: string; name?: string };

export const sendOpinion = (villageId: string, body: OpinionBody) =>
  call<{ id: string }>('POST', `/api/public/villages/${enc(villageId)}/opinions`, body);

import type { FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.ts';
import type { Tx } from '../db/client.ts';
import { actorOf } from './auth.ts';

/**
 * The one place a request opens its transaction: a use case (a route's whole write, every step of
 * it) runs in one transaction, so a refusal anywhere leaves nothing behind. Services take the
 * transaction they run in and never open their own.
 */
export function useCase<T>(req: FastifyRequest, run: (tx: Tx, actor: Actor) => Promise<T>): Promise<T> {
  const actor = actorOf(req);
  return req.server.database.transaction((tx) => run(tx, actor));
}

/** The same for a public route (no signed-in caller: villagers, the public board). */
export function publicUseCase<T>(req: FastifyRequest, run: (tx: Tx) => Promise<T>): Promise<T> {
  return req.server.database.transaction(run);
}

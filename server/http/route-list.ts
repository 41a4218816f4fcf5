import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { RouteEntry } from './auth.ts';

/**
 * Every /api route the app registers, read from the auth hook's route table (so a route added later
 * is covered by every test that walks them), without HEAD, in a stable order. For tests.
 */
export function apiRoutes(app: FastifyInstance): RouteEntry[] {
  return app.routeTable
    .filter((r) => r.method !== 'HEAD')
    .sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));
}

/** The route's path with its parameters (:id) and wildcard filled, by default with random UUIDs. */
export function fillPath(url: string, fill: (name: string) => string = () => randomUUID()): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => fill(name)).replace(/\*/g, () => fill('*'));
}

/** The names of a route's path parameters (a wildcard is named `*`). */
export function pathParams(url: string): string[] {
  const names = [...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);
  return url.includes('*') ? [...names, '*'] : names;
}

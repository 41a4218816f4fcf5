import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.ts';
import { AppError, forbidden, unauthorized } from '../core/errors.ts';
import { isAllowed, type Permission } from '../domain/permissions.ts';
import { passwordChangeRequired, ROUTES_BEFORE_PASSWORD_CHANGE } from '../modules/auth/password-gate.ts';
import { loadSession } from '../modules/auth/session.service.ts';

export const SESSION_COOKIE = 'vp_session';
export const CSRF_COOKIE = 'vp_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export type RoutePermission = Permission | 'public';
/** One /api route and the permission it declares (read by the route × role test). */
export type RouteEntry = { method: string; url: string; permission: RoutePermission };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api route names one: 'public' or a permission of domain/permissions.ts. */
    permission?: RoutePermission;
  }
  interface FastifyInstance {
    /** Every /api route registered so far, with its declared permission. */
    routeTable: RouteEntry[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The session is on a first password (modules/auth/password-gate.ts). */
    mustChangePassword: boolean;
    /** The session's CSRF token, handed to the web app by /api/auth/me. */
    csrfToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Browsers say where a request came from; refuse unsafe requests from another site. */
function isCrossSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    try {
      return new URL(origin).host !== req.headers.host;
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * The one place that authenticates and authorizes: every route declares `config.permission`,
 * this hook loads the session and refuses what the role may not do. Writes need the CSRF token.
 */
export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('mustChangePassword', false);
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const permission = route.config?.permission;
    if (!permission) throw new Error(`route ${route.method} ${route.url} declares no permission`);
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url, permission });
    route.schema = { ...route.schema, security: permission === 'public' ? [] : [{ session: [] }] };
  });

  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    const permission = req.routeOptions.config?.permission;
    if (!permission) return;
    const unsafe = !SAFE_METHODS.has(req.method);
    if (unsafe && isCrossSite(req)) throw new AppError('forbidden', 'CROSS_SITE', '拒绝来自其他网站的请求');
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await loadSession(app.database.db, token) : null;
    req.actor = session?.actor ?? null;
    req.csrfToken = session?.csrfToken ?? null;
    req.mustChangePassword = session?.mustChangePassword ?? false;
    if (permission === 'public') return;
    if (!session) throw unauthorized(token ? '登录已过期，请重新登录' : '请先登录');
    if (unsafe && req.headers[CSRF_HEADER] !== session.csrfToken) {
      throw new AppError('forbidden', 'CSRF', '页面已过期，请刷新后重试');
    }
    if (session.mustChangePassword && !ROUTES_BEFORE_PASSWORD_CHANGE.has(req.routeOptions.url ?? '')) {
      throw passwordChangeRequired();
    }
    if (!isAllowed(session.actor.role, permission)) throw forbidden();
  });
}

/** The signed-in caller of a route that is not public (the hook guarantees one). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthorized();
  return req.actor;
}

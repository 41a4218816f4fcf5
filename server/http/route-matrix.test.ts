import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { isAllowed, type Permission } from '../domain/permissions.ts';
import { ROLES, type Role } from '../domain/roles.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../modules/demo/demo-data.ts';
import { createTestContext } from '../test/harness.ts';
import { CSRF_HEADER, type RouteEntry } from './auth.ts';
import { apiRoutes, fillPath } from './route-list.ts';

/**
 * The route × role matrix: every /api route the app registers (read from the auth hook's route table,
 * so routes added later are covered without touching this file) is called by every role's demo
 * account and anonymously, with random UUIDs for path parameters and an empty JSON body.
 * Calls go over real HTTP so a streaming (SSE) route answers with its headers and does not hang.
 */

const t = await createTestContext();
await t.app.listen({ port: 0, host: '127.0.0.1' });
const port = (t.app.server.address() as AddressInfo).port;
const agent = new Agent({ keepAlive: true });
afterAll(async () => {
  agent.destroy();
  await t.close();
});

type Answer = { status: number; code: string | undefined };
type Session = { cookie: string; csrf: string };

function call(method: string, path: string, session: Session | null): Promise<Answer> {
  const hasBody = !['GET', 'HEAD', 'OPTIONS'].includes(method);
  const headers: Record<string, string> = session
    ? { cookie: session.cookie, [CSRF_HEADER]: session.csrf }
    : {};
  // Node sends a DELETE body without Content-Length unless told, and the server reads it as a next request.
  if (hasBody) Object.assign(headers, { 'content-type': 'application/json', 'content-length': '2' });
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const status = res.statusCode ?? 0;
      if (String(res.headers['content-type']).startsWith('text/event-stream')) {
        res.destroy();
        resolve({ status, code: undefined });
        return;
      }
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status, code: errorCode(text) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(hasBody ? '{}' : undefined);
  });
}

function errorCode(text: string): string | undefined {
  try {
    return (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

async function signIn(username: string): Promise<Session> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookies = res.cookies as { name: string; value: string }[];
  return {
    cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
    csrf: cookies.find((c) => c.name === 'vp_csrf')?.value ?? '',
  };
}

/** The first demo account of each role (county, office, leader, cadre, clerk, juror, inspector, supervisor). */
const usernameOf = (role: Role) => DEMO_ACCOUNTS.find((a) => a.role === role)?.username;
const sessions = new Map<Role, Session>();

/** Calls as a role; a route may have ended that role's session (e.g. a sign-out), so a 401 signs in again once. */
async function callAs(role: Role, method: string, path: string): Promise<Answer> {
  const username = usernameOf(role)!;
  if (!sessions.has(role)) sessions.set(role, await signIn(username));
  const answer = await call(method, path, sessions.get(role)!);
  if (answer.status !== 401) return answer;
  sessions.set(role, await signIn(username));
  return call(method, path, sessions.get(role)!);
}

/** Path parameters (:id) and wildcards become random UUIDs (fillPath's default). */
const routes: RouteEntry[] = apiRoutes(t.app);
type GuardedRoute = RouteEntry & { permission: Permission };
const guarded = routes.filter((r): r is GuardedRoute => r.permission !== 'public');

describe('route table', () => {
  it('is read from the app and includes the foundation routes', () => {
    const names = routes.map((r) => `${r.method} ${r.url}`);
    expect(names).toContain('GET /api/auth/me');
    expect(names).toContain('POST /api/auth/login');
    expect(guarded.length).toBeGreaterThan(0);
  });

  it('has a demo account for every role', () => {
    for (const role of ROLES) expect(usernameOf(role), role).toBeDefined();
  });
});

for (const route of guarded) {
  describe(`${route.method} ${route.url} (${route.permission})`, () => {
    it('refuses anonymous callers with 401', async () => {
      const answer = await call(route.method, fillPath(route.url), null);
      expect(answer.status).toBe(401);
      expect(answer.code).toBe('UNAUTHENTICATED');
    });

    it('refuses exactly the roles its permission excludes, and never fails with 5xx', async () => {
      const wrong: string[] = [];
      for (const role of ROLES) {
        const { status, code } = await callAs(role, route.method, fillPath(route.url));
        const allowed = isAllowed(role, route.permission);
        if (!allowed && (status !== 403 || code !== 'FORBIDDEN'))
          wrong.push(`${role}: ${status} ${code}, 应为 403`);
        if (allowed && (status === 401 || status === 403)) wrong.push(`${role}: ${status} ${code}, 应被允许`);
        if (status >= 500) wrong.push(`${role}: ${status} ${code}, 服务器错误`);
      }
      expect(wrong).toEqual([]);
    });
  });
}

describe('OpenAPI', () => {
  it('describes every route, with security: [] exactly on the public ones', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const wrong: string[] = [];
    for (const route of routes) {
      const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const op = doc.paths[path]?.[route.method.toLowerCase()];
      const name = `${route.method} ${route.url}`;
      if (!op) wrong.push(`${name}: missing`);
      else if (route.permission === 'public' && !(Array.isArray(op.security) && op.security.length === 0))
        wrong.push(`${name}: public but security is ${JSON.stringify(op.security)}`);
      else if (route.permission !== 'public' && !(Array.isArray(op.security) && op.security.length > 0))
        wrong.push(`${name}: needs a login but security is ${JSON.stringify(op.security)}`);
    }
    expect(wrong).toEqual([]);
  });
});

import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Database } from '../db/client.ts';
import { type App, buildApp } from '../http/app.ts';
import { CSRF_HEADER } from '../http/auth.ts';
import type { DemoIds } from '../modules/demo/demo.service.ts';
import { DEMO_PASSWORD } from '../modules/demo/demo-data.ts';
import { openDemoDatabase } from './test-database.ts';

process.env.VP_FAST_HASH = '1';

/** A signed-in client: inject() with the session cookie and CSRF header of one demo account. */
export type Client = {
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
};

export type TestContext = {
  app: App;
  database: Database;
  demo: DemoIds;
  /** A client signed in as a demo account (see demo-data.ts), or anonymous for null. */
  as(username: string | null): Promise<Client>;
  close(): Promise<void>;
};

export async function createTestContext(): Promise<TestContext> {
  const { database, demo } = await openDemoDatabase();
  const app = await buildApp({ database, rateLimitPerMinute: 100_000 });
  await app.ready();
  const sessions = new Map<string, { cookie: string; csrf: string }>();

  async function signIn(username: string) {
    const cached = sessions.get(username);
    if (cached) return cached;
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookies = res.cookies as { name: string; value: string }[];
    const session = {
      cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
      csrf: cookies.find((c) => c.name === 'vp_csrf')?.value ?? '',
    };
    sessions.set(username, session);
    return session;
  }

  async function as(username: string | null): Promise<Client> {
    const session = username ? await signIn(username) : null;
    const request = (opts: InjectOptions) =>
      app.inject({
        ...opts,
        headers: {
          ...(session ? { cookie: session.cookie, [CSRF_HEADER]: session.csrf } : {}),
          ...opts.headers,
        },
      });
    const withBody = (method: 'POST' | 'PUT' | 'PATCH') => (url: string, payload?: unknown) =>
      request({
        method,
        url,
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    return {
      request,
      get: (url) => request({ method: 'GET', url }),
      post: withBody('POST'),
      put: withBody('PUT'),
      patch: withBody('PATCH'),
      delete: (url) => request({ method: 'DELETE', url }),
    };
  }

  return {
    app,
    database,
    demo,
    as,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

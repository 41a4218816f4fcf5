import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../test/test-database.ts';
import { type App, buildApp } from './app.ts';
import { SharedRateCounts } from './rate-limit-store.ts';

const LIMIT = 8;
const webDir = mkdtempSync(join(tmpdir(), 'vp-web-'));
let database: Database;
const apps: App[] = [];

/** An app as one server process would build it, with a low limit; each test uses its own address. */
async function serverProcess(trustProxy: string | false = false) {
  const app = await buildApp({ database, rateLimitPerMinute: LIMIT, webDir, trustProxy });
  await app.ready();
  apps.push(app);
  return app;
}

const get = (app: App, url: string, ip: string) => app.inject({ method: 'GET', url, remoteAddress: ip });

beforeAll(async () => {
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>村官承诺考评系统</title>');
  writeFileSync(join(webDir, 'assets', 'app-1234.js'), 'console.log(1)');
  database = await openTestDatabase();
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe(`the rate limit (${process.env.DATABASE_URL ? 'shared through PostgreSQL' : 'in memory on PGlite'})`, () => {
  it('counts unknown addresses like every route: hammering them gets 429', async () => {
    const app = await serverProcess();
    const codes: number[] = [];
    for (let i = 0; i < LIMIT + 3; i++) codes.push((await get(app, `/api/nope/${i}`, '10.0.0.1')).statusCode);
    expect(codes.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(404));
    expect(codes.slice(LIMIT)).toEqual([429, 429, 429]);
    const refused = await get(app, '/api/nope', '10.0.0.1');
    expect(refused.json().error).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(refused.json().error.message).toMatch(/请求过于频繁/);
    // Counted per address: another client is not refused.
    expect((await get(app, '/api/nope', '10.0.0.2')).statusCode).toBe(404);
  });

  it('does not count the web app’s files and pages, and still counts the API after them', async () => {
    const app = await serverProcess();
    for (let i = 0; i < LIMIT * 2; i++) {
      expect((await get(app, '/assets/app-1234.js', '10.0.1.1')).statusCode).toBe(200);
      expect((await get(app, '/pledges/overview', '10.0.1.1')).statusCode).toBe(200);
    }
    const api: number[] = [];
    for (let i = 0; i <= LIMIT; i++) api.push((await get(app, '/api/nope', '10.0.1.1')).statusCode);
    expect(api.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(404));
    expect(api[LIMIT]).toBe(429);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'shares one count between server processes on one database (PostgreSQL only: PGlite is one process)',
    async () => {
      const a = await serverProcess();
      const b = await serverProcess();
      const half = LIMIT / 2;
      for (let i = 0; i < half; i++) expect((await get(a, '/api/nope', '10.0.2.1')).statusCode).toBe(404);
      for (let i = 0; i < half; i++) expect((await get(b, '/api/nope', '10.0.2.1')).statusCode).toBe(404);
      expect((await get(a, '/api/nope', '10.0.2.1')).statusCode).toBe(429);
      expect((await get(b, '/api/nope', '10.0.2.1')).statusCode).toBe(429);
    },
  );

  it('behind a trusted proxy counts each client named by X-Forwarded-For, and believes no other sender', async () => {
    const app = await serverProcess('127.0.0.1');
    const via = (sender: string, client: string) =>
      app.inject({
        method: 'GET',
        url: '/api/nope',
        remoteAddress: sender,
        headers: { 'x-forwarded-for': client },
      });
    for (let i = 0; i < LIMIT; i++) expect((await via('127.0.0.1', '10.0.4.1')).statusCode).toBe(404);
    expect((await via('127.0.0.1', '10.0.4.1')).statusCode).toBe(429);
    // Another villager through the same proxy has a count of their own.
    expect((await via('127.0.0.1', '10.0.4.2')).statusCode).toBe(404);
    // A sender that is not the proxy cannot borrow a fresh address.
    for (let i = 0; i < LIMIT; i++) await via('10.0.4.3', `10.0.5.${i}`);
    expect((await via('10.0.4.3', '10.0.6.1')).statusCode).toBe(429);
  });

  it('keeps counting in the process when the shared counts cannot be reached (fails open, warns)', async () => {
    const gone = await openTestDatabase();
    await gone.close();
    const warnings: string[] = [];
    const counts = new SharedRateCounts(gone.db, (m) => warnings.push(m));
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) seen.push((await counts.hit('10.0.3.1', 60_000, 4)).current);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot share counts/);
    await counts.close();
  });
});

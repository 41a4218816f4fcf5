import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../test/test-database.ts';
import { type App, buildApp } from './app.ts';
import { isLoopbackHost } from './public-address.ts';

const database: Database = await openTestDatabase();
const apps: App[] = [];
afterAll(async () => {
  for (const a of apps) await a.close();
  await database.close();
});

async function app(publicUrl: string | null, trustProxy: string | false = false): Promise<App> {
  const built = await buildApp({ database, publicUrl, trustProxy });
  apps.push(built);
  return built;
}

const config = async (a: App, host: string, headers: Record<string, string> = {}) =>
  (await a.inject({ url: '/api/public/config', headers: { host, ...headers } })).json();

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['vp.localhost', true],
    ['127.0.0.1', true],
    ['127.8.9.1', true],
    ['[::1]', true],
    ['0.0.0.0', true],
    ['192.168.1.10', false],
    ['10.0.0.2', false],
    ['[fd00::1]', false],
    ['township.test', false],
    ['vote.example.gov.cn', false],
  ])('%s → %s', (host, loopback) => expect(isLoopbackHost(host)).toBe(loopback));
});

describe('GET /api/public/config', () => {
  it('gives the configured address, whatever address the clerk browses', async () => {
    const a = await app('http://192.168.1.10:3000');
    expect(await config(a, '127.0.0.1:3000')).toEqual({
      origin: 'http://192.168.1.10:3000',
      configured: true,
      loopback: false,
      warning: null,
    });
  });

  it('warns when the configured address is this machine only', async () => {
    const body = await config(await app('http://localhost:3000'), 'localhost:3000');
    expect(body).toMatchObject({ origin: 'http://localhost:3000', configured: true, loopback: true });
    expect(body.warning).toContain('村民的手机打不开');
  });

  it('unset: the browser’s address, with a warning saying so (stronger on loopback)', async () => {
    const a = await app(null);
    const lan = await config(a, '192.168.1.10:3000');
    expect(lan).toMatchObject({ origin: 'http://192.168.1.10:3000', configured: false, loopback: false });
    expect(lan.warning).toContain('没有设置对外地址');
    const local = await config(a, '127.0.0.1:3000');
    expect(local).toMatchObject({ origin: 'http://127.0.0.1:3000', configured: false, loopback: true });
    expect(local.warning).toContain('只能在服务器本机打开');
  });

  it('unset behind a trusted proxy: the address the proxy was reached at', async () => {
    const a = await app(null, '127.0.0.1');
    const body = await config(a, '127.0.0.1:3000', {
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'vote.example.gov.cn',
    });
    expect(body).toMatchObject({ origin: 'https://vote.example.gov.cn', loopback: false });
  });
});

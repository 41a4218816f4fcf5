import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../test/test-database.ts';
import { type App, buildApp } from './app.ts';

/** A built web app stand-in: an HTML page and a hashed asset big enough to be compressed. */
const webDir = mkdtempSync(join(tmpdir(), 'vp-web-'));
const ASSET = `console.log(${JSON.stringify('村官承诺考评系统 '.repeat(400))});`;
let database: Database;
const apps: App[] = [];

async function app(trustProxy: string | false = false): Promise<App> {
  const built = await buildApp({ database, webDir, trustProxy });
  // A stream like a later SSE route would send: it must reach the client uncompressed.
  built.get('/api/test-stream', { config: { permission: 'public' } }, (_req, reply) =>
    reply.type('text/event-stream').send('data: x\n\n'.repeat(500)),
  );
  await built.ready();
  apps.push(built);
  return built;
}

beforeAll(async () => {
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>村官承诺考评系统</title>');
  writeFileSync(join(webDir, 'assets', 'app-1a2b3c4d.js'), ASSET);
  writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  database = await openTestDatabase();
});
afterAll(async () => {
  for (const a of apps) await a.close();
  await database.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('plain HTTP on a LAN', () => {
  it('sends neither HSTS nor upgrade-insecure-requests over plain HTTP', async () => {
    const a = await app();
    for (const url of ['/', '/vote', '/api/health', '/assets/app-1a2b3c4d.js']) {
      const res = await a.inject({ method: 'GET', url, remoteAddress: '192.168.1.23' });
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
      expect(String(res.headers['content-security-policy']), url).toContain("default-src 'self'");
      expect(String(res.headers['content-security-policy']), url).not.toContain('upgrade-insecure-requests');
    }
  });

  it('believes no X-Forwarded-Proto from a client when no proxy is trusted', async () => {
    const a = await app();
    const res = await a.inject({
      url: '/',
      headers: { 'x-forwarded-proto': 'https' },
      remoteAddress: '10.0.0.5',
    });
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(String(res.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
  });

  it('sends both behind a trusted proxy that says https, and not from an untrusted sender', async () => {
    const a = await app('127.0.0.1');
    const https = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '192.168.1.23' };
    const viaProxy = await a.inject({ url: '/api/health', headers: https, remoteAddress: '127.0.0.1' });
    expect(viaProxy.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(String(viaProxy.headers['content-security-policy'])).toMatch(/;upgrade-insecure-requests$/);
    const other = await a.inject({ url: '/api/health', headers: https, remoteAddress: '192.168.1.99' });
    expect(other.headers['strict-transport-security']).toBeUndefined();
    const plain = await a.inject({ url: '/api/health', remoteAddress: '127.0.0.1' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('compression', () => {
  it('compresses a hashed asset with brotli or gzip as the browser asks', async () => {
    const a = await app();
    const br = await a.inject({ url: '/assets/app-1a2b3c4d.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(ASSET) / 4);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(ASSET);
    const gzip = await a.inject({ url: '/assets/app-1a2b3c4d.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(ASSET);
    const none = await a.inject({ url: '/assets/app-1a2b3c4d.js' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.payload).toBe(ASSET);
  });

  it('compresses API answers from 1 KB, not smaller ones', async () => {
    const a = await app();
    const big = await a.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(big.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(big.rawPayload).toString()).openapi).toMatch(/^3/);
    const small = await a.inject({ url: '/api/health', headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toMatchObject({ status: 'ok' });
  });

  it('never compresses an event stream', async () => {
    const a = await app();
    const res = await a.inject({ url: '/api/test-stream', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.payload.startsWith('data: x')).toBe(true);
  });
});

describe('caching', () => {
  it('caches hashed assets for a year, immutable', async () => {
    const res = await (await app()).inject({ url: '/assets/app-1a2b3c4d.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates every HTML page', async () => {
    const a = await app();
    for (const url of ['/', '/index.html', '/campaigns/x']) {
      const res = await a.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('keeps other files for an hour', async () => {
    const res = await (await app()).inject({ url: '/favicon.svg' });
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });
});

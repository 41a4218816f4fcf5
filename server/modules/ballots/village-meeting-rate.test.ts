import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../http/app.ts';
import { createTestContext } from '../../test/harness.ts';
import { choose, openPollWithCodes } from '../polls/voting-fixture.ts';

/**
 * A village meeting votes from one address: 300 phones on the meeting room's Wi-Fi behind one NAT each
 * open the ballot page (its HTML, script and style), look up their code and cast, within 30 s. The
 * server runs with the product's own per-address limit (the test harness raises it), which must not
 * refuse a single one of them: the web app's files are not counted, and the API calls fit the limit.
 */

const PHONES = 300;
const NAT = '203.0.113.7';
const webDir = mkdtempSync(join(tmpdir(), 'vp-web-'));
mkdirSync(join(webDir, 'vote'));
mkdirSync(join(webDir, 'assets'));
writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>村官承诺考评系统</title>');
writeFileSync(join(webDir, 'vote', 'index.html'), '<!doctype html><title>投票</title>');
writeFileSync(join(webDir, 'assets', 'vote-1a2b3c.js'), 'console.log("投票")');
writeFileSync(join(webDir, 'assets', 'vote-1a2b3c.css'), 'body{margin:0}');

const t = await createTestContext();
/** A second server process on the same database, as deployed: default rate limit, built web app served. */
const server: App = await buildApp({ database: t.database, webDir });
await server.ready();
afterAll(async () => {
  await server.close();
  await t.close();
  rmSync(webDir, { recursive: true, force: true });
});

type Step = { method: 'GET' | 'POST'; url: string; payload?: object };

/** What one phone asks for, in order: the page, its files, the code's ballot, the cast. */
const phoneSteps = (code: string, choices: object): Step[] => [
  { method: 'GET', url: '/vote' },
  { method: 'GET', url: '/assets/vote-1a2b3c.js' },
  { method: 'GET', url: '/assets/vote-1a2b3c.css' },
  { method: 'POST', url: '/api/public/ballots/lookup', payload: { code } },
  { method: 'POST', url: '/api/public/ballots', payload: { code, choices } },
];

describe('a village meeting behind one NAT', () => {
  it(`lets ${PHONES} phones load the ballot page and cast within 30 s without one 429`, async () => {
    const f = await openPollWithCodes(t, { attendance: PHONES, codes: PHONES, kind: 'villager_assembly' });
    expect(f.codes).toHaveLength(PHONES);
    const choices = choose(f);
    const statuses = new Map<string, number[]>();
    const started = performance.now();
    // Phones arrive 30 at a time, each going through its steps in order.
    for (let first = 0; first < PHONES; first += 30) {
      await Promise.all(
        f.codes.slice(first, first + 30).map(async (code) => {
          for (const step of phoneSteps(code, choices)) {
            const res = await server.inject({ ...step, remoteAddress: NAT });
            const key = `${step.method} ${step.url.startsWith('/assets/') ? '/assets/…' : step.url}`;
            statuses.set(key, [...(statuses.get(key) ?? []), res.statusCode]);
          }
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    const refused = [...statuses].flatMap(([key, codes]) => codes.filter((s) => s === 429).map(() => key));
    expect(refused).toEqual([]);
    expect(statuses.get('POST /api/public/ballots')).toEqual(Array(PHONES).fill(201));
    expect(new Set(statuses.get('POST /api/public/ballots/lookup'))).toEqual(new Set([200]));
    expect(new Set(statuses.get('GET /vote'))).toEqual(new Set([200]));
    expect(new Set(statuses.get('GET /assets/…'))).toEqual(new Set([200]));
    expect(seconds).toBeLessThan(30);
  });

  it('still counts the API per address: the same NAT hammering an unknown address is refused in the end', async () => {
    let refusedAt = 0;
    for (let i = 1; i <= 2500 && !refusedAt; i++) {
      const res = await server.inject({ method: 'GET', url: '/api/nope', remoteAddress: NAT });
      if (res.statusCode === 429) refusedAt = i;
    }
    // 1200 a minute in all; 2500 calls exceed it even when a minute turns during the loop.
    expect(refusedAt).toBeGreaterThan(0);
    expect(refusedAt).toBeLessThanOrEqual(2401);
  });
});

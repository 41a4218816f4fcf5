import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { createScratchDatabase } from '../db/scratch-database.ts';
import {
  type ApiClient,
  castBallot,
  openCodeVote,
  type ServerProcess,
  signIn,
  startServer,
} from '../modules/ballots/server-process.ts';
import { DEMO_PASSWORD } from '../modules/demo/demo-data.ts';

/**
 * Two real server processes (`server/main.ts`) on one PostgreSQL database, as behind a load
 * balancer: what one process does, the other sees, and nothing lives in one process only.
 */
const PG = process.env.DATABASE_URL;
const KEY = 'two-processes-test-ballot-key-0123456789';
const dirs = [mkdtempSync(join(tmpdir(), 'vp-two-a-')), mkdtempSync(join(tmpdir(), 'vp-two-b-'))];
let scratch: { url: string; drop: () => Promise<void> } | null = null;
let a: ServerProcess;
let b: ServerProcess;
let database: Database | null = null;
let clerk: ApiClient;

const count = async (query: ReturnType<typeof sql>) =>
  ((await database!.db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

const login = (url: string, username: string, password: string) =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

afterAll(async () => {
  for (const server of [a, b]) server?.child.kill('SIGKILL');
  await database?.close();
  await scratch?.drop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!PG)(
  'two server processes on one PostgreSQL database (skipped without DATABASE_URL: on PGlite there is one process by construction)',
  () => {
    beforeAll(async () => {
      scratch = await createScratchDatabase(PG!, { prefix: 'vp_test', forceDrop: true });
      const env = { DATABASE_URL: scratch.url };
      // Started at once on an empty database: one migrates and loads the demo, the other waits.
      [a, b] = await Promise.all([startServer(dirs[0]!, KEY, env), startServer(dirs[1]!, KEY, env)]);
      database = await openDatabase({ url: scratch.url, poolSize: 2 });
    }, 600_000);

    it('loads the demo once when both start on an empty database', async () => {
      expect(await count(sql`select count(*)::int as n from counties`)).toBe(1);
    });

    it('accepts a session created on one process on the other', async () => {
      clerk = await signIn(a.url, 'clerk');
      const onA = await clerk('GET', '/auth/me');
      const onB = await clerk.at(b.url)('GET', '/auth/me');
      expect(onB).toMatchObject({ username: 'clerk', userId: onA.userId, csrfToken: onA.csrfToken });
    });

    it('runs a code vote across both: codes through one, ballots through both, close through one, results from either', async () => {
      const vote = await openCodeVote(clerk, '两进程表决', 200);
      const trackers: (string | null)[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < vote.codes.length) {
            const i = next++;
            trackers[i] = await castBallot([a, b][i % 2]!.url, vote.codes[i]!, vote.choices);
          }
        }),
      );
      expect(trackers.filter(Boolean)).toHaveLength(200);
      // A code used through one process is used for the other too.
      expect(await castBallot(b.url, vote.codes[0]!, vote.choices)).toBeNull();

      await clerk('POST', `/polls/${vote.pollId}/close`);
      // Process A's close received every ballot, those cast through B too, and recorded how many.
      expect(
        await count(sql`select (after->>'ballots')::int as n from audit_log
          where action = 'ballot.cast' and entity_id = ${vote.pollId}`),
      ).toBe(200);

      const results = await clerk('GET', `/polls/${vote.pollId}/results`);
      expect(await clerk.at(b.url)('GET', `/polls/${vote.pollId}/results`)).toEqual(results);
      const boards = await Promise.all(
        [a, b].map(async (s) => (await fetch(`${s.url}/api/public/polls/${vote.pollId}/board`)).json()),
      );
      expect(boards[1]).toEqual(boards[0]);
      expect([...boards[0].trackers].sort()).toEqual((trackers as string[]).sort());
    }, 120_000);

    it('keeps the audit chains whole (npm run audit:verify)', () => {
      const verify = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT_DIR, 'scripts/audit-verify.ts')],
        {
          cwd: ROOT_DIR,
          env: { ...process.env, DATABASE_URL: scratch!.url },
          encoding: 'utf8',
        },
      );
      expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    }, 60_000);

    it('slows an account and source down after wrong passwords, whichever processes they came through', async () => {
      // Three failures are free (login-throttle.ts FREE_FAILURES), counted in the shared table: the
      // next attempt from the same source waits, through either process, even with the right password.
      for (const url of [a.url, b.url, a.url]) {
        expect((await login(url, 'juror', 'wrong')).status).toBe(401);
      }
      for (const url of [a.url, b.url]) {
        const waiting = await login(url, 'juror', DEMO_PASSWORD);
        expect(waiting.status).toBe(429);
        expect((await waiting.json()).error.message).toMatch(/密码错误次数过多/);
      }
    });

    it('counts requests for the rate limit across both processes', async () => {
      // Windows are whole minutes: start where this one has time left (30 logins per minute per address).
      const left = 60_000 - (Date.now() % 60_000);
      if (left < 20_000) await new Promise((r) => setTimeout(r, left + 100));
      let allowed = 0;
      for (let i = 0; i < 70; i++) {
        const res = await login([a, b][i % 2]!.url, `nobody${i}`, 'wrong');
        if (res.status === 429) break;
        allowed += 1;
      }
      // Counted per process, alternating would pass about 60 before a refusal.
      expect(allowed).toBeGreaterThan(0);
      expect(allowed).toBeLessThanOrEqual(30);
      for (const s of [a, b]) {
        const refused = await login(s.url, 'nobody', 'wrong');
        expect(refused.status).toBe(429);
        expect((await refused.json()).error.message).toMatch(/请求过于频繁/);
      }
    });

    it('ends a session everywhere when it signs out on one process', async () => {
      await clerk.at(b.url)('POST', '/auth/logout');
      await expect(clerk('GET', '/auth/me')).rejects.toThrow(/401/);
    });

    it('stops both processes cleanly', async () => {
      for (const s of [a, b]) s.child.kill('SIGTERM');
      expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    }, 30_000);
  },
);

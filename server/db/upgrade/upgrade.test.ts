import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../http/app.ts';
import { CSRF_HEADER } from '../../http/auth.ts';
import { DEMO_PASSWORD } from '../../modules/demo/demo-data.ts';
import { type Database, MIGRATIONS_DIR, openDatabase } from '../client.ts';
import { createScratchDatabase } from '../scratch-database.ts';

/**
 * A database made by the first released schema (migration 0000 only) and holding real data
 * (0000-demo.json: every table of such a database with the demo, a confirmed pledge set by a
 * certified paper vote and a closed code vote, made at commit 7440cc1) is migrated to the latest
 * schema and opened by the app: what was there must still work. On PGlite, or on the PostgreSQL
 * server of DATABASE_URL.
 */
process.env.VP_FAST_HASH = '1';

type Row = Record<string, unknown>;
const fixture = JSON.parse(readFileSync(new URL('./0000-demo.json', import.meta.url), 'utf8')) as Record<
  string,
  Row[]
>;
const rowsOf = (table: string): Row[] => fixture[table] ?? [];

/** A migrations folder with 0000 only: its SQL and a journal listing just that entry. */
function firstMigrationOnly(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vp-migrations-0000-'));
  mkdirSync(join(dir, 'meta'));
  copyFileSync(join(MIGRATIONS_DIR, '0000_schema.sql'), join(dir, '0000_schema.sql'));
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8'));
  writeFileSync(
    join(dir, 'meta/_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }),
  );
  return dir;
}

type Raw = { query(text: string, params?: unknown[]): Promise<{ rows: Row[] }> };

/**
 * Every fixture row, with its stored column names; jsonb values as JSON text, timestamps and dates
 * as the text PostgreSQL gave. Schema 0000 has no foreign keys, so the order of tables is free.
 */
async function insertFixture(raw: Raw): Promise<void> {
  for (const [table, rows] of Object.entries(fixture)) {
    if (rows.length === 0) continue;
    const { rows: columns } = await raw.query(
      "select column_name, data_type from information_schema.columns where table_schema = 'public' and table_name = $1",
      [table],
    );
    const jsonb = new Set(columns.filter((c) => c.data_type === 'jsonb').map((c) => c.column_name as string));
    for (const row of rows) {
      const names = Object.keys(row);
      const values = names.map((n) => (row[n] !== null && jsonb.has(n) ? JSON.stringify(row[n]) : row[n]));
      const list = names.map((n) => `"${n}"`).join(', ');
      const params = names.map((_, i) => `$${i + 1}`).join(', ');
      await raw.query(`insert into "${table}" (${list}) values (${params})`, values);
    }
  }
}

/** Makes the 0000 database with the fixture in it and opens it with the app's migrations (the upgrade). */
async function upgradedDatabase(
  migrations: string,
): Promise<{ database: Database; cleanUp: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const scratch = await createScratchDatabase(url, { prefix: 'vp_upgrade', forceDrop: true });
    const pool = new pg.Pool({ connectionString: scratch.url, max: 2 });
    await migratePg(drizzlePg(pool), { migrationsFolder: migrations });
    await insertFixture(pool);
    await pool.end();
    return { database: await openDatabase({ url: scratch.url, poolSize: 5 }), cleanUp: scratch.drop };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-upgrade-'));
  const client = new PGlite(join(dataDir, 'pg'));
  await migratePglite(drizzlePglite(client), { migrationsFolder: migrations });
  await insertFixture({ query: (text, params) => client.query<Row>(text, params) });
  await client.close();
  return {
    database: await openDatabase({ dataDir }),
    cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

describe('upgrading a database of schema 0000 with its data to the latest schema', () => {
  const migrations = firstMigrationOnly();
  let database: Database;
  let cleanUp: () => Promise<void>;
  let app: App;

  beforeAll(async () => {
    ({ database, cleanUp } = await upgradedDatabase(migrations));
    app = await buildApp({ database, rateLimitPerMinute: 100_000 });
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await cleanUp?.();
    rmSync(migrations, { recursive: true, force: true });
  });

  async function signIn(username: string) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    expect(res.statusCode, `${username}: ${res.body}`).toBe(200);
    const cookies = res.cookies as { name: string; value: string }[];
    const headers = {
      cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
      [CSRF_HEADER]: cookies.find((c) => c.name === 'vp_csrf')?.value ?? '',
    };
    return {
      get: (url: string) => app.inject({ method: 'GET', url, headers }),
      post: (url: string, payload: object) => app.inject({ method: 'POST', url, headers, payload }),
    };
  }

  const auditVerifies = async () => {
    const res = await (await signIn('county')).get('/api/audit/verify');
    expect(res.statusCode).toBe(200);
    return res.json() as { ok: boolean; checked: number };
  };

  it('lets every demo account sign in with its password', async () => {
    const usernames = rowsOf('users').map((u) => u.username as string);
    expect(usernames.length).toBeGreaterThan(5);
    for (const username of usernames) await signIn(username);
  });

  it('keeps the audit chain verifiable', async () => {
    const result = await auditVerifies();
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(rowsOf('audit_log').length);
  });

  it('reads the confirmed pledge set back through the API', async () => {
    const [set] = rowsOf('pledge_sets');
    const res = await (await signIn('office')).get(`/api/pledging/participants/${set!.participant_id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = JSON.stringify(res.json());
    expect(body).toContain(`"status":"${set!.status}"`);
    const items = rowsOf('pledges').filter((p) => p.set_id === set!.id);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(body).toContain(item.title as string);
  });

  it('reads each poll back with its status and the votes it had', async () => {
    const office = await signIn('office');
    for (const poll of rowsOf('polls')) {
      const res = await office.get(`/api/polls/${poll.id}`);
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json() as {
        status: string;
        results: {
          ballotsCast: number;
          questions: { questionId: string; options: { id: string; electronic: number; paper: number }[] }[];
        } | null;
      };
      expect(view.status).toBe(poll.status);
      const ballots = rowsOf('ballots').filter((b) => b.poll_id === poll.id);
      const paper = rowsOf('paper_tallies').find((t) => t.poll_id === poll.id && t.slot === 'counter');
      const paperCounts = (paper?.counts ?? {}) as Record<string, Record<string, number>>;
      expect(view.results?.ballotsCast).toBe(ballots.length);
      for (const question of view.results!.questions) {
        for (const option of question.options) {
          const electronic = ballots.filter(
            (b) => (b.choices as Record<string, string>)[question.questionId] === option.id,
          ).length;
          expect(option.electronic).toBe(electronic);
          expect(option.paper).toBe(paperCounts[question.questionId]?.[option.id] ?? 0);
        }
      }
    }
  });

  it('takes new writes after the upgrade, and the audit chain still verifies', async () => {
    const res = await (await signIn('office')).post('/api/campaigns', { year: 2028 });
    expect(res.statusCode, res.body).toBe(201);
    expect((await auditVerifies()).ok).toBe(true);
  });
});

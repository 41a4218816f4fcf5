import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { ROOT_DIR } from '../config.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { type Notifications, pgliteNotifications, postgresNotifications } from './notify.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a query can run on: the database or an open transaction. */
export type Queryable = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction; on PGlite transactions are serialized (one connection). */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Change notifications across server processes (notify.ts: publish / subscribe). */
  notifications: Notifications;
  /**
   * Runs fn while no other server process on this database runs its start-up (migrations run so
   * too): e.g. loading the demo into an empty database once when several processes start at once.
   */
  duringStartup<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export const MIGRATIONS_DIR = join(ROOT_DIR, 'server', 'db', 'migrations');

export type DatabaseOptions =
  | { url: string; poolSize?: number }
  /**
   * dataDir: a folder for PGlite's files, or undefined for an in-memory database (tests);
   * loadDataDir: a database started from a PGlite dump (tests' shared demo copy), in memory or, with
   * dataDir, in a folder that holds no database yet.
   */
  | { dataDir?: string; loadDataDir?: Blob };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return 'url' in options
    ? openPostgres(options.url, options.poolSize)
    : openPglite(options.dataDir, options.loadDataDir);
}

/** A session-level advisory lock (own key space: one int) held by one server process's start-up. */
const STARTUP_LOCK = 7_340_100;

/** Runs fn holding the start-up lock on a connection of its own, outside the pool (ended however fn ends). */
async function underStartupLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'vp-startup' });
  client.on('error', () => undefined); // a lost connection fails the awaited query instead
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
    return await fn();
  } finally {
    // Ending the session releases its advisory lock.
    await client.end();
  }
}

async function openPostgres(url: string, poolSize = 20): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that the server ends (restart, failover, DROP DATABASE … FORCE) emits 'error' on
  // the pool; without a listener Node treats it as uncaught and the process dies. The pool reconnects.
  pool.on('error', (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  // Several processes starting at once: one migrates, the others wait and then find nothing to do.
  await underStartupLock(url, () => migratePg(db as never, { migrationsFolder: MIGRATIONS_DIR }));
  const notifications = postgresNotifications(url);
  return {
    db,
    kind: 'postgres',
    transaction: (fn) => db.transaction(fn),
    notifications,
    duringStartup: (fn) => underStartupLock(url, fn),
    async close() {
      await notifications.close();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  let releaseLock = () => {};
  if (dataDir) {
    mkdirSync(resolve(dataDir), { recursive: true });
    releaseLock = acquireDataDirLock(resolve(dataDir));
  }
  try {
    const client = dataDir
      ? new PGlite(resolve(dataDir, 'pg'), { loadDataDir })
      : new PGlite({ loadDataDir });
    await client.waitReady;
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
    let queue: Promise<unknown> = Promise.resolve();
    const notifications = pgliteNotifications(client);
    return {
      db,
      kind: 'pglite',
      notifications,
      // The data directory's lock already keeps every other process out.
      duringStartup: (fn) => fn(),
      transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
        const run = queue.then(() => db.transaction(fn));
        queue = run.catch(() => undefined);
        return run;
      },
      async close() {
        await queue;
        await notifications.close();
        if (dataDir) await client.exec('CHECKPOINT');
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

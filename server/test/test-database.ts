import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client.ts';
import { createScratchDatabase, openScratchDatabase } from '../db/scratch-database.ts';
import { setBallotKey } from '../modules/ballots/ballot-key.ts';
import { type DemoIds, loadDemo } from '../modules/demo/demo.service.ts';
import { readDump } from './demo-snapshot-file.ts';

/**
 * A fresh, empty, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server of DATABASE_URL (dropped again on close).
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({});
  return openScratchDatabase(url, { prefix: 'vp_test', poolSize: 10, forceDrop: true });
}

/** The run's demo snapshot (made once by global-setup.ts), with its ballot key put in use. */
function demoSnapshot() {
  const snapshot = inject('demoSnapshot');
  setBallotKey(Buffer.from(snapshot.ballotKey, 'hex'));
  return snapshot;
}

/**
 * A database of this test file's own holding a copy of the run's demo, with the ids of what the demo
 * created and its ballot key in use.
 */
export async function openDemoDatabase(): Promise<{ database: Database; demo: DemoIds }> {
  const snapshot = demoSnapshot();
  const url = process.env.DATABASE_URL;
  const database = url
    ? await openScratchDatabase(url, {
        prefix: 'vp_test',
        poolSize: 10,
        forceDrop: true,
        template: snapshot.postgresTemplate!,
      })
    : await openDatabase({ loadDataDir: readDump(snapshot.pgliteDump!) });
  return { database, demo: structuredClone(snapshot.ids) };
}

/**
 * The demo in an embedded database in `dataDir` (a folder holding no database yet), for tests of what
 * works on a server's data directory whatever the run's database: a copy of the run's snapshot on
 * PGlite runs; on PostgreSQL runs (no PGlite snapshot) the demo is loaded into it.
 */
export async function openDemoDataDir(dataDir: string): Promise<Database> {
  const snapshot = demoSnapshot();
  if (snapshot.pgliteDump) return openDatabase({ dataDir, loadDataDir: readDump(snapshot.pgliteDump) });
  process.env.VP_FAST_HASH = '1';
  const database = await openDatabase({ dataDir });
  await loadDemo(database);
  return database;
}

/**
 * A copy of the demo as a database of its own on the PostgreSQL server of DATABASE_URL that outlives
 * the connections to it (e.g. the source of pg_dump); `drop` removes it.
 */
export async function createDemoScratchDatabase(serverUrl: string, prefix: string) {
  const snapshot = demoSnapshot();
  return createScratchDatabase(serverUrl, { prefix, forceDrop: true, template: snapshot.postgresTemplate! });
}

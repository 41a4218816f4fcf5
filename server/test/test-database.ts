import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client.ts';
import { openScratchDatabase } from '../db/scratch-database.ts';
import { setBallotKey } from '../modules/ballots/ballot-key.ts';
import type { DemoIds } from '../modules/demo/demo.service.ts';
import { readDump } from './demo-snapshot.ts';

/**
 * A fresh, empty, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server of DATABASE_URL (dropped again on close).
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({});
  return openScratchDatabase(url, { prefix: 'vp_test', poolSize: 10, forceDrop: true });
}

/**
 * A database of this test file's own holding a copy of the run's demo (made once by
 * global-setup.ts), with the ids of what the demo created and its ballot key in use.
 */
export async function openDemoDatabase(): Promise<{ database: Database; demo: DemoIds }> {
  const snapshot = inject('demoSnapshot');
  setBallotKey(Buffer.from(snapshot.ballotKey, 'hex'));
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

import { type Database, openDatabase } from '../server/db/client.ts';
import { openScratchDatabase } from '../server/db/scratch-database.ts';

/** A fresh database for one run: in-memory PGlite, or a new database on DATABASE_URL's server (dropped after). */
export async function openBenchDatabase(kind: 'pglite' | 'postgres'): Promise<Database> {
  if (kind === 'pglite') return openDatabase({});
  // Without FORCE: terminating a session the pool still holds would crash the run.
  return openScratchDatabase(process.env.DATABASE_URL!, {
    prefix: 'vp_bench',
    poolSize: 20,
    forceDrop: false,
  });
}

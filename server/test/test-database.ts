import { type Database, openDatabase } from '../db/client.ts';
import { openScratchDatabase } from '../db/scratch-database.ts';

/**
 * A fresh, empty, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server of DATABASE_URL (dropped again on close).
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({});
  return openScratchDatabase(url, { prefix: 'vp_test', poolSize: 10, forceDrop: true });
}

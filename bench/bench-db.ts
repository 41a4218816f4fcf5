import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../server/db/client.ts';

/** A fresh database for one run: in-memory PGlite, or a new database on DATABASE_URL's server (dropped after). */
export async function openBenchDatabase(kind: 'pglite' | 'postgres'): Promise<Database> {
  if (kind === 'pglite') return openDatabase({});
  const url = process.env.DATABASE_URL!;
  const name = `vp_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ url: target.toString(), poolSize: 20 });
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      // Without FORCE: terminating a session the pool still holds would crash the run.
      await dropper.query(`drop database if exists ${name}`).catch((error: Error) => {
        console.warn(`could not drop ${name}: ${error.message}`);
      });
      await dropper.end();
    },
  };
}

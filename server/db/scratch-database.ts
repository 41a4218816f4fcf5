import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from './client.ts';

async function run(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Drops a scratch database by name (FORCE ends sessions still connected); a failure is only warned about. */
export const dropScratchDatabase = (serverUrl: string, name: string, force = true) =>
  run(serverUrl, `drop database if exists ${name}${force ? ' with (force)' : ''}`).catch((error: Error) =>
    console.warn(`could not drop ${name}: ${error.message}`),
  );

/**
 * A new, empty database `<prefix>_<random>` on the PostgreSQL server of `serverUrl`, for tests and
 * benchmarks that must not share state. `drop` removes it (FORCE ends sessions still connected).
 */
export async function createScratchDatabase(
  serverUrl: string,
  options: { prefix: string; forceDrop: boolean; template?: string },
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${options.prefix}_${randomBytes(6).toString('hex')}`;
  const template = options.template ? ` template ${options.template}` : '';
  await run(serverUrl, `create database ${name}${template}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => dropScratchDatabase(serverUrl, name, options.forceDrop),
  };
}

/** A scratch database, migrated and opened; closing it drops it. */
export async function openScratchDatabase(
  serverUrl: string,
  options: { prefix: string; poolSize: number; forceDrop: boolean; template?: string },
): Promise<Database> {
  const scratch = await createScratchDatabase(serverUrl, options);
  const database = await openDatabase({ url: scratch.url, poolSize: options.poolSize });
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}

import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/client.ts';
import { createScratchDatabase } from '../db/scratch-database.ts';
import { setBallotKey } from '../modules/ballots/ballot-key.ts';
import type { DemoIds } from '../modules/demo/demo.service.ts';
import { loadDemo } from '../modules/demo/demo.service.ts';

/**
 * The demo, loaded once per test run and copied into each test file's database: loading it through
 * the services takes seconds (it runs a whole spring of pledging and voting), copying it a fraction.
 * PGlite: a dump of the data directory in a file; PostgreSQL: a template database.
 */
export type DemoSnapshot = {
  ids: DemoIds;
  /** The ballot key the demo's codes and ID-card hashes were made under (hex): each copy uses it. */
  ballotKey: string;
  pgliteDump?: string;
  postgresTemplate?: string;
};

declare module 'vitest' {
  export interface ProvidedContext {
    demoSnapshot: DemoSnapshot;
  }
}

/** Makes the snapshot; the returned function removes it. */
export async function makeDemoSnapshot(): Promise<{ snapshot: DemoSnapshot; remove: () => Promise<void> }> {
  process.env.VP_FAST_HASH = '1';
  const key = randomBytes(32);
  setBallotKey(key);
  const ballotKey = key.toString('hex');
  const url = process.env.DATABASE_URL;
  if (url) {
    const scratch = await createScratchDatabase(url, { prefix: 'vp_demo_template', forceDrop: true });
    const database = await openDatabase({ url: scratch.url, poolSize: 4 });
    const ids = await loadDemo(database);
    await database.close();
    return { snapshot: { ids, ballotKey, postgresTemplate: scratch.name }, remove: scratch.drop };
  }
  const database = await openDatabase({});
  const ids = await loadDemo(database);
  const dump = join(tmpdir(), `vp-demo-${randomBytes(6).toString('hex')}.tar`);
  const pglite = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  writeFileSync(dump, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await database.close();
  return {
    snapshot: { ids, ballotKey, pgliteDump: dump },
    remove: async () => rmSync(dump, { force: true }),
  };
}

/** Reads a PGlite dump back as the Blob PGlite starts from. */
export const readDump = (path: string) => new Blob([readFileSync(path)]);

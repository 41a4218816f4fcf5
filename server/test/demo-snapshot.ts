import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/client.ts';
import { createScratchDatabase, dropScratchDatabase } from '../db/scratch-database.ts';
import { setBallotKey } from '../modules/ballots/ballot-key.ts';
import { loadDemo } from '../modules/demo/demo.service.ts';
import type { DemoSnapshot } from './demo-snapshot-file.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoSnapshot: DemoSnapshot;
  }
}

/** Makes the snapshot (on DATABASE_URL's server when set); the returned function removes it. */
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
    const snapshot = { ids, ballotKey, postgresTemplate: scratch.name };
    return { snapshot, remove: () => removeDemoSnapshot(snapshot) };
  }
  const database = await openDatabase({});
  const ids = await loadDemo(database);
  const dump = join(tmpdir(), `vp-demo-${randomBytes(6).toString('hex')}.tar`);
  const pglite = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  writeFileSync(dump, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await database.close();
  const snapshot = { ids, ballotKey, pgliteDump: dump };
  return { snapshot, remove: () => removeDemoSnapshot(snapshot) };
}

/** Deletes a snapshot's dump file or template database. */
export async function removeDemoSnapshot(snapshot: DemoSnapshot): Promise<void> {
  if (snapshot.pgliteDump) rmSync(snapshot.pgliteDump, { force: true });
  const url = process.env.DATABASE_URL;
  if (snapshot.postgresTemplate && url) await dropScratchDatabase(url, snapshot.postgresTemplate);
}

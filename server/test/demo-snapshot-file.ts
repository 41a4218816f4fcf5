import { existsSync, readFileSync } from 'node:fs';
import type { DemoIds } from '../modules/demo/demo.service.ts';

/**
 * The demo, loaded once per test run and copied into each test file's database: loading it through
 * the services takes half a minute of CPU (it runs three years of pledging, voting and evaluation),
 * copying it a fraction. PGlite: a dump of the data directory in a file; PostgreSQL: a template database.
 */
export type DemoSnapshot = {
  ids: DemoIds;
  /** The ballot key the demo's codes and ID-card hashes were made under (hex): each copy uses it. */
  ballotKey: string;
  pgliteDump?: string;
  postgresTemplate?: string;
};

/**
 * VP_TEST_DEMO: the file where npm test wrote the snapshot it made for the whole run
 * (scripts/test-demo.ts), so the unit/API tests and the browser tests share one demo load. Unset when
 * a test step runs on its own: each step then makes its own.
 */
export function sharedDemoSnapshot(): DemoSnapshot | null {
  const file = process.env.VP_TEST_DEMO;
  if (!file || !existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as DemoSnapshot;
}

/** Reads a PGlite dump back as the Blob PGlite starts from. */
export const readDump = (path: string) => new Blob([readFileSync(path)]);

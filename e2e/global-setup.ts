import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { sharedDemoSnapshot } from '../server/test/demo-snapshot-file.ts';
import { CHROMIUM, demoTemplateFromSnapshot, makeDemoTemplate, ROOT, SERVER_BUNDLE } from './harness.ts';

/**
 * Fails early with a clear message when something the browser tests need is missing, then makes the
 * run's demo data directory (each file's server starts from a copy): from npm test's shared demo
 * snapshot, else by a first server loading the demo.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) {
    throw new Error('dist/web is not built: run `npm run build` first (npm run test:e2e does it)');
  }
  if (!existsSync(SERVER_BUNDLE)) {
    throw new Error(
      'dist/server is not built: run `node scripts/build-server.mjs` first (npm run test:e2e does it)',
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's package (apt-get install chromium)`);
  }
  const shared = sharedDemoSnapshot();
  const { template, remove } = shared ? await demoTemplateFromSnapshot(shared) : await makeDemoTemplate();
  project.provide('e2eDemoTemplate', template);
  return remove;
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, makeDemoTemplate, ROOT } from './harness.ts';

/**
 * Fails early with a clear message when something the browser tests need is missing, then loads the
 * demo once for the run (each file's server starts from a copy).
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) {
    throw new Error('dist/web is not built: run `npm run build` first (npm run test:e2e does it)');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's package (apt-get install chromium)`);
  }
  const { template, remove } = await makeDemoTemplate();
  project.provide('e2eDemoTemplate', template);
  return remove;
}

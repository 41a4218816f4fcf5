import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { ROOT_DIR } from '../config.ts';
import { makeDemoSnapshot } from './demo-snapshot.ts';
import { sharedDemoSnapshot } from './demo-snapshot-file.ts';

/**
 * Builds the server bundle the tests' real server processes run (when a source is newer), and gives
 * every test file the run's demo snapshot (see demo-snapshot.ts): npm test's shared one, else one
 * loaded now for this run. Test files start from copies.
 */
export default async function setup(project: TestProject) {
  const build = spawnSync(process.execPath, ['scripts/build-server.mjs'], {
    cwd: ROOT_DIR,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('node scripts/build-server.mjs failed');
  const shared = sharedDemoSnapshot();
  if (shared) {
    project.provide('demoSnapshot', shared);
    return;
  }
  const { snapshot, remove } = await makeDemoSnapshot();
  project.provide('demoSnapshot', snapshot);
  return remove;
}

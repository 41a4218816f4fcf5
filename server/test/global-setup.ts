import type { TestProject } from 'vitest/node';
import { makeDemoSnapshot } from './demo-snapshot.ts';

/** Loads the demo once for the whole run (see demo-snapshot.ts); test files start from copies. */
export default async function setup(project: TestProject) {
  const { snapshot, remove } = await makeDemoSnapshot();
  project.provide('demoSnapshot', snapshot);
  return remove;
}

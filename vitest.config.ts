import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Files that change process-wide state (the time zone, fake timers): each runs in a fresh worker. */
const ISOLATED = ['web/**/*.test.ts', 'server/modules/publications/public-cache.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default leaves one core free (one worker on a 2-core machine); the files' own work is
    // mostly PGlite in the worker, so every core runs a file.
    maxWorkers: Math.max(2, availableParallelism()),
    // Read when password.ts is first imported: argon2 at its cheapest, as every test's accounts need.
    env: { VP_FAST_HASH: '1' },
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ISOLATED,
          // A worker runs its files one after another in one module graph, so the server's 450 modules
          // and their packages load once per worker, not once per file (two seconds of CPU each).
          // Each file still gets its own database; module state is limited to caches of immutable
          // rows (a poll's shape) and the ballot key each demo copy sets.
          isolate: false,
          globalSetup: ['server/test/global-setup.ts'],
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});

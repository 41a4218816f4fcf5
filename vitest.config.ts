import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'scripts/**/*.test.ts', 'web/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default leaves one core free (one worker on a 2-core machine); the files' own work is
    // mostly PGlite in the worker, so every core runs a file.
    maxWorkers: Math.max(2, availableParallelism()),
    globalSetup: ['server/test/global-setup.ts'],
  },
});

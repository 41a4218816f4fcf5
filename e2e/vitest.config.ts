import { defineConfig } from 'vitest/config';

/** Browser tests: the real server and Debian's Chromium. `npm run test:e2e` builds the web app first. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 660_000,
    pool: 'forks',
    // One server and one browser per file; files run one after another on a small machine.
    fileParallelism: false,
    globalSetup: ['e2e/global-setup.ts'],
  },
});

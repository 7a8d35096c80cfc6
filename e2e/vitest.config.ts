import { defineConfig } from 'vitest/config';

// End-to-end stories: the real built server + Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
});

import { defineConfig } from 'vitest/config';

// Unit, storage (PGlite + PostgreSQL), HTTP and CLI tests. End-to-end browser tests
// have their own config in e2e/.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    // A CLI test starts whole polos processes (migrations, argon2): 30 s was too close on two busy cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { TZ: 'UTC' },
  },
});

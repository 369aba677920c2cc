import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Live suites share two servers; each suite owns its own database names, so files may run in parallel.
    pool: 'forks',
  },
});

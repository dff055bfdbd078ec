import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // two cores on CI: keep a couple of workers so real child processes are not starved
    maxWorkers: 2,
  },
});

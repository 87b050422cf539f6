import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start real servers and real processes; two cores are shared.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

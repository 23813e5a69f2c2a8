import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // the machines have 2 cores; end-to-end tests start servers and child processes
    maxWorkers: 2,
    env: { LOG_LEVEL: 'silent' },
  },
});

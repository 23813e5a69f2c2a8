import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // One file at a time: end-to-end files start servers and child processes and assert platform
    // deadlines (Slack's 3-second ack, Discord's first callback); on a 2-core machine two such files
    // side by side starve each other's event loops and turn deadline checks into noise.
    fileParallelism: false,
    env: { LOG_LEVEL: 'silent' },
  },
});

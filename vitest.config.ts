import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/setup/global-postgres.ts', 'test/setup/global-chromium.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

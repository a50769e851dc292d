import { defineConfig } from 'vitest/config';

// Browser tests against a running server, driven by playwright-core.
// Vitest overwrites process.env.BASE_URL in its workers with Vite's base ("/"),
// so the URL given by the caller is read here and handed on as E2E_BASE_URL.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    env: {
      E2E_BASE_URL: process.env.BASE_URL || 'http://localhost:8080',
      CHROMIUM_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
  },
});

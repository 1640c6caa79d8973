import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium against the browser mode; run them one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    // Every API answer is checked against its result schema, the large ones too (result-check.ts).
    env: { BUDGETDESK_CHECK_RESULTS: '1' },
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Every API answer is checked against its result schema, the large ones too (result-check.ts).
    env: { BUDGETDESK_CHECK_RESULTS: '1' },
  },
});

// Unit tests: pure modules under src/lib and scripts, plus checks over the derived tables.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/hardening/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
  },
});

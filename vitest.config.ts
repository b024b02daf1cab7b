// Vitest, in two projects. "quick": every *.test.ts under tests/ except tests/build (pure modules, chart snapshots,
// data invariants, hardening) - what `npm run test:quick` runs. "site": tests/build, checks over built sites (dist/
// and the mini-site builds). A new test file is picked up by where it lives. Counts go to test-results/vitest.json
// (tests/support/counts-reporter.ts), which scripts/test-all.ts reads.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const SITE = ['tests/build/**/*.test.ts'];

export default defineConfig({
  resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    // Hooks that load the real maps or postcode files took over vitest's default 10 s on a loaded 2-core machine (their
    // tests then did not run, and are counted as failed).
    hookTimeout: 120_000,
    // Vitest's default (cores - 1) is one worker on a 2-core machine; the tests are CPU-bound, so use both cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', './tests/support/counts-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'quick', include: ['tests/**/*.test.ts'], exclude: [...SITE, 'tests/e2e/**', '**/node_modules/**'] } },
      { extends: true, test: { name: 'site', include: SITE } },
    ],
  },
});

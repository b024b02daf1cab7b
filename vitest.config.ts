// Vitest, in three projects. "quick": every *.test.ts under tests/ except those below (pure modules, chart snapshots,
// data invariants, parser properties) - what `npm run test:quick` runs. "heavy": the tests that run the real data
// pipeline or read every raw postcode (the damaged-input catalogue, kill-safe writes, versioned citations, the postcode step cache, full
// pipeline failures, the real postcode files). "site": tests/build, checks over built sites (dist/ and the mini-site
// builds) and the dev server. `npm test` runs all three. A new test file is picked up by where it lives. Counts go to test-results/vitest.json
// (tests/support/counts-reporter.ts), which tools/test-all.ts reads.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const SITE = ['tests/build/**/*.test.ts'];
// The quick project's files share module state within a worker (isolate: false: imports are paid once per worker,
// not once per file, about a third of the time); a file that changes process.env puts it back in afterAll.
const HEAVY = [
  'tests/hardening/damaged.test.ts',
  'tests/hardening/kill-write.test.ts',
  'tests/data/versions.test.ts',
  'tests/data/step-cache-real.test.ts',
  'tests/unit/pipeline/full-pipeline-failures.test.ts',
  'tests/unit/postcode/real-data.test.ts',
];

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
      {
        extends: true,
        test: {
          name: 'quick',
          include: ['tests/**/*.test.ts'],
          exclude: [...SITE, ...HEAVY, 'tests/e2e/**', '**/node_modules/**'],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'heavy', include: HEAVY } },
      { extends: true, test: { name: 'site', include: SITE } },
    ],
  },
});

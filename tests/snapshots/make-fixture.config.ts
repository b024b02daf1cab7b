// Runs tests/snapshots/make-fixture.ts alone (see there); not part of any test run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['tests/snapshots/make-fixture.ts'], environment: 'node', testTimeout: 120_000 },
});

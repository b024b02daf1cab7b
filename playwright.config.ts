// End-to-end tests: Debian's Chromium drives the built site (dist/) served by `astro preview`.
import { defineConfig } from '@playwright/test';
import { chromePath } from './tools/check/browser';
import { CHROME_FLAGS } from './tests/support/chrome';

const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Three workers: while one waits on its page, the other two keep both cores busy. Idle fresh clones: 3 workers ran
  // 138 tests in 170 s, 2 workers the same suite less 13 folded tests in 195 s (under heavy load from other work 2
  // workers had looked faster, 233-267 s against 276-346 s). E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? 3),
  retries: 0,
  timeout: 60_000,
  // Assertions wait up to 15 s: CI runs the browser beside the server on two cores.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromePath(), args: CHROME_FLAGS },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});

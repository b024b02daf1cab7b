// End-to-end tests: Debian's Chromium drives the built site (dist/) served by `astro preview`.
import { defineConfig } from '@playwright/test';
import { chromePath } from './tools/check/browser';
import { CHROME_FLAGS } from './tests/support/chrome';

const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // The browser tests mostly wait (page loads, the server): on 2 cores 3 workers fill the waits; npm test runs vitest
  // beside them too. E2E_WORKERS overrides.
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

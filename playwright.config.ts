// End-to-end tests: Debian's Chromium drives the built site (dist/) served by `astro preview`.
import { defineConfig } from '@playwright/test';
import { chromePath } from './tools/check/browser';
import { CHROME_FLAGS } from './tests/support/chrome';

const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Two workers, one per core: the tests are mostly Chromium's work (renderers ~60% of the run's CPU, the browser
  // process ~20%), and a third worker and browser on 2 cores made every test slower. On this 2-core machine under load
  // (load average 15-22), two whole runs each: 3 workers 276-346 s wall, 2 workers 233-267 s; CPU of the process tree
  // 338-354 and 287-363 CPU-s, within the machine's noise. E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? 2),
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

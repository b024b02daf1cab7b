// `npm test` and `npm run test:quick` (--quick). Quick: the type check (astro check), lint (ESLint, Prettier, knip) and
// vitest's "quick" project (unit, chart snapshots, data invariants, parser properties): no site build and no run of
// the real pipeline. Full, one runner after another: the data, the site build (reused when `npm run setup` built it
// from the same inputs) and the mini-site builds with the type check beside them, lint, the browser tests
// (Playwright), then every vitest project (the heavy pipeline tests and the checks over built sites included). Counts come from each runner's machine-readable report (tools/check/test-counts.ts); the run ends
// with exactly one line "N passed, N failed" and exits non-zero when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { browserPath } from './check/browser';
import { SITE_STEP, stampStep, stepInputs, stepIsCurrent } from './check/build-stamps';
import {
  playwrightCounts,
  readJson,
  reconcile,
  vitestCounts,
  type Counts,
  type PlaywrightReport,
  type VitestReport,
} from './check/test-counts';

const QUICK = process.argv.includes('--quick');
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  FORCE_COLOR: '0',
};
const t0 = Date.now();
const secs = (from: number) => `${((Date.now() - from) / 1000).toFixed(0)} s`;

/** Runs a command; its output goes straight through, or is kept (quiet) and printed by the caller. */
function run(
  cmd: string,
  args: string[],
  opts: { quiet?: boolean; env?: Record<string, string> } = {},
): Promise<{ status: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      env: { ...env, ...opts.env },
      stdio: ['ignore', opts.quiet ? 'pipe' : 'inherit', opts.quiet ? 'pipe' : 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr?.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.on('error', (e) => resolve({ status: 127, out: `${out}${e.message}\n` }));
    child.on('close', (code, signal) => resolve({ status: code ?? (signal ? 128 : 1), out }));
  });
}

const results: { runner: string; counts: Counts }[] = [];
function record(runner: string, counts: Counts) {
  results.push({ runner, counts });
  process.stdout.write(`--- ${runner}: ${counts.passed} passed, ${counts.failed} failed (done at ${secs(t0)})\n`);
}
/** A step that is one check (the type check, a build): passed or failed. */
function step(runner: string, status: number) {
  record(
    runner,
    status === 0
      ? { passed: 1, failed: 0, failures: [], skipped: [] }
      : { passed: 0, failed: 1, failures: [`${runner}: exit ${status}`], skipped: [] },
  );
}

/** Runs vitest's projects. */
async function vitest(project: string[]): Promise<void> {
  const report = `test-results/vitest-${QUICK ? 'quick' : 'all'}.json`;
  rmSync(report, { force: true });
  const args = ['vitest', 'run', ...project.flatMap((p) => ['--project', p])];
  const header = `\n=== vitest (${project.join(', ')}): npx ${args.join(' ')} (started at ${secs(t0)})\n`;
  process.stdout.write(header);
  const t = Date.now();
  const r = await run('npx', args, { env: { GROUNDWORK_VITEST_REPORT: report } });
  process.stdout.write(`vitest took ${secs(t)}\n`);
  const data = readJson<VitestReport>(report);
  record(`vitest (${project.join(', ')})`, reconcile('vitest', data && vitestCounts(data), r.status));
}

// The type check covers the TypeScript and the .astro templates (astro check, which also writes Astro's generated
// types); the lint step is ESLint (rules and the layering of the tree, eslint.config.js), Prettier's check and knip.
function typeCheck(): Promise<{ status: number; out: string }> {
  return run('npx', ['astro', 'check', '--minimumSeverity', 'error'], { quiet: true });
}
async function reportTypes(p: Promise<{ status: number; out: string }>) {
  const types = await p;
  process.stdout.write(
    `\n=== type check: npx astro check (TypeScript and .astro templates)\n${types.status === 0 ? 'no type errors\n' : types.out}`,
  );
  step('type check', types.status);
}
async function lint(): Promise<{ status: number; out: string }> {
  const [eslint, prettier, knip] = await Promise.all([
    run('npx', ['eslint', '.'], { quiet: true }),
    run('npx', ['prettier', '--check', '.'], { quiet: true }),
    run('npx', ['knip', '--no-progress'], { quiet: true }),
  ]);
  return {
    status: eslint.status || prettier.status || knip.status,
    out: `${eslint.out}${prettier.status === 0 ? '' : prettier.out}${prettier.status === 0 ? '' : 'Run `npm run format` to format.\n'}${knip.status === 0 ? '' : `knip (dead files, exports, dependencies):\n${knip.out}`}`,
  };
}
async function reportLint(p: Promise<{ status: number; out: string }>) {
  const r = await p;
  process.stdout.write(
    `\n=== lint: npx eslint . && npx prettier --check . && npx knip\n${r.status === 0 ? 'no lint, format or dead-code problems\n' : r.out}`,
  );
  step('lint', r.status);
}

if (QUICK) {
  // The type check and lint run beside the tests (each mostly one core).
  const types = typeCheck();
  const linted = lint();
  await vitest(['quick']);
  await reportTypes(types);
  await reportLint(linted);
} else {
  const browser = browserPath();
  process.stdout.write(
    browser
      ? `browser: ${browser}\n`
      : 'browser: none found (set CHROME_PATH or run `npm run setup`); the browser tests will fail\n',
  );
  const data = await run('npm', ['run', 'data', '--silent']);
  step('data', data.status);

  /** The main site: dist/ as `npm run setup` or `npm run build` left it, or built now. */
  const mainBuild = async (): Promise<boolean> => {
    if (data.status !== 0) return false;
    if (stepIsCurrent(SITE_STEP)) {
      process.stdout.write(
        '\n=== build: dist/ was built from these same inputs (by npm run setup or npm run build): reused\n',
      );
      return true;
    }
    process.stdout.write('\n=== build: npx astro build\n');
    const inputs = stepInputs(SITE_STEP);
    const build = await run('npx', ['astro', 'build']);
    step('site build', build.status);
    if (build.status === 0) stampStep(SITE_STEP, inputs);
    return build.status === 0;
  };
  const browserTests = async (built: boolean) => {
    if (!built) {
      process.stdout.write('\nThe site did not build: the checks over dist/ and the browser tests fail.\n');
      record('playwright', { passed: 0, failed: 1, failures: ['playwright: not run (no built site)'], skipped: [] });
      return;
    }
    const report = 'test-results/e2e.json';
    rmSync(report, { force: true });
    process.stdout.write(`\n=== browser tests: npx playwright test (started at ${secs(t0)})\n`);
    const t = Date.now();
    const r = await run('npx', ['playwright', 'test']);
    process.stdout.write(`browser tests took ${secs(t)}\n`);
    const json = existsSync(report) ? readJson<PlaywrightReport>(report) : null;
    record('playwright', reconcile('playwright', json && playwrightCounts(json), r.status));
  };
  // One runner at a time (the type check beside the builds): each of the others keeps both cores busy on its own, and
  // side by side they slowed each other down (on 2 cores the browser tests alone take about 350 s and use ~1.7
  // cores; beside the test builds and vitest they took 495-545 s, and the whole run 656-720 s against about 600 s for
  // the same runners one after another). The test builds come first: the hostile browser tests and the checks over
  // the mini sites read them.
  const types = typeCheck();
  const built = await mainBuild();
  if (data.status === 0) {
    const started = `\n=== test builds (started at ${secs(t0)})\n`;
    const m = await run('npx', ['tsx', 'tools/check/prebuild.ts'], { quiet: true });
    process.stdout.write(`${started}${m.out}`);
  }
  await reportTypes(types);
  await reportLint(lint());
  await browserTests(built);
  await vitest(['quick', 'heavy', 'site']);
}

const skipped = results.flatMap((r) => r.counts.skipped);
const failures = results.flatMap((r) => r.counts.failures);
if (skipped.length)
  process.stdout.write(`\nSkipped on purpose (${skipped.length}):\n${skipped.map((s) => `  ${s}\n`).join('')}`);
if (failures.length)
  process.stdout.write(
    `\nFailed (${failures.length}${failures.length > 40 ? ', first 40' : ''}):\n${failures
      .slice(0, 40)
      .map((s) => `  ${s}\n`)
      .join('')}`,
  );
const passed = results.reduce((n, r) => n + r.counts.passed, 0);
const failed = results.reduce((n, r) => n + r.counts.failed, 0);
process.stdout.write(`\n${QUICK ? 'test:quick' : 'npm test'} took ${secs(t0)}\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);

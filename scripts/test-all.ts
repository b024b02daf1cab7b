// `npm test`: builds the site (and, beside it, the type check and the test builds: reproducible pair, sub-path, hostile
// data), runs the unit, data and build tests (vitest) and the browser tests (Playwright), and ends with one line
// "N passed, N failed" (the type check counts as one test).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', FORCE_COLOR: '0' };

function run(label: string, cmd: string, args: string[]): { status: number; out: string } {
  process.stdout.write(`\n=== ${label}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(r.stdout ?? '');
  return { status: r.status ?? 1, out: r.stdout ?? '' };
}

let passed = 0;
let failed = 0;

/** Runs a command with its output kept, for printing after it ends. */
function runQuiet(cmd: string, args: string[]): Promise<{ status: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.on('close', (code) => resolve({ status: code ?? 1, out }));
  });
}

const SKIP_SITE_BUILDS = process.env.GROUNDWORK_SKIP_SITE_BUILDS === '1';
// Astro and Vite strip types without checking them, so the compiler runs once over everything, after the main build
// has written Astro's generated types (.astro/) and beside the test builds' last minutes.
const typeCheck = () => runQuiet('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
let typecheck: Promise<{ status: number; out: string }> | null = null;
let build = run('data', 'npm', ['run', 'data', '--silent']);
if (build.status === 0) {
  // The test builds need only the derived tables, so they run beside the main build (2 cores, ~1.5 GB each).
  const tests = SKIP_SITE_BUILDS ? null : runQuiet('npx', ['tsx', 'scripts/check/prebuild.ts']);
  const t0 = Date.now();
  process.stdout.write('\n=== build: npx astro build\n');
  build = await new Promise((resolve) => {
    spawn('npx', ['astro', 'build'], { env, stdio: ['ignore', 'inherit', 'inherit'] }).on('close', (code) => resolve({ status: code ?? 1, out: '' }));
  });
  typecheck = typeCheck();
  if (tests) {
    const r = await tests;
    process.stdout.write(`\n=== test builds (reproducible pair, sub-path, hostile data), beside the main build\n${r.out}`);
    process.stdout.write(`main build and test builds done in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  }
}
const types = await (typecheck ?? typeCheck());
process.stdout.write(`\n=== type check: npx tsc --noEmit\n${types.out}${types.status === 0 ? 'no type errors\n' : ''}`);
if (types.status === 0) passed++;
else failed++;
if (build.status !== 0) {
  failed++;
  process.stdout.write('\nThe build failed, so the tests that need the built site cannot run.\n');
}

const unit = run('unit, data and build tests', 'npx', ['vitest', 'run']);
const m = /^(\d+) passed, (\d+) failed/m.exec(unit.out);
if (m) {
  passed += Number(m[1]);
  failed += Number(m[2]);
} else if (unit.status !== 0) failed++;

if (build.status === 0) {
  rmSync('test-results/e2e.json', { force: true });
  const e2e = run('browser tests', 'npx', ['playwright', 'test']);
  if (existsSync('test-results/e2e.json')) {
    const report = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  } else if (e2e.status !== 0) failed++;
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);

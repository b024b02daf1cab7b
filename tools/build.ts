// `npm run build`: `npm run data`, then `astro build` into dist/. Each step is skipped when its inputs have not changed
// since it last ran and its output is as it left it (a make-style up-to-date check; the stamps are kept by
// tools/check/build-stamps.ts, which `npm test` reads too), so a rebuild with nothing changed takes seconds.
// When both steps must run, they run side by side: Astro's bundling needs no data, and its pages wait for the data step
// (src/data/ready.ts). A data step that fails stops the build with its message and leaves dist/ as it was.
// `--force` (or GROUNDWORK_FORCE_BUILD=1) runs both steps regardless.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_STEP, SITE_STEP, stampStep, stepInputs, stepIsCurrent, type BuildStep } from './check/build-stamps';

const ROOT = process.cwd();
const TRASH = join(ROOT, '.cache/old-dist');
const force = process.argv.includes('--force') || process.env.GROUNDWORK_FORCE_BUILD === '1';

const exited = (child: ChildProcess): Promise<number> =>
  new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
const dataStep = () => spawn('npm', ['run', 'data', '--silent'], { stdio: 'inherit' });
const astroBuild = (env: Record<string, string> = {}) =>
  spawn(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const isCurrent = (s: BuildStep) => (force ? null : stepIsCurrent(s));

/**
 * Moves the last dist/ aside, so Astro does not empty it one file at a time on its main thread (12,000 files took 8 s
 * of wall time for half a CPU-second here, all of it waiting on the disk). Returns where it went.
 */
function moveDistAside(): string | null {
  const dist = join(ROOT, 'dist');
  mkdirSync(TRASH, { recursive: true });
  if (!existsSync(dist)) return null;
  const aside = join(TRASH, `dist-${process.pid}-${Date.now()}`);
  renameSync(dist, aside);
  return aside;
}

/** Deletes what earlier builds moved aside, beside the build (Node waits for it before exiting). */
function emptyTrash(): void {
  const left = readdirSync(TRASH).map((f) => join(TRASH, f));
  if (left.length) spawn('rm', ['-rf', ...left], { stdio: 'ignore' });
}

/** Puts the dist/ moved aside back in place of what a stopped build wrote. */
function restoreDist(aside: string | null): void {
  const dist = join(ROOT, 'dist');
  rmSync(dist, { recursive: true, force: true });
  if (aside) renameSync(aside, dist);
}

async function runStep(s: BuildStep, run: () => Promise<number>): Promise<void> {
  const current = isCurrent(s);
  if (current) {
    console.log(`${s.name}: up to date (inputs ${current} unchanged, ${s.output}/ as built); skipped`);
    return;
  }
  const inputs = stepInputs(s);
  const started = performance.now();
  const status = await run();
  if (status !== 0) process.exit(status);
  stampStep(s, inputs);
  console.log(`${s.name}: ${seconds(started)}`);
}

async function siteStep(): Promise<number> {
  moveDistAside();
  emptyTrash();
  return exited(astroBuild());
}

/** Both steps at once: the data step, and beside it `astro build`, whose pages wait for the data (src/data/ready.ts). */
async function bothSteps(): Promise<void> {
  const started = performance.now();
  const dataInputs = stepInputs(DATA_STEP);
  mkdirSync(join(ROOT, '.cache/build'), { recursive: true });
  const status = join(ROOT, '.cache/build', `data-status-${process.pid}`);
  rmSync(status, { force: true });
  const aside = moveDistAside();
  const data = dataStep();
  const site = astroBuild({ GROUNDWORK_DATA_PENDING: status, GROUNDWORK_BUILD_PID: String(process.pid) });
  const siteExit = exited(site);
  const dataStatus = await exited(data);
  if (dataStatus !== 0) {
    writeFileSync(status, `exit code ${dataStatus}`);
    site.kill('SIGTERM');
    await siteExit;
    rmSync(status, { force: true });
    restoreDist(aside);
    console.log('site: not built, as the data step failed; dist/ is as it was');
    process.exit(dataStatus);
  }
  stampStep(DATA_STEP, dataInputs);
  console.log(`data: ${seconds(started)}`);
  // Read now, before the pages read data/derived, as the sequential path reads them before it starts.
  const siteInputs = stepInputs(SITE_STEP);
  writeFileSync(status, 'ok');
  const siteStatus = await siteExit;
  rmSync(status, { force: true });
  if (siteStatus !== 0) process.exit(siteStatus);
  emptyTrash();
  stampStep(SITE_STEP, siteInputs);
  console.log(`site: ${seconds(started)} (beside the data step)`);
}

if (!isCurrent(DATA_STEP) && !isCurrent(SITE_STEP)) await bothSteps();
else {
  await runStep(DATA_STEP, () => exited(dataStep()));
  await runStep(SITE_STEP, siteStep);
}

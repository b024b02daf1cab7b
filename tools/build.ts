// `npm run build`: `npm run data`, then `astro build` into dist/. Each step is skipped when its inputs have not changed
// since it last ran and its output is as it left it (a make-style up-to-date check; the stamps are kept by
// tools/check/build-stamps.ts, which `npm test` reads too), so a rebuild with nothing changed takes seconds.
// When both steps must run, they run side by side: Astro's bundling needs no data, and its pages wait for the data step
// (src/data/ready.ts). A data step that fails, a site build that fails and a build stopped by a signal (Ctrl-C, kill)
// leave dist/ as it was, and a stopped build stops every process it started.
// `--force` (or GROUNDWORK_FORCE_BUILD=1) runs both steps regardless.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_STEP, SITE_STEP, stampStep, stepInputs, stepIsCurrent, type BuildStep } from './check/build-stamps';
import { exitCode, spawnGroup, stopGroup } from './process-group';

const ROOT = process.cwd();
const TRASH = join(ROOT, '.cache/old-dist');
const force = process.argv.includes('--force') || process.env.GROUNDWORK_FORCE_BUILD === '1';

/** The steps' processes now running, each in a group of its own (stopped whole, with what it started). */
const running = new Set<ChildProcess>();
function started(child: ChildProcess): ChildProcess {
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}
const dataStep = () => started(spawnGroup('npm', ['run', 'data', '--silent'], { stdio: 'inherit' }));
const astroBuild = (env: Record<string, string> = {}) =>
  started(
    spawnGroup(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    }),
  );
/** The dist/ that the site build now running moved aside, to put back if it does not finish. */
let distAside: string | null | undefined;
/** The status file the waiting pages read, while both steps run. */
let statusFile: string | undefined;
/** Set by Ctrl-C or kill: the steps then leave everything to stopBuild. */
let stopping = false;
const stopped = () => new Promise<never>(() => {});

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

/**
 * Deletes what builds moved aside, except `keep`, beside the build: rm runs on after this process exits (12,000 files
 * are seconds of waiting on the disk), and a later build deletes whatever it has not.
 */
function emptyTrash(keep: string | null = null): void {
  const left = readdirSync(TRASH)
    .map((f) => join(TRASH, f))
    .filter((f) => f !== keep);
  if (left.length) spawn('rm', ['-rf', ...left], { stdio: 'ignore', detached: true }).unref();
}

/** Puts the dist/ that the running site build moved aside back in place of what it wrote (once). */
function putBackDist(): void {
  if (distAside === undefined) return;
  const dist = join(ROOT, 'dist');
  rmSync(dist, { recursive: true, force: true });
  if (distAside) renameSync(distAside, dist);
  distAside = undefined;
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

/** `astro build` into a new dist/; the last one is put back if it fails. */
async function siteStep(): Promise<number> {
  distAside = moveDistAside();
  emptyTrash(distAside);
  const status = await exitCode(astroBuild());
  if (stopping) return stopped();
  if (status !== 0) {
    putBackDist();
    console.log('site: the build failed; dist/ is as it was');
  }
  distAside = undefined;
  emptyTrash();
  return status;
}

/** Both steps at once: the data step, and beside it `astro build`, whose pages wait for the data (src/data/ready.ts). */
async function bothSteps(): Promise<void> {
  const started = performance.now();
  const dataInputs = stepInputs(DATA_STEP);
  mkdirSync(join(ROOT, '.cache/build'), { recursive: true });
  const status = (statusFile = join(ROOT, '.cache/build', `data-status-${process.pid}`));
  rmSync(status, { force: true });
  distAside = moveDistAside();
  emptyTrash(distAside);
  const data = dataStep();
  const site = astroBuild({ GROUNDWORK_DATA_PENDING: status, GROUNDWORK_BUILD_PID: String(process.pid) });
  const siteExit = exitCode(site);
  const dataStatus = await exitCode(data);
  if (stopping) return stopped();
  if (dataStatus !== 0) {
    writeFileSync(status, `exit code ${dataStatus}`);
    await stopGroup(site);
    rmSync(status, { force: true });
    putBackDist();
    console.log('site: not built, as the data step failed; dist/ is as it was');
    process.exit(dataStatus);
  }
  stampStep(DATA_STEP, dataInputs);
  console.log(`data: ${seconds(started)}`);
  // Read now, before the pages read data/derived, as the sequential path reads them before it starts.
  const siteInputs = stepInputs(SITE_STEP);
  writeFileSync(status, 'ok');
  const siteStatus = await siteExit;
  if (stopping) return stopped();
  rmSync(status, { force: true });
  if (siteStatus !== 0) {
    putBackDist();
    console.log('site: the build failed; dist/ is as it was');
    process.exit(siteStatus);
  }
  distAside = undefined;
  emptyTrash();
  stampStep(SITE_STEP, siteInputs);
  console.log(`site: ${seconds(started)} (beside the data step)`);
}

/** Ctrl-C or kill: stops every step's processes, puts dist/ back as it was and exits as the signal would. */
async function stopBuild(signal: NodeJS.Signals, code: number): Promise<void> {
  console.log(`\nbuild: stopped by ${signal}; stopping its steps`);
  await Promise.all([...running].map((child) => stopGroup(child)));
  if (statusFile) rmSync(statusFile, { force: true });
  if (distAside !== undefined) {
    putBackDist();
    console.log('site: not built, as the build was stopped; dist/ is as it was');
  }
  process.exit(code);
}
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const)
  process.on(signal, () => {
    if (!stopping) void stopBuild(signal, code);
    stopping = true;
  });

if (!isCurrent(DATA_STEP) && !isCurrent(SITE_STEP)) await bothSteps();
else {
  await runStep(DATA_STEP, () => exitCode(dataStep()));
  await runStep(SITE_STEP, siteStep);
}

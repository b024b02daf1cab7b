// `npm run build`: `npm run data`, then `astro build` into dist/. Each step is skipped when its inputs have not changed
// since it last ran and its output is as it left it (a make-style up-to-date check; the stamps are kept by
// tools/check/build-stamps.ts, which `npm test` reads too), so a rebuild with nothing changed takes seconds.
// `--force` (or GROUNDWORK_FORCE_BUILD=1) runs both steps regardless.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_STEP, SITE_STEP, stampStep, stepInputs, stepIsCurrent, type BuildStep } from './check/build-stamps';

const ROOT = process.cwd();
const force = process.argv.includes('--force') || process.env.GROUNDWORK_FORCE_BUILD === '1';

function runStep(s: BuildStep, run: () => number | null): void {
  const current = force ? null : stepIsCurrent(s);
  if (current) {
    console.log(`${s.name}: up to date (inputs ${current} unchanged, ${s.output}/ as built); skipped`);
    return;
  }
  const inputs = stepInputs(s);
  const started = performance.now();
  const status = run();
  if (status !== 0) process.exit(status ?? 1);
  stampStep(s, inputs);
  console.log(`${s.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Moves the last dist/ aside and deletes it beside the build. Astro would empty it first, one file at a time on its
 * main thread: 12,000 files took 8 s of wall time for half a CPU-second here, all of it waiting on the disk.
 */
function clearOldDist(): void {
  const dist = join(ROOT, 'dist');
  const trash = join(ROOT, '.cache/old-dist');
  mkdirSync(trash, { recursive: true });
  if (existsSync(dist)) renameSync(dist, join(trash, `dist-${process.pid}-${Date.now()}`));
  const left = readdirSync(trash).map((f) => join(trash, f));
  // Node waits for it before exiting (a failed build exits at once and leaves it running).
  if (left.length) spawn('rm', ['-rf', ...left], { stdio: 'ignore' });
}

runStep(DATA_STEP, () => spawnSync('npm', ['run', 'data', '--silent'], { stdio: 'inherit' }).status);
runStep(SITE_STEP, () => {
  clearOldDist();
  const status = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  }).status;
  return status;
});

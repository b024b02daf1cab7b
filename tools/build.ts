// `npm run build`: `npm run data`, then `astro build` into dist/. Each step is skipped when its inputs have not changed
// since it last ran and its output is as it left it (a make-style up-to-date check; the stamps are kept by
// tools/check/build-stamps.ts, which `npm test` reads too), so a rebuild with nothing changed takes seconds.
// `--force` (or GROUNDWORK_FORCE_BUILD=1) runs both steps regardless.
import { spawnSync } from 'node:child_process';
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

runStep(DATA_STEP, () => spawnSync('npm', ['run', 'data', '--silent'], { stdio: 'inherit' }).status);
runStep(
  SITE_STEP,
  () =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    }).status,
);

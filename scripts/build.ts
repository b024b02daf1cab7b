// `npm run build`: `npm run data`, then `astro build` into dist/. Each step is skipped when its inputs have not changed
// since it last ran and its output is as it left it (a make-style up-to-date check; stamps in .cache/build/), so a
// rebuild with nothing changed takes seconds. `--force` (or GROUNDWORK_FORCE_BUILD=1) runs both steps regardless.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { treeHash } from './check/tree-hash';

const ROOT = process.cwd();
const STAMPS = join(ROOT, '.cache/build');
const force = process.argv.includes('--force') || process.env.GROUNDWORK_FORCE_BUILD === '1';
/** Tooling that never changes what the data step or the site build writes. */
const TOOLING = /^scripts\/(check|dev)\/|^scripts\/(bench[^/]*|build|compare-dist|test-all)\.ts$/;

/** Cheap fingerprint of a built folder: every path with its size and modification time. */
function outputStamp(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else {
        const s = statSync(full);
        h.update(`${relative(dir, full)}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  if (!existsSync(dir)) return 'missing';
  walk(dir);
  return h.digest('hex').slice(0, 16);
}

interface Step {
  name: string;
  inputs: readonly string[];
  env: readonly string[];
  output: string;
  run: () => number | null;
}

function runStep(s: Step): void {
  const stampFile = join(STAMPS, `${s.name}.json`);
  const inputs = treeHash(ROOT, s.inputs, JSON.stringify(s.env.map((k) => [k, process.env[k] ?? null])), TOOLING);
  if (!force && existsSync(stampFile)) {
    const old = JSON.parse(readFileSync(stampFile, 'utf8')) as { inputs: string; output: string };
    if (old.inputs === inputs && old.output === outputStamp(join(ROOT, s.output))) {
      console.log(`${s.name}: up to date (inputs ${inputs} unchanged, ${s.output}/ as built); skipped`);
      return;
    }
  }
  const started = performance.now();
  const status = s.run();
  if (status !== 0) process.exit(status ?? 1);
  mkdirSync(STAMPS, { recursive: true });
  writeFileSync(stampFile, `${JSON.stringify({ inputs, output: outputStamp(join(ROOT, s.output)) })}\n`);
  console.log(`${s.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const npm = (args: string[]) => spawnSync('npm', args, { stdio: 'inherit' }).status;

runStep({
  name: 'data',
  inputs: ['data', 'scripts', 'src', 'package-lock.json'],
  env: ['GROUNDWORK_MIRROR'],
  output: 'data/derived',
  run: () => npm(['run', 'data', '--silent']),
});
runStep({
  name: 'site',
  inputs: [
    'src',
    'public',
    'scripts',
    'data',
    'data/derived',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
  ],
  env: ['BASE_PATH', 'SITE_URL', 'SOURCE_DATE_EPOCH', 'GROUNDWORK_DERIVED', 'GROUNDWORK_PNG_CACHE'],
  output: 'dist',
  run: () =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    }).status,
});

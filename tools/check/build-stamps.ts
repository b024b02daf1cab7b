// The one record of what each build step last made and from what: `npm run build` (tools/build.ts) skips a step whose
// inputs and output are as it left them, and `npm test` (tools/test-all.ts) reuses dist/ under the same rule. A
// stamp in .cache/build/{step}.json holds a content hash of the step's inputs (with the environment variables that
// change its output) and a cheap fingerprint of its output folder (paths, sizes and modification times).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO } from './site-copy';
import { treeHash } from './tree-hash';

/** Tooling that never changes what the data step or the site build writes. */
const TOOLING = /^tools\/(check|dev)\/|^tools\/(bench[^/]*|build|compare-dist|test-all)\.ts$|^tools\/setup\.sh$/;

export interface BuildStep {
  name: 'data' | 'site';
  inputs: readonly string[];
  env: readonly string[];
  output: string;
}

export const DATA_STEP: BuildStep = {
  name: 'data',
  inputs: ['data', 'pipeline', 'tools', 'src', 'package-lock.json'],
  env: ['GROUNDWORK_MIRROR'],
  output: 'data/derived',
};

export const SITE_STEP: BuildStep = {
  name: 'site',
  inputs: [
    'src',
    'public',
    'pipeline',
    'tools',
    'data',
    'data/derived',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
  ],
  env: [
    'BASE_PATH',
    'SITE_URL',
    'SOURCE_DATE_EPOCH',
    'GROUNDWORK_DERIVED',
    'GROUNDWORK_ARCHIVE',
    'GROUNDWORK_PNG_CACHE',
  ],
  output: 'dist',
};

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

export function stepInputs(s: BuildStep, root = REPO): string {
  return treeHash(root, s.inputs, JSON.stringify(s.env.map((k) => [k, process.env[k] ?? null])), TOOLING);
}

/** Is the step's output what it last wrote, from the inputs there are now? (Its input hash, or null when not.) */
export function stepIsCurrent(s: BuildStep, root = REPO): string | null {
  const file = join(root, '.cache/build', `${s.name}.json`);
  if (!existsSync(file)) return null;
  const old = JSON.parse(readFileSync(file, 'utf8')) as { inputs: string; output: string };
  const inputs = stepInputs(s, root);
  return old.inputs === inputs && old.output === outputStamp(join(root, s.output)) ? inputs : null;
}

/** Records that the step has just written its output from the current inputs. */
export function stampStep(s: BuildStep, inputs?: string, root = REPO): void {
  inputs ??= stepInputs(s, root);
  mkdirSync(join(root, '.cache/build'), { recursive: true });
  writeFileSync(
    join(root, '.cache/build', `${s.name}.json`),
    `${JSON.stringify({ inputs, output: outputStamp(join(root, s.output)) })}\n`,
  );
}

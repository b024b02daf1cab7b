// Builds the site from a private copy of the project (its own Astro cache, a fixed derived folder), so test builds
// neither see files changing mid-build nor collide with another build's cache in the repository.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const REPO = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** What a site build reads, relative to the repository root (data/raw and data/derived are handled apart). */
export const SITE_INPUTS = [
  'src',
  'public',
  'pipeline',
  'tools',
  'data',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

/**
 * Copies the site's inputs from `repo` into `dest` (replacing it), links each package of node_modules, and points
 * data/derived at `derived`.
 */
export function prepareSiteCopy(dest: string, derived: string, repo = REPO): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(join(dest, 'node_modules'), { recursive: true });
  for (const p of SITE_INPUTS) {
    if (!existsSync(join(repo, p))) continue;
    cpSync(join(repo, p), join(dest, p), {
      recursive: true,
      filter: (src) => !/\/data\/(raw|derived)(\/|$)|\.tmp-\d+|\.old-\d+/.test(src.slice(repo.length)),
    });
  }
  symlinkSync(derived, join(dest, 'data/derived'));
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(repo, 'node_modules', name), join(dest, 'node_modules', name));
  }
}

export interface BuildResult {
  ms: number;
  log: string;
}

/** `astro build --outDir outDir` in the copy `root`, with extra environment (BASE_PATH, SITE_URL, ...). Rejects on failure. */
export async function buildSite(root: string, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const t0 = Date.now();
  rmSync(outDir, { recursive: true, force: true });
  const base: Record<string, string | undefined> = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  // The copy's data/derived is the folder to read; the caller's own overrides must not leak in. Nor may a test
  // runner's Vite variables: vitest sets BASE_URL=/ and NODE_ENV=test, which Astro would take over its own.
  for (const k of Object.keys(base)) {
    if (/^(GROUNDWORK_DERIVED|BASE_PATH|SITE_URL|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|VITE_.*)$/.test(k))
      delete base[k];
  }
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const log = Buffer.concat(chunks).toString('utf8');
  if (status !== 0) throw new Error(`astro build failed (exit ${status}) in ${root}:\n${log.slice(-4000)}`);
  return { ms: Date.now() - t0, log };
}

// A stamp of what dist/ was built from (the site's inputs, the derived tables, the lock file and the build's
// environment), so `npm test` reuses the build `npm run setup` (or `npm run build`) just made instead of repeating it.
// CLI: `tsx scripts/check/dist-stamp.ts write` after a build.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO, SITE_INPUTS } from './site-copy';
import { treeHash } from './tree-hash';

const STAMP = join(REPO, 'node_modules/.cache/groundwork/dist-stamp');

export function distInputsHash(): string {
  const env = ['BASE_PATH', 'SITE_URL', 'GROUNDWORK_DERIVED', 'SOURCE_DATE_EPOCH']
    .map((k) => `${k}=${process.env[k] ?? ''}`)
    .join('\n');
  return treeHash(
    REPO,
    [...SITE_INPUTS, 'data/derived', 'package-lock.json'],
    env,
    /^scripts\/(check\/|test-all\.ts$|setup\.sh$)/,
  );
}

/** Is dist/ a complete build of the current inputs? */
export function distIsCurrent(): boolean {
  return (
    existsSync(join(REPO, 'dist/index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === distInputsHash()
  );
}

export function writeDistStamp(): void {
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, distInputsHash());
}

if (process.argv[1]?.endsWith('dist-stamp.ts') && process.argv[2] === 'write') writeDistStamp();

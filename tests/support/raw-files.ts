// The public raw files for the tests that run on the real data, from the mirror folder `npm run data` reads
// (../shared/data beside the repo, or GROUNDWORK_MIRROR; the pipeline's own default). A missing file fails the test
// that reads it and says where it was looked for.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultOptions } from '../../pipeline/pipeline';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RAW_DATA = defaultOptions(ROOT, () => {}).mirror!;

/** The path of a raw file (relative to the mirror, as `file` in data/sources.json); throws when it is missing. */
export function rawPath(path: string): string {
  const full = join(RAW_DATA, path);
  if (!existsSync(full))
    throw new Error(
      `${full} is missing: the tests on real data read the public raw files from ../shared/data or GROUNDWORK_MIRROR`,
    );
  return full;
}

export const readRaw = (path: string): string => readFileSync(rawPath(path), 'utf8');

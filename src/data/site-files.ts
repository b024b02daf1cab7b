// Pre-built files the pipeline wrote for the browser (data/derived/site/...), served as-is by static endpoints.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DERIVED_DIR } from './index';

const DIR = join(DERIVED_DIR, 'site');

export function siteFiles(folder: string): string[] {
  const dir = join(DIR, folder);
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run data\` first`);
  return readdirSync(dir).sort();
}

export function siteFile(path: string): string {
  return readFileSync(join(DIR, path), 'utf8');
}

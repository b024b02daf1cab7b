// Pre-built files the pipeline wrote for the browser (data/derived/site/...), served as-is by static endpoints. Each
// is parsed whole with its folder's schema first, so a damaged file stops the build instead of reaching a reader.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { postcodeDistrictFileSchema } from '../lib/schema/postcode-district';
import { DERIVED_DIR, parseTable } from './index';

const DIR = join(DERIVED_DIR, 'site');

/** The schema of the files in each folder under data/derived/site/. */
const SCHEMAS: Readonly<Record<string, z.ZodType>> = { postcodes: postcodeDistrictFileSchema };

export function siteFiles(folder: string): string[] {
  const dir = join(DIR, folder);
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run data\` first`);
  return readdirSync(dir).sort();
}

/** The file's text as the pipeline wrote it, once it has parsed with its folder's schema. */
export function siteFile(path: string): string {
  const file = join(DIR, path);
  const text = readFileSync(file, 'utf8');
  const schema = SCHEMAS[path.split('/')[0]!];
  if (!schema) throw new Error(`${file}: no schema for the files of this folder (src/data/site-files.ts)`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON: ${(e as Error).message}`);
  }
  parseTable(file, value, schema);
  return text;
}

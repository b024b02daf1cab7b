// Reads one derived table (data/derived, written by `npm run data`) and parses it with its zod schema: a table that
// does not match stops the build naming the file, the place in the table (row, field) and zod's message.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';

/** At most this many problems are listed; the count of the rest follows. */
const SHOWN = 5;

/** A zod issue path in words: `[12, 'votes', 'lab']` -> "row 12, field votes.lab"; `['seats', 3, 'code']` -> "seats row 3, field code". */
export function placeOf(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  let field: string[] = [];
  for (const p of path) {
    if (typeof p === 'number') {
      const lead = field.join('.');
      field = [];
      words.push(lead ? `${lead} row ${p}` : `row ${p}`);
    } else field.push(String(p));
  }
  if (field.length) words.push(`field ${field.join('.')}`);
  return words.length ? words.join(', ') : 'the whole file';
}

/** The parsed table; throws with every problem's place (up to SHOWN) when `value` does not match `schema`. */
export function parseTable<S extends z.ZodType>(file: string, value: unknown, schema: S): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const lines = issues.slice(0, SHOWN).map((i) => `${file}: ${placeOf(i.path)}: ${i.message}`);
  if (issues.length > SHOWN) lines.push(`${file}: and ${issues.length - SHOWN} more problems`);
  throw new Error(`${lines.join('\n')}\n(the derived tables do not match their schemas: run \`npm run data\` again)`);
}

/** One derived file, parsed with its schema; `dir` is the derived folder. */
export function loadTable<S extends z.ZodType>(dir: string, name: string, schema: S): z.output<S> {
  const path = join(dir, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run data\` before building the site`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not JSON: ${(e as Error).message}`);
  }
  return parseTable(path, value, schema);
}

/** A derived file the pipeline writes only sometimes: parsed with its schema, or null when absent. */
export function loadOptionalTable<S extends z.ZodType>(dir: string, name: string, schema: S): z.output<S> | null {
  return existsSync(join(dir, name)) ? loadTable(dir, name, schema) : null;
}

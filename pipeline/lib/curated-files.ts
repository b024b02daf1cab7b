// The registry of hand-curated files under data/ and the checks `npm run data` runs on every one of them: strict
// UTF-8 (UTF-16 and Windows-1252 named), no invisible controls or marks, no CR-only line endings, and a zod schema with
// unknown keys and columns refused. A file under data/ that no entry matches stops the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { changelogEntrySchema } from '../../src/lib/export/changelog';
import { claimsFileSchema } from '../../src/lib/schema/claims';
import {
  MEMBERSHIP_COLUMNS,
  ORGANISER_COLUMNS,
  membershipRowSchema,
  organiserRowSchema,
  seatSetRegistrySchema,
} from '../../src/lib/schema/curated';
import { sidecarSchema } from '../../src/lib/schema/local-membership';
import { archiveManifestSchema } from '../../src/lib/schema/archive';
import { calibrationFileSchema } from '../../src/lib/schema/calibration';
import { articleClaimsFileSchema } from '../../src/lib/schema/article-claims';
import { selectionNoteSchema } from '../../src/lib/schema/selection-note';
import { campaignStudiesSchema } from '../../src/lib/schema/campaign-studies';
import { readArchivedCsv } from '../../src/server/archive';
import { ALIAS_COLUMNS, aliasRowSchema } from '../../src/lib/search/aliases';
import { readCsvRows } from '../../src/lib/csv/read';
import { DataError } from '../../src/lib/data-error';
import { checkJsonStrings } from './json-strings';
import { manifestSchema } from './manifest';
import {
  checkInvisibleControls,
  checkInvisibleMarks,
  checkLineEndings,
  describeNotUtf8,
  utf16Kind,
} from '../../src/lib/text';

export interface CuratedFileRule {
  /** Path from the repository root; `*` stands for any characters except `/`. */
  pattern: string;
  /** What the file holds, for messages and the report. */
  what: string;
  /** JSON: the schema of the whole document (keys the schema does not know are refused). */
  json?: z.ZodType;
  /** CSV: the row schema and the exact columns, or 'loader' when the step that reads it knows its columns (seat sets). */
  csv?: { schema: z.ZodType; columns: readonly string[] } | 'loader';
  /** Not text (gzipped archive tables): checked by this function instead of the text checks. */
  binary?: (rootDir: string, file: string) => void;
}

/** An archived table must be listed in data/archive/manifest.json and match its checksum there. */
function checkArchivedTable(rootDir: string, file: string): void {
  const [, version, name] = /^data\/archive\/([^/]+)\/([^/]+)\.gz$/.exec(file) ?? [];
  try {
    readArchivedCsv(join(rootDir, 'data/archive'), version!, name!);
  } catch (e) {
    throw new DataError(file, null, null, (e as Error).message);
  }
}

/**
 * One line per curated file or family. To hold a new curated file to this standard, add a line here: its path
 * (or pattern), a few words on what it holds, and its zod schema (`json`) or row schema and columns (`csv`).
 */
export const CURATED_FILES: readonly CuratedFileRule[] = [
  { pattern: 'data/sources.json', what: 'raw-source manifest', json: manifestSchema },
  {
    pattern: 'data/organisers.csv',
    what: 'organiser links',
    csv: { schema: organiserRowSchema, columns: ORGANISER_COLUMNS },
  },
  { pattern: 'data/seat-sets/sets.json', what: 'seat-set registry', json: seatSetRegistrySchema },
  { pattern: 'data/seat-sets/*.csv', what: 'seat set (columns declared in sets.json)', csv: 'loader' },
  { pattern: 'data/claims.json', what: 'claim pages', json: claimsFileSchema },
  { pattern: 'data/changelog.json', what: 'data changelog', json: changelogEntrySchema.array() },
  {
    pattern: 'data/membership/*.csv',
    what: 'national membership figures',
    csv: { schema: membershipRowSchema, columns: MEMBERSHIP_COLUMNS },
  },
  { pattern: 'data/membership/local/*.csv', what: 'published local membership (checked by its step)', csv: 'loader' },
  { pattern: 'data/membership/local/*.json', what: 'local membership sidecar', json: sidecarSchema },
  {
    pattern: 'data/seat-aliases.csv',
    what: 'other names of seats',
    csv: { schema: aliasRowSchema, columns: ALIAS_COLUMNS },
  },
  { pattern: 'data/article-claims.json', what: 'claims in the source articles', json: articleClaimsFileSchema },
  { pattern: 'data/selection-note.json', what: 'how the organising unit chose its seats', json: selectionNoteSchema },
  {
    pattern: 'data/campaign-studies.json',
    what: 'what studies of local campaigning found',
    json: campaignStudiesSchema,
  },
  {
    pattern: 'data/calibration*.json',
    what: 'placebo calibration tables (npm run calibrate; one per measure, and runs with linked places left out)',
    json: calibrationFileSchema,
  },
  { pattern: 'data/archive/manifest.json', what: 'published data versions', json: archiveManifestSchema },
  { pattern: 'data/archive/*/*.csv.gz', what: 'archived published table', binary: checkArchivedTable },
];

/** Files under data/ that are not curated data: documentation, placeholders, and the pipeline's own folders. */
const NOT_DATA = /(^|\/)(README\.md|\.gitkeep)$/;
const PIPELINE_FOLDERS = /^data\/(raw|derived)([./-]|$)/;

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );
  return re.test(path);
}

export function ruleFor(path: string, rules: readonly CuratedFileRule[] = CURATED_FILES): CuratedFileRule | null {
  return rules.find((r) => matches(r.pattern, path)) ?? null;
}

/** Strict UTF-8 text of a curated file (a BOM is kept for the CSV reader to note), or a DataError naming UTF-16, Windows-1252, controls, marks, CR-only. */
export function curatedText(file: string, bytes: Uint8Array): string {
  if (utf16Kind(bytes)) throw new DataError(file, null, null, describeNotUtf8(bytes));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DataError(file, null, null, describeNotUtf8(bytes));
  }
  checkInvisibleControls(file, text);
  checkLineEndings(file, text);
  checkInvisibleMarks(file, text);
  return text;
}

/** Reads a curated file under `rootDir` with the checks of `curatedText`. */
export function readCuratedText(rootDir: string, file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(rootDir, file));
  } catch (e) {
    throw new DataError(
      file,
      null,
      null,
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `cannot read: ${(e as Error).message}`,
    );
  }
  return curatedText(file, bytes);
}

type Json = unknown;
const isPlain = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The path of the first key in `input` that validation dropped from `output` (zod strips unknown keys silently). */
export function droppedKey(
  input: Json,
  output: Json,
  path: (string | number)[] = [],
): { path: (string | number)[]; known: string[] } | null {
  if (isPlain(input) && isPlain(output)) {
    for (const k of Object.keys(input)) {
      if (!(k in output)) return { path: [...path, k], known: Object.keys(output) };
      const inner = droppedKey(input[k], output[k], [...path, k]);
      if (inner) return inner;
    }
  } else if (Array.isArray(input) && Array.isArray(output) && input.length === output.length) {
    for (let i = 0; i < input.length; i++) {
      const inner = droppedKey(input[i], output[i], [...path, i]);
      if (inner) return inner;
    }
  }
  return null;
}

function lineOfKey(text: string, key: string | number | undefined): number | null {
  if (typeof key !== 'string') return null;
  const i = text.indexOf(`"${key}"`);
  return i < 0 ? null : text.slice(0, i).split('\n').length;
}

/**
 * Parses and validates one curated JSON document; unknown keys are refused with the keys that are known there, and a
 * key written twice in one object, or an invisible control character written as a \u escape (which the check of
 * the file's text cannot see), or a string of spaces only (which passes a schema's non-empty check), is refused.
 */
export function checkCuratedJson(file: string, text: string, schema: z.ZodType): unknown {
  let json: unknown;
  text = text.replace(/^\ufeff/, '');
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /at position (\d+)/.exec(message);
    throw new DataError(
      file,
      at ? text.slice(0, Number(at[1])).split('\n').length : null,
      null,
      `invalid JSON: ${message}`,
    );
  }
  checkJsonStrings(file, text);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.');
    throw new DataError(file, null, field || null, issue.message);
  }
  const dropped = droppedKey(json, parsed.data);
  if (dropped) {
    throw new DataError(
      file,
      lineOfKey(text, dropped.path.at(-1)),
      dropped.path.join('.'),
      `unknown key (misspelt?); known keys here: ${dropped.known.join(', ')}`,
    );
  }
  return parsed.data;
}

function listData(rootDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(rootDir, dir), { withFileTypes: true })) {
      const path = `${dir}/${e.name}`;
      if (PIPELINE_FOLDERS.test(path)) continue;
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) out.push(path);
      else
        throw new DataError(
          path,
          null,
          null,
          `not a regular file (${e.isSymbolicLink() ? 'a symbolic link' : e.isFIFO() ? 'a named pipe' : 'a device or socket'}); curated data must be plain files in the repository`,
        );
    }
  };
  walk('data');
  return out.sort();
}

/**
 * Checks every file under data/ (except README.md, .gitkeep, data/raw and data/derived) against its registry line;
 * returns the files checked. Throws DataError for an unlisted file, a file that is not a regular file, bad text or
 * a row or key the schema refuses.
 */
export function checkCuratedFiles(
  rootDir: string,
  rules: readonly CuratedFileRule[] = CURATED_FILES,
): { file: string; what: string }[] {
  const checked: { file: string; what: string }[] = [];
  for (const file of listData(rootDir)) {
    if (NOT_DATA.test(file)) continue;
    const rule = ruleFor(file, rules);
    if (!rule)
      throw new DataError(
        file,
        null,
        null,
        'not a known curated file: add a line for it (path and zod schema) to CURATED_FILES in pipeline/lib/curated-files.ts, or move it out of data/',
      );
    if (rule.binary) {
      rule.binary(rootDir, file);
      checked.push({ file, what: rule.what });
      continue;
    }
    const text = readCuratedText(rootDir, file);
    if (rule.json) checkCuratedJson(file, text, rule.json);
    if (rule.csv && rule.csv !== 'loader') readCsvRows(file, text, rule.csv.schema, rule.csv.columns);
    checked.push({ file, what: rule.what });
  }
  return checked;
}

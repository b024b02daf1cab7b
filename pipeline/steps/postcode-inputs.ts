// The postcode step's raw inputs read and checked: the per-letter old-seat regex files (JSON, nesting limited), the
// district -> 2024 seat list and the old -> new overlaps; a bad entry stops the build with its file, line and field.
import { z } from 'zod';
import { outwardCode } from '../../src/lib/postcode/format';
import { parseRegex, RegexSyntaxError, type RegexNode } from '../../src/lib/postcode/regex-lang';
import type { Lineage } from '../../src/lib/schema/lineage';
import { readCsvRows } from '../../src/lib/csv/read';
import { DataError } from '../../src/lib/data-error';

export const REGEX_DIR = 'postcodes/pcon2010_regex_onspd_feb2021';
export const DISTRICTS_FILE = 'postcodes/pcon24_postcode_districts_nspl_may2026.csv';
const LINEAGE_INPUT = 'lineage (mySociety constituency-mapping-2010-to-2025)';
const districtRow = z.object({
  postcode_district: z.string().regex(/^[A-Z0-9]{2,4}$/, 'not a postcode district'),
  PCON24CD: z.string(),
  n_constituencies_in_district: z.string().regex(/^[1-9][0-9]*$/, 'not a positive whole number'),
});

function lineOf(text: string, needle: string): number | null {
  const at = text.indexOf(needle);
  if (at < 0) return null;
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** One seat of a letter file: its code and its regex, parsed. */
export interface LetterEntry {
  code: string;
  node: RegexNode;
}

export function readLetterFile(letter: string, text: string, knownOld: ReadonlySet<string>): LetterEntry[] {
  const file = `${REGEX_DIR}/${letter}.json`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new DataError(file, null, null, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new DataError(file, 1, null, 'expected a JSON object of seat code -> regex');
  }
  checkRegexNesting(file, parsed as Record<string, unknown>);
  const out: LetterEntry[] = [];
  for (const [code, source] of Object.entries(parsed as Record<string, unknown>)) {
    const fail = (reason: string) => new DataError(file, lineOf(text, `"${code}"`), code, reason);
    if (!knownOld.has(code)) throw fail('unknown 2010-2023 seat code');
    if (typeof source !== 'string') throw fail('regex is not a string');
    try {
      new RegExp(source);
    } catch (e) {
      throw fail(`invalid regex (${(e as Error).message})`);
    }
    try {
      out.push({ code, node: parseRegex(source) });
    } catch (e) {
      if (e instanceof RegexSyntaxError) throw fail(`unsupported regex ${e.message}`);
      throw e;
    }
  }
  return out;
}

export function readDistricts(csv: string, knownNew: ReadonlySet<string>): Map<string, string[]> {
  const { rows } = readCsvRows(DISTRICTS_FILE, csv, districtRow, [
    'postcode_district',
    'PCON24CD',
    'n_constituencies_in_district',
  ]);
  const byDistrict = new Map<string, string[]>();
  const stated = new Map<string, { n: number; line: number }>();
  for (const { line, value } of rows) {
    const district = value.postcode_district;
    if (outwardCode(district) !== district)
      throw new DataError(DISTRICTS_FILE, line, 'postcode_district', `"${district}" is not a postcode district`);
    if (!knownNew.has(value.PCON24CD))
      throw new DataError(DISTRICTS_FILE, line, 'PCON24CD', `unknown 2024 seat code "${value.PCON24CD}"`);
    const seats = byDistrict.get(district) ?? [];
    if (seats.includes(value.PCON24CD))
      throw new DataError(DISTRICTS_FILE, line, 'PCON24CD', `${value.PCON24CD} listed twice for ${district}`);
    seats.push(value.PCON24CD);
    byDistrict.set(district, seats);
    const n = Number(value.n_constituencies_in_district);
    const prev = stated.get(district);
    if (prev && prev.n !== n)
      throw new DataError(
        DISTRICTS_FILE,
        line,
        'n_constituencies_in_district',
        `${n} differs from ${prev.n} on line ${prev.line}`,
      );
    if (!prev) stated.set(district, { n, line });
  }
  for (const [district, seats] of byDistrict) {
    const s = stated.get(district);
    if (s && s.n !== seats.length) {
      throw new DataError(
        DISTRICTS_FILE,
        s.line,
        'n_constituencies_in_district',
        `says ${s.n} but ${district} has ${seats.length} rows`,
      );
    }
  }
  return byDistrict;
}

export function checkLineage(
  lineage: readonly Lineage[],
  knownOld: ReadonlySet<string>,
  knownNew: ReadonlySet<string>,
): void {
  lineage.forEach((l, i) => {
    if (!knownOld.has(l.old))
      throw new DataError(LINEAGE_INPUT, null, `[${i}].old`, `unknown 2010-2023 seat code "${l.old}"`);
    if (!knownNew.has(l.new))
      throw new DataError(LINEAGE_INPUT, null, `[${i}].new`, `unknown 2024 seat code "${l.new}"`);
    for (const field of ['popShareOfOld', 'popShareOfNew'] as const) {
      const v = l[field];
      if (!(v >= 0 && v <= 1))
        throw new DataError(LINEAGE_INPUT, null, `[${i}].${field}`, `share ${v} is not between 0 and 1`);
    }
  });
}

/** Deepest group nesting a postcode regex may have (the real files reach 7); deeper ones would exhaust the parser's stack. */
export const MAX_REGEX_DEPTH = 40;

/** Stops on a postcode regex nested deeper than MAX_REGEX_DEPTH, naming the file and the seat code it is for. */
export function checkRegexNesting(file: string, regexes: Record<string, unknown>): void {
  for (const [code, source] of Object.entries(regexes)) {
    if (typeof source !== 'string') continue;
    let depth = 0;
    let deepest = 0;
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '(') deepest = Math.max(deepest, ++depth);
      else if (c === ')') depth--;
    }
    if (deepest > MAX_REGEX_DEPTH)
      throw new DataError(
        file,
        null,
        code,
        `regex nested ${deepest} groups deep (more than ${MAX_REGEX_DEPTH}); not a postcode pattern`,
      );
  }
}

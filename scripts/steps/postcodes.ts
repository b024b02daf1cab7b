// Postcodes step: cut the per-letter old-seat regex files and the district -> 2024 seat list into one small file
// per postcode area (with the old -> new overlaps it needs), so the browser makes one request per lookup.
import { z } from 'zod';
import { DataError } from '../lib/data-error';
import { readCsvRows } from '../lib/csv';
import type { Lineage } from '../../src/lib/schema/lineage';
import {
  derive, firstChars, matchesNothing, parseRegex, printAnchored, restrictFirst, RegexSyntaxError,
  type RegexNode,
} from '../../src/lib/postcode/regex-lang';
import { outwardCode, postcodeArea } from '../../src/lib/postcode/format';
import {
  POSTCODE_AREAS_PATH, postcodeSlicePath, type LineageTuple, type PostcodeAreasIndex, type PostcodeSlice,
} from '../../src/lib/postcode/slice';

export const REGEX_DIR = 'postcodes/pcon2010_regex_onspd_feb2021';
export const DISTRICTS_FILE = 'postcodes/pcon24_postcode_districts_nspl_may2026.csv';
const LINEAGE_INPUT = 'lineage (mySociety constituency-mapping-2010-to-2025)';
const DIGITS = '0123456789';

export interface PostcodeStepInput {
  /** Letter ("A".."Z") -> text of that letter's JSON file. */
  regexFiles: Record<string, string>;
  districtsCsv: string;
  lineage: readonly Lineage[];
  knownOld: ReadonlySet<string>;
  knownNew: ReadonlySet<string>;
}

export interface PostcodeStepReport {
  areas: number;
  districts: number;
  /** Old seats present in at least one slice. */
  oldSeatsPlaced: number;
  /** Codes in a letter file whose regex matches no standard postcode starting with that letter. */
  unplacedOld: { file: string; code: string }[];
  /** Known old seats that appear in no letter file. */
  oldSeatsWithoutPostcodes: string[];
  /** Non-standard outward prefixes in the Feb 2021 data (e.g. the retired "NPT"), left out of the slices. */
  nonStandardPrefixes: { code: string; prefix: string }[];
  /** Areas with old-seat postcodes in Feb 2021 but no live district in May 2026, and the reverse. */
  areasWithoutDistricts: string[];
  areasWithoutOldSeats: string[];
  largestSlice: { area: string; bytes: number };
  smallestSlice: { area: string; bytes: number };
  totalSliceBytes: number;
  areasIndexBytes: number;
  largestLetterFile: { letter: string; bytes: number };
  milliseconds: number;
}

export interface PostcodeStepResult {
  slices: Record<string, PostcodeSlice>;
  areasIndex: PostcodeAreasIndex;
  report: PostcodeStepReport;
}

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

function readLetterFile(letter: string, text: string, knownOld: ReadonlySet<string>): { code: string; node: RegexNode }[] {
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
  const out: { code: string; node: RegexNode }[] = [];
  for (const [code, source] of Object.entries(parsed as Record<string, unknown>)) {
    const line = lineOf(text, `"${code}"`);
    if (!knownOld.has(code)) throw new DataError(file, line, code, 'unknown 2010-2023 seat code');
    if (typeof source !== 'string') throw new DataError(file, line, code, 'regex is not a string');
    try {
      new RegExp(source);
    } catch (e) {
      throw new DataError(file, line, code, `invalid regex (${(e as Error).message})`);
    }
    try {
      out.push({ code, node: parseRegex(source) });
    } catch (e) {
      if (e instanceof RegexSyntaxError) throw new DataError(file, line, code, `unsupported regex ${e.message}`);
      throw e;
    }
  }
  return out;
}

function readDistricts(csv: string, knownNew: ReadonlySet<string>): Map<string, string[]> {
  const { rows } = readCsvRows(DISTRICTS_FILE, csv, districtRow, ['postcode_district', 'PCON24CD', 'n_constituencies_in_district']);
  const byDistrict = new Map<string, string[]>();
  const stated = new Map<string, { n: number; line: number }>();
  for (const { line, value } of rows) {
    const district = value.postcode_district;
    if (outwardCode(district) !== district) throw new DataError(DISTRICTS_FILE, line, 'postcode_district', `"${district}" is not a postcode district`);
    if (!knownNew.has(value.PCON24CD)) throw new DataError(DISTRICTS_FILE, line, 'PCON24CD', `unknown 2024 seat code "${value.PCON24CD}"`);
    const seats = byDistrict.get(district) ?? [];
    if (seats.includes(value.PCON24CD)) throw new DataError(DISTRICTS_FILE, line, 'PCON24CD', `${value.PCON24CD} listed twice for ${district}`);
    seats.push(value.PCON24CD);
    byDistrict.set(district, seats);
    const n = Number(value.n_constituencies_in_district);
    const prev = stated.get(district);
    if (prev && prev.n !== n) throw new DataError(DISTRICTS_FILE, line, 'n_constituencies_in_district', `${n} differs from ${prev.n} on line ${prev.line}`);
    if (!prev) stated.set(district, { n, line });
  }
  for (const [district, seats] of byDistrict) {
    const s = stated.get(district);
    if (s && s.n !== seats.length) {
      throw new DataError(DISTRICTS_FILE, s.line, 'n_constituencies_in_district', `says ${s.n} but ${district} has ${seats.length} rows`);
    }
  }
  return byDistrict;
}

function checkLineage(lineage: readonly Lineage[], knownOld: ReadonlySet<string>, knownNew: ReadonlySet<string>): void {
  lineage.forEach((l, i) => {
    if (!knownOld.has(l.old)) throw new DataError(LINEAGE_INPUT, null, `[${i}].old`, `unknown 2010-2023 seat code "${l.old}"`);
    if (!knownNew.has(l.new)) throw new DataError(LINEAGE_INPUT, null, `[${i}].new`, `unknown 2024 seat code "${l.new}"`);
    for (const field of ['popShareOfOld', 'popShareOfNew'] as const) {
      const v = l[field];
      if (!(v >= 0 && v <= 1)) throw new DataError(LINEAGE_INPUT, null, `[${i}].${field}`, `share ${v} is not between 0 and 1`);
    }
  });
}

/** Keeps 4 significant figures without turning a part into the whole. */
function roundShare(x: number): number {
  const r = Number(x.toPrecision(4));
  return r >= 1 && x < 1 ? 0.9999 : r;
}

function emptySlice(area: string): PostcodeSlice {
  return { area, old: {}, districts: {}, lineage: [] };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k] as T]));
}

/** Cuts the inputs into per-area slices (see PostcodeSlice) and reports what did not fit. */
export function buildPostcodeSlices(input: PostcodeStepInput): PostcodeStepResult {
  const started = performance.now();
  const slices = new Map<string, PostcodeSlice>();
  const sliceOf = (area: string): PostcodeSlice => {
    let s = slices.get(area);
    if (!s) slices.set(area, (s = emptySlice(area)));
    return s;
  };
  const unplacedOld: PostcodeStepReport['unplacedOld'] = [];
  const nonStandardPrefixes: PostcodeStepReport['nonStandardPrefixes'] = [];
  const seenOld = new Set<string>();
  const areasWithOld = new Set<string>();
  let largestLetterFile = { letter: '', bytes: 0 };

  for (const letter of Object.keys(input.regexFiles).sort()) {
    if (!/^[A-Z]$/.test(letter)) throw new DataError(`${REGEX_DIR}/${letter}.json`, null, null, 'letter files must be named A.json … Z.json');
    const text = input.regexFiles[letter] as string;
    const bytes = Buffer.byteLength(text);
    if (bytes > largestLetterFile.bytes) largestLetterFile = { letter, bytes };
    for (const { code, node } of readLetterFile(letter, text, input.knownOld)) {
      seenOld.add(code);
      const afterLetter = derive(node, letter);
      let placed = false;
      for (const next of [...firstChars(afterLetter)].sort()) {
        const area = DIGITS.includes(next) ? letter : letter + next;
        const afterArea = area === letter ? afterLetter : derive(afterLetter, next);
        if (area !== letter) {
          for (const c of [...firstChars(afterArea)].filter((ch) => !DIGITS.includes(ch)).sort()) nonStandardPrefixes.push({ code, prefix: area + c });
        }
        const rest = restrictFirst(afterArea, DIGITS);
        if (matchesNothing(rest) || sliceOf(area).old[code] !== undefined) continue;
        const source = printAnchored(area, rest);
        new RegExp(source);
        sliceOf(area).old[code] = source;
        areasWithOld.add(area);
        placed = true;
      }
      if (!placed) unplacedOld.push({ file: `${letter}.json`, code });
    }
  }

  const districts = readDistricts(input.districtsCsv, input.knownNew);
  const areasWithDistricts = new Set<string>();
  for (const [district, seats] of districts) {
    const area = postcodeArea(district) as string;
    sliceOf(area).districts[district] = seats;
    areasWithDistricts.add(area);
  }

  checkLineage(input.lineage, input.knownOld, input.knownNew);
  const pairsByOld = new Map<string, LineageTuple[]>();
  for (const l of input.lineage) {
    if (!(l.popShareOfOld > 0)) continue;
    const list = pairsByOld.get(l.old) ?? [];
    list.push([l.old, l.new, roundShare(l.popShareOfOld), roundShare(l.popShareOfNew)]);
    pairsByOld.set(l.old, list);
  }

  const out: Record<string, PostcodeSlice> = {};
  let largestSlice = { area: '', bytes: 0 };
  let smallestSlice = { area: '', bytes: Infinity };
  let totalSliceBytes = 0;
  for (const area of [...slices.keys()].sort()) {
    const s = slices.get(area) as PostcodeSlice;
    const lineage = Object.keys(s.old).sort().flatMap((code) => pairsByOld.get(code) ?? [])
      .sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
    const slice: PostcodeSlice = { area, old: sortKeys(s.old), districts: sortKeys(s.districts), lineage };
    out[area] = slice;
    const bytes = Buffer.byteLength(JSON.stringify(slice));
    totalSliceBytes += bytes;
    if (bytes > largestSlice.bytes) largestSlice = { area, bytes };
    if (bytes < smallestSlice.bytes) smallestSlice = { area, bytes };
  }
  const areasIndex: PostcodeAreasIndex = { areas: Object.keys(out) };

  return {
    slices: out,
    areasIndex,
    report: {
      areas: areasIndex.areas.length,
      districts: districts.size,
      oldSeatsPlaced: new Set(Object.values(out).flatMap((s) => Object.keys(s.old))).size,
      unplacedOld,
      oldSeatsWithoutPostcodes: [...input.knownOld].filter((c) => !seenOld.has(c)).sort(),
      nonStandardPrefixes,
      areasWithoutDistricts: [...areasWithOld].filter((a) => !areasWithDistricts.has(a)).sort(),
      areasWithoutOldSeats: [...areasWithDistricts].filter((a) => !areasWithOld.has(a)).sort(),
      largestSlice,
      smallestSlice,
      totalSliceBytes,
      areasIndexBytes: Buffer.byteLength(JSON.stringify(areasIndex)),
      largestLetterFile,
      milliseconds: Math.round(performance.now() - started),
    },
  };
}

/** Files to publish under the site's base URL: "postcodes/<AREA>.json" per slice and "postcodes/areas.json". */
export function postcodeOutputFiles(result: PostcodeStepResult): Map<string, string> {
  const files = new Map<string, string>();
  for (const [area, slice] of Object.entries(result.slices)) files.set(postcodeSlicePath(area), JSON.stringify(slice));
  files.set(POSTCODE_AREAS_PATH, JSON.stringify(result.areasIndex));
  return files;
}

/** One line per fact, for the build log. */
export function describePostcodeReport(r: PostcodeStepReport): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    `postcodes: ${r.areas} area files, ${r.districts} districts, ${r.oldSeatsPlaced} old seats placed, ${r.milliseconds} ms`,
    `postcodes: largest slice ${r.largestSlice.area} ${kb(r.largestSlice.bytes)} (largest letter file ${r.largestLetterFile.letter}.json ${kb(r.largestLetterFile.bytes)}), smallest ${r.smallestSlice.area} ${kb(r.smallestSlice.bytes)}, total ${kb(r.totalSliceBytes)}, areas index ${r.areasIndexBytes} bytes`,
    `postcodes: unplaced old codes: ${r.unplacedOld.length ? r.unplacedOld.map((u) => `${u.code} (${u.file})`).join(', ') : 'none'}`,
    `postcodes: old seats with no postcodes: ${r.oldSeatsWithoutPostcodes.join(', ') || 'none'}`,
    `postcodes: non-standard prefixes left out: ${[...new Set(r.nonStandardPrefixes.map((p) => p.prefix))].join(', ') || 'none'}`,
    `postcodes: areas with Feb 2021 postcodes but no May 2026 district: ${r.areasWithoutDistricts.join(', ') || 'none'}; areas with districts but no old seat: ${r.areasWithoutOldSeats.join(', ') || 'none'}`,
  ];
}

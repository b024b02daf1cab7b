// Postcodes step: cut the per-letter old-seat regex files and the district -> 2024 seat list into per-area slices
// (with the old -> new overlaps they need), then build one small file per postcode district for the browser
// (postcode-districts.ts). postcodesFromSources wires the raw sources to both and to the ledger.
import { z } from 'zod';
import { DataError } from '../lib/data-error';
import { readCsvRows } from '../lib/csv';
import type { Ledger } from '../lib/ledger';
import { parseCodePoint } from '../parse/codepoint';
import { parseSeatRanges } from '../parse/pcon24-ranges';
import { postcodeDistrictPath } from '../../src/lib/postcode/district-file';
import { buildDistrictFiles, type CodePointFile, type DistrictsReport } from './postcode-districts';
import type { Lineage } from '../../src/lib/schema/lineage';
import {
  derive,
  firstChars,
  matchesNothing,
  parseRegex,
  printAnchored,
  restrictFirst,
  RegexSyntaxError,
  type RegexNode,
} from '../../src/lib/postcode/regex-lang';
import { outwardCode, postcodeArea } from '../../src/lib/postcode/format';
import type { LineageTuple, PostcodeAreasIndex, PostcodeSlice } from '../../src/lib/postcode/slice';

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

function readLetterFile(
  letter: string,
  text: string,
  knownOld: ReadonlySet<string>,
): { code: string; node: RegexNode }[] {
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

function checkLineage(lineage: readonly Lineage[], knownOld: ReadonlySet<string>, knownNew: ReadonlySet<string>): void {
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

/** Keeps 4 significant figures without turning a part into the whole. */
function roundShare(x: number): number {
  const r = Number(x.toPrecision(4));
  return r >= 1 && x < 1 ? 0.9999 : r;
}

function emptySlice(area: string): PostcodeSlice {
  return { area, old: {}, districts: {}, lineage: [] };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k] as T]),
  );
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
    if (!/^[A-Z]$/.test(letter))
      throw new DataError(`${REGEX_DIR}/${letter}.json`, null, null, 'letter files must be named A.json … Z.json');
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
          for (const c of [...firstChars(afterArea)].filter((ch) => !DIGITS.includes(ch)).sort())
            nonStandardPrefixes.push({ code, prefix: area + c });
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
    const lineage = Object.keys(s.old)
      .sort()
      .flatMap((code) => pairsByOld.get(code) ?? [])
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

/** One line per fact about the district files. */
export function describeDistrictsReport(r: DistrictsReport): string[] {
  const n = (x: number) => x.toLocaleString('en-GB');
  return [
    `districts: ${n(r.gbDistricts)} GB district files (${n(r.livePostcodes)} live postcodes, ${n(r.splitDistricts)} districts split between 2024 seats), ${r.niDistricts} Northern Ireland (${n(r.niPostcodes)} Feb 2021 postcodes), ${r.milliseconds} ms`,
    `districts: ${n(r.totalBytes)} bytes in all, mean ${n(r.meanBytes)}, largest ${r.largest.district} ${n(r.largest.bytes)}`,
    `districts: ${n(r.withoutNewSeat.length)} live postcodes without a 2024 seat in the range file; ${n(r.withoutOldSeat)} not in the Feb 2021 directory (no 2010-2023 seat); ${n(r.crossBorder)} placed in a seat of another nation than Code-Point gives`,
  ];
}

export interface PostcodeSources {
  text: (id: string) => { source: string; file: string; text: string };
  sourceIds: readonly string[];
  ledger: Ledger;
  lineage: readonly Lineage[];
  idToCode: ReadonlyMap<string, string>;
  knownOld: ReadonlySet<string>;
  knownNew: ReadonlySet<string>;
  log: (line: string) => void;
}

const LIVE_PREFIX = 'pc-live-';
/** The 120 Code-Point files are one table split by area; the ledger counts them as one. */
const LIVE_LEDGER = 'pc-live';
const LIVE_FILES = 'postcodes/codepoint_open_2025_4/Data/CSV/*.csv';

/** Reads every postcode source, records its rows in the ledger and returns the site files ("postcodes/SW15.json" -> JSON). */
export function postcodesFromSources(args: PostcodeSources): Map<string, string> {
  const { text, ledger } = args;
  const districts = text('pc-districts-2024');
  const regexFiles: Record<string, string> = {};
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    const t = text(`pc-old-${letter.toLowerCase()}`);
    regexFiles[letter] = t.text;
    const entries = readLetterFile(letter, t.text, args.knownOld).length;
    ledger.read(t.source, t.file, entries);
    ledger.used(t.source, t.file, entries);
  }
  const slices = buildPostcodeSlices({
    regexFiles,
    districtsCsv: districts.text,
    lineage: args.lineage,
    knownOld: args.knownOld,
    knownNew: args.knownNew,
  });
  districts.text
    .trim()
    .split('\n')
    .slice(1)
    .forEach((row, i) => {
      ledger.read(districts.source, districts.file, 1);
      if (row.startsWith('BT')) ledger.used(districts.source, districts.file);
      else
        ledger.skip(
          districts.source,
          districts.file,
          'Great Britain district: the exact lookup (Code-Point Open and mySociety) is used instead',
          i + 2,
        );
    });
  for (const line of describePostcodeReport(slices.report)) args.log(line);

  const rangesText = text('pc-new-2024');
  const ranges = parseSeatRanges(rangesText.file, rangesText.text, args.idToCode);
  ledger.read(rangesText.source, rangesText.file, ranges.starts.length);
  ledger.used(rangesText.source, rangesText.file, ranges.starts.length);
  if (ranges.emptyRanges) ledger.note(rangesText.source, rangesText.file, `${ranges.emptyRanges} ranges give no seat`);

  const codePoint: CodePointFile[] = [];
  for (const id of args.sourceIds.filter((x) => x.startsWith(LIVE_PREFIX))) {
    const t = text(id);
    const area = id.slice(LIVE_PREFIX.length).toUpperCase();
    const rows = parseCodePoint(t.file, area, t.text);
    codePoint.push({ file: t.file, area, rows });
    ledger.read(LIVE_LEDGER, LIVE_FILES, rows.length);
    ledger.used(LIVE_LEDGER, LIVE_FILES, rows.length);
  }
  const built = buildDistrictFiles({ slices: slices.slices, ranges, codePoint, knownNew: args.knownNew });
  const unplaced = new Map<string, number[]>();
  for (const miss of built.report.withoutNewSeat)
    unplaced.set(miss.file, [...(unplaced.get(miss.file) ?? []), miss.line]);
  const where = [...unplaced].map(
    ([file, lines]) => `${file.split('/').pop()} ${lines.length} (line ${lines[0]}${lines.length > 1 ? ', …' : ''})`,
  );
  if (where.length)
    ledger.note(
      LIVE_LEDGER,
      LIVE_FILES,
      `${built.report.withoutNewSeat.length} live postcodes have no 2024 seat in mySociety's range file, so the site says it cannot place them: ${where.join('; ')}`,
    );
  for (const line of describeDistrictsReport(built.report)) args.log(line);

  const files = new Map<string, string>();
  for (const [district, f] of built.files) files.set(postcodeDistrictPath(district), JSON.stringify(f));
  return files;
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

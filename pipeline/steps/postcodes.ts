// Postcodes step: cut the per-letter old-seat regex files and the district -> 2024 seat list into per-area slices
// (with the old -> new overlaps they need), then build one small file per postcode district for the browser
// (postcode-districts.ts). The inputs are read in postcode-inputs.ts; postcode-sources.ts wires the raw sources to both
// and to the ledger.
import { DataError } from '../../src/lib/data-error';
import type { Lineage } from '../../src/lib/schema/lineage';
import { derive, firstChars, matchesNothing, restrictFirst } from '../../src/lib/postcode/regex-lang';
import { printAnchored } from '../../src/lib/postcode/regex-print';
import { postcodeArea } from '../../src/lib/postcode/format';
import type { LineageTuple, PostcodeAreasIndex, PostcodeSlice } from '../../src/lib/postcode/slice';
import { checkLineage, readDistricts, readLetterFile, REGEX_DIR, type LetterEntry } from './postcode-inputs';

const DIGITS = '0123456789';

export interface PostcodeStepInput {
  /** Letter ("A".."Z") -> text of that letter's JSON file. */
  regexFiles: Record<string, string>;
  /** Letter -> that file's entries as readLetterFile read them, when the caller has read them already. */
  letterEntries?: Record<string, readonly LetterEntry[]>;
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
    for (const { code, node } of input.letterEntries?.[letter] ?? readLetterFile(letter, text, input.knownOld)) {
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

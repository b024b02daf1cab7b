// The postcode step wired to the raw sources: reads every postcode source, records its rows in the ledger, cuts the
// slices and the district files, counts each local authority's postcodes by seat, and logs what it found; the step
// cache plays it back when its inputs are unchanged.
import { csvTable, isBlankRecord, stripBom } from '../../src/lib/csv/read';
import { postcodeDistrictPath } from '../../src/lib/postcode/district-file';
import type { Lineage } from '../../src/lib/schema/lineage';
import { namedStep } from '../../src/lib/data-error';
import type { Ledger } from '../lib/ledger';
import type { Source } from '../lib/manifest';
import { cachedStep } from '../lib/step-cache';
import { parseCodePoint } from '../parse/codepoint';
import { parseSeatRanges } from '../parse/pcon24-ranges';
import { readLetterFile, type LetterEntry } from './postcode-inputs';
import {
  buildDistrictFiles,
  type AuthoritySeats,
  type CodePointFile,
  type DistrictsReport,
} from './postcode-districts';
import { buildPostcodeSlices, type PostcodeStepReport } from './postcodes';

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

export interface PostcodeOutput {
  /** The site files: "postcodes/SW15.json" -> JSON. */
  files: Map<string, string>;
  authorities: AuthoritySeats;
}

/** Reads every postcode source, records its rows in the ledger and returns the site files and the authority counts. */
export function postcodesFromSources(args: PostcodeSources): PostcodeOutput {
  const { text, ledger } = args;
  const districts = text('pc-districts-2024');
  const regexFiles: Record<string, string> = {};
  const letterEntries: Record<string, LetterEntry[]> = {};
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    const t = text(`pc-old-${letter.toLowerCase()}`);
    regexFiles[letter] = t.text;
    const entries = readLetterFile(letter, t.text, args.knownOld);
    letterEntries[letter] = entries;
    ledger.read(t.source, t.file, entries.length);
    ledger.used(t.source, t.file, entries.length);
  }
  const slices = buildPostcodeSlices({
    regexFiles,
    letterEntries,
    districtsCsv: districts.text,
    lineage: args.lineage,
    knownOld: args.knownOld,
    knownNew: args.knownNew,
  });
  // Each row as readDistricts read it (the one CSV reader: blank lines skipped, quoted line breaks kept, real lines).
  const { header, rows } = csvTable(stripBom(districts.text), isBlankRecord);
  const district = header!.cells.indexOf('postcode_district');
  for (const r of rows) {
    ledger.read(districts.source, districts.file, 1);
    if (r.cells[district]!.startsWith('BT')) ledger.used(districts.source, districts.file);
    else
      ledger.skip(
        districts.source,
        districts.file,
        'Great Britain district: the exact lookup (Code-Point Open and mySociety) is used instead',
        r.line,
      );
  }
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
  return { files, authorities: built.authorities };
}

/**
 * The postcode files and authority counts, reused from the step cache (lib/step-cache.ts) when the postcode sources
 * and the tables the step is given are unchanged; a bad row stops the build naming the postcode files.
 */
export function cachedPostcodeFiles(
  args: Omit<PostcodeSources, 'sourceIds'> & { sources: readonly Source[] },
): PostcodeOutput {
  const { sources, lineage, idToCode, knownOld, knownNew } = args;
  return namedStep('postcode files (pc-old-*, pc-districts-2024, pc-new-2024, pc-live-*)', 'postcode files', () =>
    cachedStep({
      name: 'postcodes',
      inputs: {
        sources: sources.filter((s) => s.id.startsWith('pc-')),
        lineage,
        idToCode: [...idToCode],
        knownOld: [...knownOld].sort(),
        knownNew: [...knownNew].sort(),
      },
      ledger: args.ledger,
      log: args.log,
      run: (log) => postcodesFromSources({ ...args, sourceIds: sources.map((s) => s.id), log }),
      encode: (out) => ({ files: [...out.files], authorities: out.authorities }),
      decode: (json) => {
        const { files, authorities } = json as { files: [string, string][]; authorities: AuthoritySeats };
        return { files: new Map(files), authorities };
      },
    }),
  );
}

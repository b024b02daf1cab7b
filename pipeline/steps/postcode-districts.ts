// Postcode districts step: one small file per postcode district for the browser. Great Britain: every live postcode
// (OS Code-Point Open) with its exact 2024 seat (mySociety's ranges) and its 2010-2023 seat (ONSPD Feb 2021 regexes).
// Northern Ireland (BT): the Feb 2021 postcodes with their old seat, and the district's 2024 candidates.
import { DataError } from '../../src/lib/data-error';
import type { CodePointRow } from '../parse/codepoint';
import { seatOfPostcode, type SeatRanges } from '../parse/pcon24-ranges';
import { enumerate, parseRegex } from '../../src/lib/postcode/regex-lang';
import type { PostcodeSlice } from '../../src/lib/postcode/slice';
import {
  encodeBitmap,
  inwardSlot,
  postcodeDistrictPath,
  toRuns,
  type PostcodeDistrictFile,
} from '../../src/lib/postcode/district-file';

export interface CodePointFile {
  file: string;
  area: string;
  rows: CodePointRow[];
}

export interface DistrictsInput {
  /** Per postcode area: old-seat regexes, NSPL district candidates (used for BT only) and overlaps. */
  slices: Record<string, PostcodeSlice>;
  ranges: SeatRanges;
  codePoint: readonly CodePointFile[];
  knownNew: ReadonlySet<string>;
}

export interface DistrictsReport {
  gbDistricts: number;
  niDistricts: number;
  livePostcodes: number;
  /** Live GB postcodes the range file gives no seat (they are published as live, with no 2024 seat). */
  withoutNewSeat: { file: string; line: number; postcode: string }[];
  /** Live GB postcodes not in the Feb 2021 directory (newer), so no 2010-2023 seat. */
  withoutOldSeat: number;
  /** Live postcodes whose country (Code-Point) differs from their seat's nation (border postcodes). */
  crossBorder: number;
  splitDistricts: number;
  niPostcodes: number;
  totalBytes: number;
  largest: { district: string; bytes: number };
  meanBytes: number;
  milliseconds: number;
}

export interface DistrictsResult {
  files: Map<string, PostcodeDistrictFile>;
  report: DistrictsReport;
}

const NATION_OF_SEAT: Record<string, string> = { E14: 'E', W07: 'W', S14: 'S' };

/** Postcode -> old seat for every postcode an area's regexes match (one seat each, else bad input). */
function oldSeatsOfArea(slice: PostcodeSlice | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!slice) return out;
  for (const [code, source] of Object.entries(slice.old)) {
    enumerate(parseRegex(source), (pc) => {
      const had = out.get(pc);
      if (had !== undefined && had !== code) {
        throw new DataError(
          `postcode area ${slice.area}`,
          null,
          code,
          `postcode ${pc} is matched by both ${had} and ${code}`,
        );
      }
      out.set(pc, code);
    });
  }
  return out;
}

interface Entry {
  inward: string;
  newSeat: string | null;
  oldSeat: string | null;
}

function encode(
  district: string,
  kind: 'gb' | 'ni',
  entries: Entry[],
  extra: Pick<PostcodeDistrictFile, 'candidates' | 'lineage'> = {},
): PostcodeDistrictFile {
  const bySector = new Map<string, number[]>();
  const ordered = entries
    .map((e) => ({ e, at: inwardSlot(e.inward) }))
    .map(({ e, at }) => {
      if (!at)
        throw new DataError(
          `postcode district ${district}`,
          null,
          null,
          `inward code ${e.inward} uses letters no postcode uses`,
        );
      return { e, at };
    })
    .sort((a, b) => (a.at.sector < b.at.sector ? -1 : a.at.sector > b.at.sector ? 1 : a.at.slot - b.at.slot));
  ordered.forEach(({ e, at }, i) => {
    const prev = ordered[i - 1];
    if (prev && prev.at.sector === at.sector && prev.at.slot === at.slot)
      throw new DataError(
        `postcode district ${district}`,
        null,
        null,
        `postcode ${district} ${e.inward} appears twice`,
      );
  });
  for (const { at } of ordered) {
    const list = bySector.get(at.sector) ?? [];
    list.push(at.slot);
    bySector.set(at.sector, list);
  }
  const indexer = (values: (string | null)[]) => {
    const seats = [...new Set(values.filter((v): v is string => v !== null))].sort();
    return { seats, runs: toRuns(values.map((v) => (v === null ? -1 : seats.indexOf(v)))) };
  };
  const news = kind === 'gb' ? indexer(ordered.map(({ e }) => e.newSeat)) : { seats: [], runs: [] };
  const olds = indexer(ordered.map(({ e }) => e.oldSeat));
  const sectors: Record<string, string> = {};
  for (const [sector, slots] of [...bySector].sort((a, b) => a[0].localeCompare(b[0])))
    sectors[sector] = encodeBitmap(slots);
  return {
    v: 2,
    district,
    kind,
    sectors,
    newSeats: news.seats,
    newRuns: news.runs,
    oldSeats: olds.seats,
    oldRuns: olds.runs,
    ...extra,
  };
}

/** Builds every district file and checks that every GB 2024 seat has live postcodes. */
export function buildDistrictFiles(input: DistrictsInput): DistrictsResult {
  const started = performance.now();
  const byDistrict = new Map<string, Entry[]>();
  const withoutNewSeat: DistrictsReport['withoutNewSeat'] = [];
  const seatsSeen = new Set<string>();
  let withoutOldSeat = 0;
  let crossBorder = 0;
  let livePostcodes = 0;

  for (const cp of [...input.codePoint].sort((a, b) => a.area.localeCompare(b.area))) {
    const old = oldSeatsOfArea(input.slices[cp.area]);
    for (const { postcode, line, country } of cp.rows) {
      livePostcodes++;
      const newSeat = seatOfPostcode(input.ranges, postcode);
      const district = postcode.slice(0, -3);
      if (newSeat === null) withoutNewSeat.push({ file: cp.file, line, postcode });
      else {
        if (!input.knownNew.has(newSeat))
          throw new DataError(cp.file, line, 'Postcode', `range lookup gives unknown seat ${newSeat}`);
        seatsSeen.add(newSeat);
        if (NATION_OF_SEAT[newSeat.slice(0, 3)] !== country) crossBorder++;
      }
      const oldSeat = old.get(postcode) ?? null;
      if (oldSeat === null) withoutOldSeat++;
      const list = byDistrict.get(district) ?? [];
      list.push({ inward: postcode.slice(-3), newSeat, oldSeat });
      byDistrict.set(district, list);
    }
  }
  const missing = [...input.knownNew].filter((c) => /^(E14|W07|S14)/.test(c) && !seatsSeen.has(c));
  if (missing.length) {
    throw new DataError(
      'postcodes/pcon24_mysociety_mini_lookup/pcon_2024.json',
      null,
      null,
      `no live postcode lies in ${missing.length} GB seats (${missing.slice(0, 5).join(', ')}…)`,
    );
  }

  const files = new Map<string, PostcodeDistrictFile>();
  let splitDistricts = 0;
  for (const [district, entries] of byDistrict) {
    const f = encode(district, 'gb', entries);
    if (f.newSeats.length > 1) splitDistricts++;
    files.set(district, f);
  }

  const bt = input.slices.BT;
  let niPostcodes = 0;
  let niDistricts = 0;
  if (bt) {
    const niByDistrict = new Map<string, Entry[]>();
    for (const [postcode, oldSeat] of oldSeatsOfArea(bt)) {
      const district = postcode.slice(0, -3);
      const list = niByDistrict.get(district) ?? [];
      list.push({ inward: postcode.slice(-3), newSeat: null, oldSeat });
      niByDistrict.set(district, list);
      niPostcodes++;
    }
    for (const district of new Set([...niByDistrict.keys(), ...Object.keys(bt.districts)])) {
      const entries = niByDistrict.get(district) ?? [];
      const oldHere = new Set(entries.map((e) => e.oldSeat));
      const f = encode(district, 'ni', entries, {
        candidates: [...(bt.districts[district] ?? [])].sort(),
        lineage: bt.lineage.filter((l) => oldHere.has(l[0])),
      });
      files.set(district, f);
      niDistricts++;
    }
  }

  let totalBytes = 0;
  let largest = { district: '', bytes: 0 };
  for (const [district, f] of files) {
    postcodeDistrictPath(district);
    const bytes = Buffer.byteLength(JSON.stringify(f));
    totalBytes += bytes;
    if (bytes > largest.bytes) largest = { district, bytes };
  }
  return {
    files: new Map([...files].sort((a, b) => a[0].localeCompare(b[0]))),
    report: {
      gbDistricts: files.size - niDistricts,
      niDistricts,
      livePostcodes,
      withoutNewSeat,
      withoutOldSeat,
      crossBorder,
      splitDistricts,
      niPostcodes,
      totalBytes,
      largest,
      meanBytes: Math.round(totalBytes / Math.max(1, files.size)),
      milliseconds: Math.round(performance.now() - started),
    },
  };
}

// Postcode districts step: one small file per postcode district for the browser. Great Britain: every live postcode
// (OS Code-Point Open) with its exact 2024 seat (mySociety's ranges) and its 2010-2023 seat (ONSPD Feb 2021 regexes).
// Northern Ireland (BT): the Feb 2021 postcodes with their old seat, and the district's 2024 candidates. On the way it
// counts each local authority's live postcodes by seat, which places a curated place (a town, a county) in seats.
import { DataError } from '../../src/lib/data-error';
import type { CodePointRow } from '../parse/codepoint';
import { seatOfPostcode, type SeatRanges } from '../parse/pcon24-ranges';
import { enumerate, parseRegex } from '../../src/lib/postcode/regex-lang';
import type { PostcodeSlice } from '../../src/lib/postcode/slice';
import {
  encodeBitmap,
  inwardSlot,
  postcodeDistrictPath,
  SLOTS,
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

/**
 * Live GB postcodes by local authority (Code-Point's Admin_district_code) and seat, for the 2010-2023 seats (`old`,
 * through the Feb 2021 directory) and the 2024 seats (`new`): authority -> seat -> postcodes, keys sorted.
 */
export interface AuthoritySeats {
  old: Record<string, Record<string, number>>;
  new: Record<string, Record<string, number>>;
}

export interface DistrictsResult {
  files: Map<string, PostcodeDistrictFile>;
  authorities: AuthoritySeats;
  report: DistrictsReport;
}

type Counts = Map<string, Map<string, number>>;

function count(counts: Counts, authority: string, seat: string): void {
  let bySeat = counts.get(authority);
  if (!bySeat) counts.set(authority, (bySeat = new Map()));
  bySeat.set(seat, (bySeat.get(seat) ?? 0) + 1);
}

const byKey = <T>(entries: Iterable<[string, T]>): [string, T][] =>
  [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

function sortedCounts(counts: Counts): Record<string, Record<string, number>> {
  return Object.fromEntries(byKey(counts).map(([a, seats]) => [a, Object.fromEntries(byKey(seats))]));
}

/** Code-Point's nation -> how the codes of its 2024 seats begin. */
const SEAT_PREFIX: Record<string, string> = { E: 'E14', W: 'W07', S: 'S14' };

/**
 * A Map key for a space-free postcode of `area`, cheaper than its text: the characters after the area read in base 37
 * (digits 1-10, letters 11-36, so "1" and "01" differ), a small integer for any real postcode. Text outside the area,
 * with other characters, or too long for a number to hold exactly keys as itself.
 */
export function postcodeKey(area: string, pc: string): number | string {
  if (pc.length - area.length > 10 || !pc.startsWith(area)) return pc;
  let key = 0;
  for (let i = area.length; i < pc.length; i++) {
    const c = pc.charCodeAt(i);
    const digit = c >= 48 && c <= 57 ? c - 47 : c >= 65 && c <= 90 ? c - 54 : 0;
    if (digit === 0) return pc;
    key = key * 37 + digit;
  }
  return key;
}

/** Postcode (as keyOf gives it) -> old seat for every postcode an area's regexes match (one seat each, else bad input). */
function oldSeatsOfArea<K>(slice: PostcodeSlice | undefined, keyOf: (pc: string) => K): Map<K, string> {
  const out = new Map<K, string>();
  if (!slice) return out;
  for (const [code, source] of Object.entries(slice.old)) {
    enumerate(parseRegex(source), (pc) => {
      const key = keyOf(pc);
      const had = out.get(key);
      if (had !== undefined && had !== code) {
        throw new DataError(
          `postcode area ${slice.area}`,
          null,
          code,
          `postcode ${pc} is matched by both ${had} and ${code}`,
        );
      }
      out.set(key, code);
    });
  }
  return out;
}

interface Entry {
  /** Space-free, upper case: its last three characters are the inward code. */
  postcode: string;
  newSeat: string | null;
  oldSeat: string | null;
}

function encode(
  district: string,
  kind: 'gb' | 'ni',
  entries: Entry[],
  extra: Pick<PostcodeDistrictFile, 'candidates' | 'lineage'> = {},
): PostcodeDistrictFile {
  // Each entry's place in the file's order: its sector, then its slot in the sector's map.
  const places = entries.map((e) => {
    const at = inwardSlot(e.postcode.slice(-3));
    if (!at)
      throw new DataError(
        `postcode district ${district}`,
        null,
        null,
        `inward code ${e.postcode.slice(-3)} uses letters no postcode uses`,
      );
    return Number(at.sector) * SLOTS + at.slot;
  });
  const order = entries.map((_, i) => i).sort((i, j) => places[i]! - places[j]!);
  const bySector = new Map<string, number[]>();
  order.forEach((i, k) => {
    const place = places[i]!;
    if (k > 0 && places[order[k - 1]!] === place)
      throw new DataError(
        `postcode district ${district}`,
        null,
        null,
        `postcode ${district} ${entries[i]!.postcode.slice(-3)} appears twice`,
      );
    const sector = String(Math.floor(place / SLOTS));
    const slots = bySector.get(sector);
    if (slots) slots.push(place % SLOTS);
    else bySector.set(sector, [place % SLOTS]);
  });
  const indexer = (values: (string | null)[]) => {
    const seats = [...new Set(values)].filter((v): v is string => v !== null).sort();
    return { seats, runs: toRuns(values.map((v) => (v === null ? -1 : seats.indexOf(v)))) };
  };
  const news = kind === 'gb' ? indexer(order.map((i) => entries[i]!.newSeat)) : { seats: [], runs: [] };
  const olds = indexer(order.map((i) => entries[i]!.oldSeat));
  const sectors: Record<string, string> = {};
  for (const [sector, slots] of bySector) sectors[sector] = encodeBitmap(slots);
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
  const oldByAuthority: Counts = new Map();
  const newByAuthority: Counts = new Map();

  for (const cp of [...input.codePoint].sort((a, b) => a.area.localeCompare(b.area))) {
    const keyOf = (pc: string) => postcodeKey(cp.area, pc);
    const old = oldSeatsOfArea(input.slices[cp.area], keyOf);
    for (const { postcode, line, country, localAuthority } of cp.rows) {
      livePostcodes++;
      const newSeat = seatOfPostcode(input.ranges, postcode);
      const district = postcode.slice(0, -3);
      if (newSeat === null) withoutNewSeat.push({ file: cp.file, line, postcode });
      else {
        if (!input.knownNew.has(newSeat))
          throw new DataError(cp.file, line, 'Postcode', `range lookup gives unknown seat ${newSeat}`);
        seatsSeen.add(newSeat);
        if (!newSeat.startsWith(SEAT_PREFIX[country] as string)) crossBorder++;
      }
      const oldSeat = old.get(keyOf(postcode)) ?? null;
      if (oldSeat === null) withoutOldSeat++;
      if (localAuthority !== null) {
        if (oldSeat !== null) count(oldByAuthority, localAuthority, oldSeat);
        if (newSeat !== null) count(newByAuthority, localAuthority, newSeat);
      }
      const list = byDistrict.get(district) ?? [];
      list.push({ postcode, newSeat, oldSeat });
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
    for (const [postcode, oldSeat] of oldSeatsOfArea(bt, (pc) => pc)) {
      const district = postcode.slice(0, -3);
      const list = niByDistrict.get(district) ?? [];
      list.push({ postcode, newSeat: null, oldSeat });
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
    authorities: { old: sortedCounts(oldByAuthority), new: sortedCounts(newByAuthority) },
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

// A dataset's figures packed by seat and date: every date once, every seat once, and one row per seat and date in
// typed arrays (a Web Worker hands them to the page without copying). Lookups are by binary search within a seat, so
// the page never walks every row to draw a map, a trend or an analysis.
import { isSuppressed, type Count, type DatasetRecord } from './types';

export interface Figures {
  /** Distinct seat codes, sorted. */
  seats: string[];
  /** Distinct dates (YYYY-MM-DD), sorted. */
  dates: string[];
  /** Seat s holds rows start[s] to start[s + 1] - 1, in date order. Length seats.length + 1. */
  start: Int32Array;
  /** Index into `dates`, per row. */
  date: Int32Array;
  /** Counts per row: a count is 0 or more, NaN is not given, -N is "fewer than N" (suppressed). */
  members: Float64Array;
  activists: Float64Array;
  trained: Float64Array;
}

export function encodeCount(c: Count | null): number {
  if (c === null) return NaN;
  return isSuppressed(c) ? -c.under : c;
}

export function decodeCount(v: number): Count | null {
  if (Number.isNaN(v)) return null;
  return v < 0 ? { under: -v } : v;
}

/** Packs records (any order; one per seat and date) into figures. */
export function packFigures(records: readonly DatasetRecord[]): Figures {
  const seats = [...new Set(records.map((r) => r.code))].sort();
  const dates = [...new Set(records.map((r) => r.date))].sort();
  const seatAt = new Map(seats.map((s, i) => [s, i]));
  const dateAt = new Map(dates.map((d, i) => [d, i]));
  const order = records.map((r, i) => ({ s: seatAt.get(r.code)!, d: dateAt.get(r.date)!, i }));
  order.sort((a, b) => a.s - b.s || a.d - b.d);
  const n = records.length;
  const f: Figures = {
    seats,
    dates,
    start: new Int32Array(seats.length + 1),
    date: new Int32Array(n),
    members: new Float64Array(n),
    activists: new Float64Array(n),
    trained: new Float64Array(n),
  };
  order.forEach((o, row) => {
    const r = records[o.i]!;
    f.date[row] = o.d;
    f.members[row] = encodeCount(r.members);
    f.activists[row] = encodeCount(r.activists);
    f.trained[row] = encodeCount(r.trained);
    f.start[o.s + 1] = row + 1;
  });
  return f;
}

/** The buffers to transfer with postMessage. */
export function figureBuffers(f: Figures): ArrayBuffer[] {
  return [f.start, f.date, f.members, f.activists, f.trained].map((a) => a.buffer as ArrayBuffer);
}

export function rowCount(f: Figures): number {
  return f.date.length;
}

const seatIndexes = new WeakMap<Figures, Map<string, number>>();

function seatIndex(f: Figures, code: string): number {
  let m = seatIndexes.get(f);
  if (!m) seatIndexes.set(f, (m = new Map(f.seats.map((s, i) => [s, i]))));
  return m.get(code) ?? -1;
}

function recordAt(f: Figures, s: number, row: number): DatasetRecord {
  return {
    code: f.seats[s]!,
    date: f.dates[f.date[row]!]!,
    members: decodeCount(f.members[row]!) ?? 0,
    activists: decodeCount(f.activists[row]!),
    trained: decodeCount(f.trained[row]!),
  };
}

export function hasSeat(f: Figures, code: string): boolean {
  return seatIndex(f, code) >= 0;
}

/** The seat's record on `date`, or null. */
export function recordOn(f: Figures, code: string, date: string): DatasetRecord | null {
  const s = seatIndex(f, code);
  if (s < 0) return null;
  let lo = f.start[s]!;
  let hi = f.start[s + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = f.dates[f.date[mid]!]!;
    if (d === date) return recordAt(f, s, mid);
    if (d < date) lo = mid + 1;
    else hi = mid;
  }
  return null;
}

/** The seat's records in date order (empty when the seat is not in the figures). */
export function seriesOf(f: Figures, code: string): DatasetRecord[] {
  const s = seatIndex(f, code);
  if (s < 0) return [];
  const out: DatasetRecord[] = [];
  for (let row = f.start[s]!; row < f.start[s + 1]!; row++) out.push(recordAt(f, s, row));
  return out;
}

/** Every record, by seat then date. */
export function* allRecords(f: Figures): Generator<DatasetRecord> {
  for (let s = 0; s < f.seats.length; s++) {
    for (let row = f.start[s]!; row < f.start[s + 1]!; row++) yield recordAt(f, s, row);
  }
}

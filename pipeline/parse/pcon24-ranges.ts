// Parser for mySociety's full-postcode -> 2024 seat range file (pcon_2024.json): sorted range starts (postcodes read
// as base-36 integers, stored as differences) and the seat of each range, joined to ONS codes via UKPARL.2025 ids.
import { DataError } from '../../src/lib/data-error';

export interface SeatRanges {
  /** Range starts, ascending: the space-free upper-case postcode read as a base-36 integer. */
  starts: Float64Array;
  /** ONS 2024 seat code of each range, or null where the file gives none. */
  seats: (string | null)[];
  /** Ranges whose value the file leaves empty or points past its list of values. */
  emptyRanges: number;
}

function intArray(file: string, value: unknown, field: string): number[] {
  if (!Array.isArray(value) || value.some((v) => !Number.isSafeInteger(v) || (v as number) < 0)) {
    throw new DataError(file, null, field, 'expected an array of whole numbers of 0 or more');
  }
  return value as number[];
}

/** Decodes and checks the file: keys strictly increasing and below 36^7, every seat id known. */
export function parseSeatRanges(file: string, text: string, idToCode: ReadonlyMap<string, string>): SeatRanges {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new DataError(file, null, null, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new DataError(file, null, null, 'expected a JSON object');
  const diffs = intArray(file, data.postcode_keys, 'postcode_keys');
  const stored = intArray(file, data.value_key, 'value_key');
  const values = data.value_values;
  if (!Array.isArray(values) || values.some((v, i) => (i === 0 ? v !== null : typeof v !== 'string'))) {
    throw new DataError(file, null, 'value_values', 'expected null followed by seat ids');
  }
  if (diffs.length !== stored.length || diffs.length === 0) {
    throw new DataError(file, null, 'value_key', `${stored.length} values for ${diffs.length} ranges`);
  }
  const codes = (values as (string | null)[]).map((id, i) => {
    if (id === null) return null;
    const code = idToCode.get(id);
    if (!code) throw new DataError(file, null, `value_values[${i}]`, `unknown mySociety seat id "${id}"`);
    return code;
  });
  const starts = new Float64Array(diffs.length);
  const seats: (string | null)[] = new Array(diffs.length);
  const restored: number[] = [];
  let sum = 0;
  let emptyRanges = 0;
  for (let i = 0; i < diffs.length; i++) {
    sum += diffs[i] as number;
    if (i > 0 && !(diffs[i]! > 0)) throw new DataError(file, null, `postcode_keys[${i}]`, 'range starts must increase');
    if (sum >= 36 ** 7) throw new DataError(file, null, `postcode_keys[${i}]`, 'range start is not a postcode');
    starts[i] = sum;
    // A stored 0 (after the first two) repeats the value two places back; the rest are 1 + an index into value_values.
    const s = i >= 2 && stored[i] === 0 ? (restored[i - 2] as number) : (stored[i] as number);
    restored.push(s);
    const code = s >= 1 && s <= codes.length ? (codes[s - 1] ?? null) : null;
    if (code === null) emptyRanges++;
    seats[i] = code;
  }
  return { starts, seats, emptyRanges };
}

/** The 2024 seat of a space-free upper-case postcode: the last range starting at or before it. */
export function seatOfPostcode(ranges: SeatRanges, compact: string): string | null {
  const x = parseInt(compact, 36);
  let lo = 0;
  let hi = ranges.starts.length - 1;
  if (!(x >= (ranges.starts[0] as number))) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ranges.starts[mid] as number) <= x) lo = mid;
    else hi = mid - 1;
  }
  return ranges.seats[lo] ?? null;
}

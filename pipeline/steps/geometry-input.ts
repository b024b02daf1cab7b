// The geometry step's input (a map file, its boundary set and kind, the known seat codes) and the JSON checks the
// boundary and hex readers share: parse with a line number, find a line, require every known code.
import type { BoundarySet } from '../../src/lib/elections';
import type { GeoProjectOptions } from '../../src/lib/maps/geo-project';
import type { HexOptions } from '../../src/lib/maps/hex-layout';
import type { MapKind } from '../../src/lib/maps/types';
import { DataError } from '../../src/lib/data-error';

export interface GeometryInput {
  file: string;
  text: string;
  set: BoundarySet;
  kind: MapKind;
  knownCodes: ReadonlySet<string>;
  /** Seat code -> region code, for the region mesh and region pages (seats not in it get region null). */
  regions?: ReadonlyMap<string, string>;
  geo?: Partial<GeoProjectOptions>;
  hex?: Partial<HexOptions>;
}

/** Finds 1-based line numbers in a text (line starts are indexed once; only called when reporting an error). */
export function lineFinder(text: string): {
  at(position: number): number;
  of(needle: string, nth?: number): number | null;
} {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const at = (position: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const of = (needle: string, nth = 0): number | null => {
    let pos = -1;
    for (let i = 0; i <= nth; i++) {
      pos = text.indexOf(needle, pos + 1);
      if (pos < 0) return null;
    }
    return at(pos);
  };
  return { at, of };
}

export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /at position (\d+)/.exec(message);
    throw new DataError(
      file,
      position ? lineFinder(text).at(Number(position[1])) : null,
      null,
      `not valid JSON (${message})`,
    );
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkAllPresent(
  file: string,
  field: string,
  known: ReadonlySet<string>,
  seen: ReadonlySet<string>,
): void {
  const absent = [...known].filter((c) => !seen.has(c)).sort();
  if (!absent.length) return;
  const list =
    absent
      .slice(0, 5)
      .map((c) => `"${c}"`)
      .join(', ') + (absent.length > 5 ? `, … (${absent.length} in all)` : '');
  throw new DataError(
    file,
    null,
    field,
    `${absent.length === 1 ? 'known code is' : 'known codes are'} missing from the file: ${list}`,
  );
}

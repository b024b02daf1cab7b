// Which boundary set an ONS constituency code belongs to, and how the codes a user chose resolve against the data.
import type { BoundarySet } from '../elections';
import { isSeatCode } from '../geography';
import type { SeatMetrics } from '../schema/metrics';

/** Five Scottish seats kept their code in 2024 because their boundaries did not change. */
const SHARED_CODES = new Set(['S14000021', 'S14000027', 'S14000045', 'S14000048', 'S14000051']);

/**
 * Boundary sets a code belongs to, from ONS code ranges (checked against the 2019 and 2024 result files):
 * 2010 set E14000530-E14001062, W07000041-080, S14000001-059, N06; 2024 set E14001063+, W07000081+, S14000060+, N05.
 */
export function boundarySetsOfCode(code: string): BoundarySet[] {
  if (!isSeatCode(code)) return [];
  if (SHARED_CODES.has(code)) return ['2010', '2024'];
  const n = Number(code.slice(3));
  switch (code.slice(0, 3)) {
    case 'E14':
      return [n <= 1062 ? '2010' : '2024'];
    case 'W07':
      return [n <= 80 ? '2010' : '2024'];
    case 'S14':
      return [n <= 59 ? '2010' : '2024'];
    case 'N06':
      return ['2010'];
    default:
      return ['2024'];
  }
}

export type UnresolvedReason = 'not-a-seat-code' | 'other-boundary-set' | 'not-in-data';

export interface UnresolvedCode {
  code: string;
  reason: UnresolvedReason;
  message: string;
}

export interface ResolvedSet {
  /** Rows of the chosen seats found in the data, in code order. */
  rows: SeatMetrics[];
  /** Codes not found in the data, in code order. */
  unknown: string[];
  unresolved: UnresolvedCode[];
  /** Codes listed more than once (each is used once). */
  duplicates: string[];
}

export function resolveSet(
  codes: readonly string[],
  rowsByCode: ReadonlyMap<string, SeatMetrics>,
  boundarySet: BoundarySet,
): ResolvedSet {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const rows: SeatMetrics[] = [];
  const unresolved: UnresolvedCode[] = [];
  for (const code of codes) {
    if (seen.has(code)) {
      duplicates.add(code);
      continue;
    }
    seen.add(code);
    const row = rowsByCode.get(code);
    if (row) rows.push(row);
    else unresolved.push(explain(code, boundarySet));
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  unresolved.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { rows, unknown: unresolved.map((u) => u.code), unresolved, duplicates: [...duplicates].sort() };
}

function explain(code: string, boundarySet: BoundarySet): UnresolvedCode {
  const sets = boundarySetsOfCode(code);
  if (sets.length === 0)
    return { code, reason: 'not-a-seat-code', message: `"${code}" is not an ONS constituency code` };
  if (!sets.includes(boundarySet)) {
    return {
      code,
      reason: 'other-boundary-set',
      message: `${code} is a constituency on the ${sets[0]} boundaries; this comparison uses the ${boundarySet} boundaries`,
    };
  }
  return { code, reason: 'not-in-data', message: `${code} is not among the seats of this election in the data` };
}

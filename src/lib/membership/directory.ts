// Looks seats up by ONS code or by name (folded with normaliseName), on one or both boundary sets.
import { normaliseName } from '../search/normalise';
import type { BoundarySet, SeatName } from './types';

export interface SeatDirectory {
  /** Every seat with this code: one, or two for the few seats whose code is on both boundary sets. */
  byCode(code: string): SeatName[];
  /** Seats whose folded name equals the folded `name`, on `set` or (null) on either set. */
  byName(name: string, set: BoundarySet | null): SeatName[];
  name(code: string, set: BoundarySet): string | undefined;
}

export function seatDirectory(seats: readonly SeatName[]): SeatDirectory {
  const codes = new Map<string, SeatName[]>();
  const names = new Map<string, SeatName[]>();
  for (const s of seats) {
    codes.set(s.code, [...(codes.get(s.code) ?? []), s]);
    const key = normaliseName(s.name);
    names.set(key, [...(names.get(key) ?? []), s]);
  }
  return {
    byCode: (code) => codes.get(code) ?? [],
    byName: (name, set) => (names.get(normaliseName(name)) ?? []).filter((s) => set === null || s.boundarySet === set),
    name: (code, set) => codes.get(code)?.find((s) => s.boundarySet === set)?.name,
  };
}

export function setLabel(set: BoundarySet): string {
  return set === '2010' ? '2010–2023' : '2024';
}

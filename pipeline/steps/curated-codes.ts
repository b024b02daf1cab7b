// A curated row's seat checked: its ONS code is a seat of its election's boundary set, and its name in the source is
// that seat's (or the note names the seat).
import { election, type BoundarySet } from '../../src/lib/elections';
import type { SeatSetEntry } from '../../src/lib/schema/curated';
import { normaliseName } from '../../src/lib/search/normalise';
import { DataError } from '../lib/data-error';

export interface CodeCheck {
  knownCodes: (set: BoundarySet) => ReadonlySet<string>;
  /** Seat names by code from the boundary files, when known: a row's name must match its code's seat. */
  names?: (set: BoundarySet) => ReadonlyMap<string, string> | undefined;
}

/**
 * A row's name_in_source must be its code's seat (compared as search does: case, accents, punctuation folded). A
 * source that names the seat otherwise ("Hastings" for Hastings and Rye) is fine when the note names the seat.
 */
export function checkName(
  file: string,
  line: number,
  code: string,
  nameInSource: string,
  note: string,
  entry: SeatSetEntry,
  codes: CodeCheck,
): void {
  const official = codes.names?.(election(entry.election).boundarySet)?.get(code);
  if (official === undefined) return;
  const seat = normaliseName(official);
  if (normaliseName(nameInSource) === seat || normaliseName(note).includes(seat)) return;
  throw new DataError(
    file,
    line,
    'name_in_source',
    `"${nameInSource}" is not the name of ${code} ("${official}"); if the source names this seat differently, say so in the note, naming "${official}"`,
  );
}

export function checkCode(file: string, line: number, code: string, entry: SeatSetEntry, codes: CodeCheck): void {
  const set = election(entry.election).boundarySet;
  if (!codes.knownCodes(set).has(code)) {
    throw new DataError(
      file,
      line,
      'ons_code',
      `unknown ONS code ${code}: not a ${set === '2010' ? '2010-2023' : '2024'} constituency`,
    );
  }
}

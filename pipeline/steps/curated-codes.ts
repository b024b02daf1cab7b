// A curated row's seat checked: its ONS code is a seat of its election's boundary set, and its name in the source is
// that seat's (or the note names the seat).
import { election, type BoundarySet } from '../../src/lib/elections';
import type { SeatSetEntry } from '../../src/lib/schema/curated';
import { normaliseName } from '../../src/lib/search/normalise';
import { DataError } from '../../src/lib/data-error';

export interface CodeCheck {
  knownCodes: (set: BoundarySet) => ReadonlySet<string>;
  /** Seat names by code from the boundary files, when known: a row's name must match its code's seat. */
  names?: (set: BoundarySet) => ReadonlyMap<string, string> | undefined;
}

/**
 * Whether `note` names the seat (folded as `seat` is) in words of its own: not inside a longer word, nor as part of
 * another seat's name ("Wells" is not named by a note about Tunbridge Wells).
 */
function namesSeat(note: string, seat: string, allNames: Iterable<string>): boolean {
  let text = ` ${normaliseName(note)} `;
  for (const name of allNames) {
    const other = normaliseName(name);
    if (other !== seat && ` ${other} `.includes(` ${seat} `)) text = text.split(` ${other} `).join(' | ');
  }
  return text.includes(` ${seat} `);
}

/**
 * A row's name_in_source must be its code's seat (compared as search does: case, accents, punctuation folded). A
 * source that names the seat otherwise ("Hastings" for Hastings and Rye) is fine when the note names the seat in
 * words of its own (namesSeat).
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
  const names = codes.names?.(election(entry.election).boundarySet);
  const official = names?.get(code);
  if (official === undefined) return;
  const seat = normaliseName(official);
  if (normaliseName(nameInSource) === seat || namesSeat(note, seat, names!.values())) return;
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

// One row of a membership CSV: its cells read and checked (code or name, date, counts, party) and the row pinned to
// one seat of the file's boundary set, each problem kept with its field and reason.
import { listAnd } from '../format/list';
import { isSeatCode } from '../geography';
import { normaliseName } from '../search/normalise';
import { MEMBERSHIP_BOUNDS } from './bounds';
import { setLabel, type SeatDirectory } from './directory';
import { checkCount, checkDate, type DateOrder } from './fields';
import { CODE_COLUMN, NAME_COLUMN } from './format';
import type { RawRow } from './read-csv';
import type { BoundarySet, SeatName } from './types';

export interface RowOptions {
  seats: SeatDirectory;
  /** YYYY-MM-DD; later dates are rejected. */
  today: string;
  /**
   * Also accept what spreadsheets export: dates like 31/03/2024 (day first, unless the file shows month first) and
   * counts with thousands separators. Off for the published files, which must be in the documented format.
   */
  spreadsheet?: boolean;
}

interface Problem {
  field: string | null;
  reason: string;
  code: string;
}

export interface Pending {
  line: number;
  problems: Problem[];
  code: string | null;
  name: string | null;
  /** Seats the row's code or name could mean, on either set. */
  candidates: SeatName[];
  date: string | null;
  members: number | null;
  activists: number | null;
  trained: number | null;
  party: string | null;
  convertedDate: boolean;
  separated: boolean;
}

function seatList(seats: readonly SeatName[]): string {
  const items = seats.map((s) => `${s.name} (${s.code}, ${setLabel(s.boundarySet)} seats)`);
  return listAnd(items);
}

export function readRow(raw: RawRow, columns: readonly string[], opts: RowOptions, order: DateOrder | null): Pending {
  const p: Pending = {
    line: raw.line,
    problems: [],
    code: null,
    name: null,
    candidates: [],
    date: null,
    members: null,
    activists: null,
    trained: null,
    party: null,
    convertedDate: false,
    separated: false,
  };
  const problem = (field: string | null, reason: string, code: string) => p.problems.push({ field, reason, code });
  if (raw.unterminatedQuote) {
    problem(
      null,
      'a quoted value is not closed (a " is missing), so the rest of the file was read as part of this row',
      'unclosed-quote',
    );
    return p;
  }
  if (raw.cells.length !== columns.length) {
    const more = raw.cells.length > columns.length;
    problem(
      null,
      `row has ${raw.cells.length} fields but the header has ${columns.length}${more ? '; a name containing a comma must be in double quotes' : ''}`,
      more ? 'too-many-fields' : 'too-few-fields',
    );
    return p;
  }
  const cell = (name: string): string => {
    const i = columns.indexOf(name);
    return i < 0 ? '' : (raw.cells[i] ?? '').trim();
  };

  const code = cell(CODE_COLUMN).toUpperCase();
  const name = cell(NAME_COLUMN);
  p.code = code || null;
  p.name = name || null;
  if (code) {
    if (!isSeatCode(code))
      problem(
        CODE_COLUMN,
        `ons_code "${cell(CODE_COLUMN)}" is not a constituency code (like E14000887)`,
        'code-invalid',
      );
    else {
      p.candidates = opts.seats.byCode(code);
      if (!p.candidates.length)
        problem(
          CODE_COLUMN,
          `unknown ons_code ${code}: not a constituency on the 2010–2023 or 2024 boundaries`,
          'code-unknown',
        );
    }
  } else if (name) {
    p.candidates = opts.seats.byName(name, null);
    if (!p.candidates.length)
      problem(NAME_COLUMN, `no constituency called "${name}" on the 2010–2023 or 2024 boundaries`, 'name-unknown');
  } else {
    problem(columns.includes(CODE_COLUMN) ? CODE_COLUMN : NAME_COLUMN, 'no ons_code or constituency given', 'no-seat');
  }

  const date = checkDate(cell('date'), opts.today, order);
  if (date.ok) {
    p.date = date.value.iso;
    p.convertedDate = date.value.converted;
  } else problem('date', date.reason, date.code);
  for (const field of ['members', 'activists', 'trained'] as const) {
    const c = checkCount(field, cell(field), field === 'members', opts.spreadsheet === true);
    if (c.ok) {
      p[field] = c.value.n;
      if (c.value.separated) p.separated = true;
    } else problem(field, c.reason, c.code);
  }
  if (p.members !== null && p.members < MEMBERSHIP_BOUNDS.min)
    problem('members', 'members is 0; a row gives how many members the party has there, at least 1', 'members-zero');
  if (p.members !== null && p.members > MEMBERSHIP_BOUNDS.max) {
    problem(
      'members',
      `members ${p.members} is more than ${MEMBERSHIP_BOUNDS.max.toLocaleString('en-GB')}, above any UK party's national membership`,
      'members-too-many',
    );
  }
  p.party = cell('party') || null;
  return p;
}

/** Pins a row to one seat on `set`, or records why it cannot be. */
export function place(p: Pending, set: BoundarySet, undetermined: boolean): SeatName | null {
  if (!p.candidates.length) return null;
  const onSet = p.candidates.filter((s) => s.boundarySet === set);
  if (p.code) {
    const seat = onSet[0];
    if (!seat) {
      p.problems.push({
        field: CODE_COLUMN,
        code: 'code-other-set',
        reason: `ons_code ${p.code} is a ${setLabel(p.candidates[0]!.boundarySet)} seat, but this file is read on the ${setLabel(set)} seats`,
      });
      return null;
    }
    if (p.name && normaliseName(p.name) !== normaliseName(seat.name)) {
      p.problems.push({
        field: NAME_COLUMN,
        code: 'name-mismatch',
        reason: `ons_code ${p.code} is ${seat.name}, but constituency says "${p.name}"`,
      });
      return null;
    }
    return seat;
  }
  if (undetermined && p.candidates.length > 1) {
    const n = p.candidates.length;
    p.problems.push({
      field: NAME_COLUMN,
      code: 'name-both-sets',
      reason: `constituency "${p.name}" matches ${n === 2 ? 'two' : n} seats: ${seatList(p.candidates)}; give the ons_code or choose the boundary set`,
    });
    return null;
  }
  if (onSet.length !== 1) {
    p.problems.push(
      onSet.length
        ? {
            field: NAME_COLUMN,
            code: 'name-ambiguous',
            reason: `constituency "${p.name}" matches ${onSet.length} seats: ${seatList(onSet)}; give the ons_code`,
          }
        : {
            field: NAME_COLUMN,
            code: 'name-other-set',
            reason: `no constituency called "${p.name}" on the ${setLabel(set)} boundaries`,
          },
    );
    return null;
  }
  return onSet[0]!;
}

// Parses and validates a constituency-party membership CSV: every rejected row is listed with its line and reason.
import { isSeatCode } from '../geography';
import { normaliseName } from '../search/normalise';
import { decideBoundarySet, type RowSets } from './boundary';
import { MEMBERSHIP_BOUNDS } from './bounds';
import { setLabel, type SeatDirectory } from './directory';
import { checkCount, checkDate, dateOrderOf, type DateOrder } from './fields';
import { groupIssues } from './issue-groups';
import { CODE_COLUMN, KNOWN_COLUMNS, MAX_ROWS, NAME_COLUMN } from './format';
import { mappedHeader, type ColumnMapping } from './mapping';
import { readCsv, type RawRow } from './read-csv';
import type { BoundarySet, Issue, MembershipRecord, Note, ParseResult, SeatName } from './types';

export interface ParseOptions {
  seats: SeatDirectory;
  /** YYYY-MM-DD; later dates are rejected. */
  today: string;
  /** Read every row on this boundary set instead of deciding from the file. */
  boundarySet?: BoundarySet | null;
  /**
   * Also accept what spreadsheets export: dates like 31/03/2024 (day first, unless the file shows month first) and
   * counts with thousands separators. Off for the published files, which must be in the documented format.
   */
  spreadsheet?: boolean;
  /** The reader's choice of columns and date format (mapping.ts); without it the header names decide. */
  mapping?: ColumnMapping | null;
}

interface Problem {
  field: string | null;
  reason: string;
  code: string;
}

interface Pending {
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

function failed(fileErrors: Issue[], notes: Note[], rowsRead = 0, rejected: Issue[] = []): ParseResult {
  return {
    ok: false,
    fileErrors,
    boundarySet: null,
    boundarySetReason: '',
    party: null,
    records: [],
    rejected,
    groups: groupIssues(rejected),
    notes,
    rowsRead,
  };
}

function seatList(seats: readonly SeatName[]): string {
  const items = seats.map((s) => `${s.name} (${s.code}, ${setLabel(s.boundarySet)} seats)`);
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function readRow(raw: RawRow, columns: readonly string[], opts: ParseOptions, order: DateOrder | null): Pending {
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
      problem(CODE_COLUMN, `ons_code "${code}" is not a constituency code (like E14000887)`, 'code-invalid');
    else {
      p.candidates = opts.seats.byCode(code);
      if (!p.candidates.length)
        problem(
          CODE_COLUMN,
          `unknown ons_code ${code}: not a constituency on the 2010-2023 or 2024 boundaries`,
          'code-unknown',
        );
    }
  } else if (name) {
    p.candidates = opts.seats.byName(name, null);
    if (!p.candidates.length)
      problem(NAME_COLUMN, `no constituency called "${name}" on the 2010-2023 or 2024 boundaries`, 'name-unknown');
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
function place(p: Pending, set: BoundarySet, undetermined: boolean): SeatName | null {
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

function headerNotes(columns: readonly string[], line: number): { errors: Issue[]; notes: Note[] } {
  const errors: Issue[] = [];
  const notes: Note[] = [];
  const seen = new Set<string>();
  for (const c of columns) {
    if (c && seen.has(c)) errors.push({ line, field: c, reason: `column "${c}" appears more than once` });
    seen.add(c);
  }
  for (const c of ['date', 'members'])
    if (!columns.includes(c)) errors.push({ line, field: c, reason: `missing required column "${c}"` });
  if (!columns.includes(CODE_COLUMN) && !columns.includes(NAME_COLUMN)) {
    errors.push({ line, field: CODE_COLUMN, reason: 'missing required column: give "ons_code" or "constituency"' });
  }
  const extra = columns.filter((c) => !KNOWN_COLUMNS.includes(c));
  if (extra.length) {
    notes.push({
      line,
      kind: 'note',
      message: `ignored column${extra.length > 1 ? 's' : ''} not in the format: ${extra.map((c) => (c ? `"${c}"` : '(unnamed)')).join(', ')}`,
    });
  }
  return { errors, notes };
}

export function parseMembershipCsv(text: string, opts: ParseOptions): ParseResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new RangeError(`today must be YYYY-MM-DD, got "${opts.today}"`);
  const raw = readCsv(text);
  const notes: Note[] = [];
  if (raw.bom)
    notes.push({ line: null, kind: 'note', message: 'a byte-order mark (BOM) at the start of the file was ignored' });
  if (text.includes('\uFFFD'))
    notes.push({
      line: null,
      kind: 'warning',
      message:
        'some characters could not be read as UTF-8, so names with accents may not match; save the file as "CSV UTF-8"',
    });
  if (raw.commentLines.length) {
    notes.push({
      line: null,
      kind: 'note',
      message: `${plural(raw.commentLines.length, 'comment line')} starting with "#" skipped (line${raw.commentLines.length > 1 ? 's' : ''} ${raw.commentLines.slice(0, 10).join(', ')}${raw.commentLines.length > 10 ? ', …' : ''})`,
    });
  }
  const [header, ...body] = raw.rows;
  if (!header) return failed([{ line: null, field: null, reason: 'the file is empty' }], notes);
  const columns = opts.mapping
    ? mappedHeader(header.cells, opts.mapping)
    : header.cells.map((c) => c.trim().toLowerCase());
  const head = headerNotes(columns, header.line);
  notes.push(...head.notes);
  if (head.errors.length) return failed(head.errors, notes);
  if (!body.length)
    return failed([{ line: null, field: null, reason: 'the file has a header but no data rows' }], notes);
  if (body.length > MAX_ROWS)
    return failed(
      [
        {
          line: null,
          field: null,
          reason: `the file has ${body.length.toLocaleString('en-GB')} data rows; the most this tool reads is ${MAX_ROWS.toLocaleString('en-GB')}`,
        },
      ],
      notes,
      body.length,
    );

  const dateAt = columns.indexOf('date');
  const format = opts.mapping?.dateFormat ?? 'auto';
  const detected = opts.spreadsheet && format === 'auto' ? dateOrderOf(body.map((r) => r.cells[dateAt] ?? '')) : 'dmy';
  const order: DateOrder | null =
    !opts.spreadsheet || format === 'ymd' ? null : format === 'dmy' || format === 'mdy' ? format : (detected ?? 'dmy');
  const pending = body.map((r) => readRow(r, columns, opts, order));
  const fileErrors: Issue[] = [];
  const converted = pending.filter((p) => p.convertedDate).length;
  if (detected === null) {
    notes.push({
      line: null,
      kind: 'warning',
      message:
        'some dates have the day first (like 31/03/2024) and some the month first (like 03/31/2024); they were read day first, so check the rejected dates, choose the date format, or save dates as YYYY-MM-DD',
    });
  } else if (converted) {
    const why = format === 'auto' ? ', because some of them have a month above 12 in the middle place' : ', as chosen';
    notes.push({
      line: null,
      kind: 'note',
      message: `${plural(converted, 'date')} written like ${order === 'dmy' ? `31/03/2024 were read as day/month/year (UK order)${format === 'auto' ? '' : why}` : `03/31/2024 were read as month/day/year (US order)${why}`}`,
    });
  }
  const separated = pending.filter((p) => p.separated).length;
  if (separated)
    notes.push({
      line: null,
      kind: 'note',
      message: `${plural(separated, 'row')} had counts with thousands separators (like 1,039), read as whole numbers`,
    });

  const parties = new Map<string, { value: string; line: number }>();
  for (const p of pending)
    if (p.party && !parties.has(p.party.toLowerCase()))
      parties.set(p.party.toLowerCase(), { value: p.party, line: p.line });
  if (parties.size > 1) {
    fileErrors.push({
      line: null,
      field: 'party',
      reason: `the party column holds more than one party: ${[...parties.values()].map((x) => `"${x.value}" (line ${x.line})`).join(', ')}; a file holds one party`,
    });
  }

  const rowSets: RowSets[] = pending.map((p) => ({
    line: p.line,
    sets: [...new Set(p.candidates.map((s) => s.boundarySet))].sort(),
  }));
  const decision = decideBoundarySet(rowSets, opts.boundarySet ?? null);
  if (decision.kind === 'mixed') fileErrors.push(decision.error);
  const set = decision.kind === 'mixed' ? null : decision.set;

  const placed = new Map<Pending, SeatName>();
  if (set) {
    for (const p of pending) {
      const seat = place(p, set, decision.kind === 'undetermined');
      if (seat && !p.problems.length) placed.set(p, seat);
    }
  }

  const byKey = new Map<string, Pending[]>();
  for (const [p, seat] of placed) {
    const key = `${seat.code}|${p.date}`;
    const same = byKey.get(key);
    if (same) same.push(p);
    else byKey.set(key, [p]);
  }
  for (const [key, rows] of byKey) {
    if (rows.length < 2) continue;
    const [code, date] = key.split('|');
    for (const p of rows) {
      p.problems.push({
        field: 'date',
        code: 'duplicate',
        reason: `${code} on ${date} is given more than once (lines ${rows.map((r) => r.line).join(', ')}); none of these rows is used`,
      });
      placed.delete(p);
    }
  }

  const bad = pending.filter((p) => p.problems.length);
  const rejected: Issue[] = bad.map((p) => ({
    line: p.line,
    field: p.problems[0]!.field,
    reason: p.problems.map((x) => x.reason).join('; '),
  }));
  const groups = groupIssues(bad.map((p) => ({ line: p.line, ...p.problems[0]! })));
  const records: MembershipRecord[] = [];
  for (const [p, seat] of placed) {
    const r: MembershipRecord = {
      line: p.line,
      code: seat.code,
      date: p.date!,
      members: p.members!,
      activists: p.activists,
      trained: p.trained,
    };
    if (r.activists !== null && r.activists > r.members) {
      notes.push({
        line: p.line,
        kind: 'warning',
        message: `activists (${r.activists}) is more than members (${r.members}); the row is used, but check the figures`,
      });
    }
    records.push(r);
  }
  records.sort((a, b) => a.code.localeCompare(b.code) || a.date.localeCompare(b.date));
  const party = parties.size === 1 ? [...parties.values()][0]!.value : null;
  const ok = fileErrors.length === 0;
  return {
    ok,
    fileErrors,
    boundarySet: ok && records.length ? set : null,
    boundarySetReason: ok && records.length && decision.kind !== 'mixed' ? decision.reason : '',
    party: ok ? party : null,
    records: ok ? records : [],
    rejected,
    groups,
    notes,
    rowsRead: body.length,
  };
}

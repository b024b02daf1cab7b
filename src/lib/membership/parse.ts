// Parses and validates a constituency-party membership CSV: every rejected row is listed with its line and reason.
import { decideBoundarySet, type RowSets } from './boundary';
import { dateOrderOf, type DateOrder } from './fields';
import { groupIssues } from './issue-groups';
import { CODE_COLUMN, KNOWN_COLUMNS, MAX_ROWS, NAME_COLUMN } from './format';
import { mappedHeader, type ColumnMapping } from './mapping';
import { readCsv } from './read-csv';
import { place, readRow, type Pending, type RowOptions } from './row';
import type { BoundarySet, Issue, MembershipRecord, Note, ParseResult, SeatName } from './types';

export interface ParseOptions extends RowOptions {
  /** Read every row on this boundary set instead of deciding from the file. */
  boundarySet?: BoundarySet | null;
  /** The reader's choice of columns and date format (mapping.ts); without it the header names decide. */
  mapping?: ColumnMapping | null;
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

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
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

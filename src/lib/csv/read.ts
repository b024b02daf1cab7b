// The one CSV reader of the pipeline and the browser. papaparse splits comma-separated text into records, and each
// record gets the 1-based line of the text where it starts (a quoted value may run over several lines); the records
// themselves throw nothing. On them, two readers that stop with a DataError naming file, line and field: `readTable`
// for a publisher's raw file (a header, then cells converted by `Cells`) and `readCsvRows` for a hand-curated file
// (exactly its columns, each row parsed with a zod schema).
import Papa from 'papaparse';
import type { z } from 'zod';
import { DataError } from '../data-error';
import { firstRepeat } from '../repeats';
import { BOM_NOTE, checkInvisibleControls } from '../text';

export interface CsvRecord {
  /** 1-based line of the text where the record starts. */
  line: number;
  cells: string[];
  /** What papaparse could not read in this record (an unclosed quote, say). */
  errors: Papa.ParseError[];
}

/** An empty line: one empty cell. */
export const isEmptyRecord = (r: CsvRecord): boolean => r.cells.length === 1 && r.cells[0] === '';

/** A line of nothing but commas and white space. */
export const isBlankRecord = (r: CsvRecord): boolean => r.cells.every((c) => c.trim() === '');

/** Lines ended in text[from, to): by \n (in a file whose line ending is \n or \r\n), or by \r in an old Mac file. */
function linesEnded(text: string, from: number, to: number, ending: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === ending) n++;
  return n;
}

/**
 * Every record of `text`, empty lines included, in order. papaparse picks the line ending the text uses unless
 * `newline` is given.
 */
export function csvRecords(text: string, opts: { newline?: '\n' } = {}): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    ...(opts.newline ? { newline: opts.newline } : {}),
    skipEmptyLines: false,
    step: (result) => {
      // papaparse's cursor is just past the record's line ending: where the next record starts.
      const end = result.meta.cursor;
      records.push({ line, cells: result.data, errors: result.errors });
      line += linesEnded(text, start, end, result.meta.linebreak === '\r' ? 13 : 10);
      start = end;
    },
  });
  return records;
}

/**
 * A table with a header: the first record that is not skipped is the header, the rest are rows. `skip` says which
 * records are left out (by default empty lines).
 */
export function csvTable(
  text: string,
  skip: (r: CsvRecord) => boolean = isEmptyRecord,
): { header: CsvRecord | null; rows: CsvRecord[] } {
  const [header, ...rows] = csvRecords(text).filter((r) => !skip(r));
  return { header: header ?? null, rows };
}

/** A row as an object keyed by the header's columns (a repeated column keeps its first value; extra cells dropped). */
export function rowObject(columns: readonly string[], cells: readonly string[]): Record<string, string> {
  const o: Record<string, string> = {};
  columns.forEach((c, i) => {
    if (i < cells.length && !Object.hasOwn(o, c)) o[c] = cells[i]!;
  });
  return o;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `text` without a leading byte-order mark; a removed one is noted in `notes`. */
function withoutBom(text: string, notes: string[]): string {
  const body = stripBom(text);
  if (body !== text) notes.push(BOM_NOTE);
  return body;
}

/** The checks of a header both readers make: no column named twice, every required column there. */
function checkHeader(file: string, columns: readonly string[], required: readonly string[]): void {
  const repeated = firstRepeat(columns.filter((c) => c !== ''));
  if (repeated !== undefined) throw new DataError(file, 1, repeated, 'duplicate column');
  for (const c of required) if (!columns.includes(c)) throw new DataError(file, 1, c, 'missing column');
}

export interface Row {
  /** 1-based line in the file where the row starts (the header is line 1). */
  line: number;
  cells: string[];
}

export interface Table {
  file: string;
  header: string[];
  rows: Row[];
  /** Facts about usable but unusual input (a BOM, unexpected columns, line breaks inside values) for the reconciliation report. */
  notes: string[];
}

/** A row of `n` fields under `columns` (both readers): a short row names the first field it lacks. */
function fieldCountError(file: string, line: number, n: number, columns: readonly string[]): DataError {
  return n < columns.length
    ? new DataError(
        file,
        line,
        columns[n] ?? null,
        `row has ${n} fields, header has ${columns.length} (truncated row?)`,
      )
    : new DataError(file, line, null, `row has ${n} fields, header has ${columns.length}`);
}

/**
 * Parse CSV text; the header is trimmed, a BOM is dropped (and noted), a short last line is an error. With
 * `knownColumns`, header columns that are neither required nor known are noted as not used.
 */
export function readTable(
  file: string,
  text: string,
  opts: { requiredColumns?: readonly string[]; knownColumns?: readonly string[] } = {},
): Table {
  const notes: string[] = [];
  text = withoutBom(text, notes);
  if (text.trim() === '') throw new DataError(file, null, null, 'file is empty');
  const { header, rows: records } = csvTable(text);
  const bad = [header, ...records].find((r) => r?.errors.length);
  if (bad) throw new DataError(file, null, null, `malformed CSV: ${file}:${bad.line}: ${bad.errors[0]!.message}`);
  if (!header) throw new DataError(file, 1, null, 'no header row');
  const hdr = header.cells.map((h) => h.trim());
  const rows: Row[] = records.map((r) => ({ line: r.line, cells: r.cells }));
  checkHeader(file, hdr, opts.requiredColumns ?? []);
  if (opts.knownColumns) {
    const expected = new Set([...(opts.requiredColumns ?? []), ...opts.knownColumns]);
    for (const h of hdr)
      if (h !== '' && !expected.has(h)) notes.push(`column "${h}" is not in the expected layout and is not used`);
  }
  for (const r of rows) {
    // A publisher's row may end in empty fields past the header (a trailing comma).
    if (r.cells.length < hdr.length || r.cells.slice(hdr.length).some((c) => c.trim() !== ''))
      throw fieldCountError(file, r.line, r.cells.length, hdr);
    r.cells.forEach((c, i) => {
      if (c.includes('\n'))
        notes.push(`line ${r.line} field "${hdr[i] ?? i + 1}": a quoted value runs over ${c.split('\n').length} lines`);
    });
  }
  return { file, header: hdr, rows, notes };
}

/** Accessor for named cells of one row. */
export class Cells {
  constructor(
    private readonly table: Table,
    readonly row: Row,
  ) {}

  get line(): number {
    return this.row.line;
  }

  str(column: string): string {
    const i = this.table.header.indexOf(column);
    if (i < 0) throw new DataError(this.table.file, 1, column, 'missing column');
    return (this.row.cells[i] ?? '').trim();
  }

  fail(column: string | null, reason: string): never {
    throw new DataError(this.table.file, this.row.line, column, reason);
  }

  /** A whole, non-negative count; empty counts as `emptyAs` when given, else is an error. */
  count(column: string, emptyAs?: number): number {
    const raw = this.str(column);
    if (raw === '' && emptyAs !== undefined) return emptyAs;
    if (!/^-?\d+(\.0+)?$/.test(raw)) this.fail(column, `"${raw}" is not a whole number`);
    const n = Number(raw);
    if (n < 0) this.fail(column, `negative count ${raw}`);
    if (!Number.isSafeInteger(n) || n > 10_000_000) this.fail(column, `implausibly large count ${raw}`);
    return n;
  }

  /** A finite decimal number; empty gives null when allowed. */
  num(column: string, opts: { allowEmpty?: boolean; min?: number; max?: number } = {}): number | null {
    const raw = this.str(column);
    if (raw === '' && opts.allowEmpty) return null;
    if (!/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(raw)) this.fail(column, `"${raw}" is not a number`);
    const n = Number(raw);
    if (opts.min !== undefined && n < opts.min) this.fail(column, `${raw} is below ${opts.min}`);
    if (opts.max !== undefined && n > opts.max) this.fail(column, `${raw} is above ${opts.max}`);
    return n;
  }
}

export function cells(table: Table): Cells[] {
  return table.rows.map((r) => new Cells(table, r));
}

export interface CsvRow<T> {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  value: T;
}

function fieldOf(path: readonly PropertyKey[]): string | null {
  const key = path[0];
  return key === undefined ? null : String(key);
}

/**
 * Parses `text` (the contents of `file`) with a header row, checks every required column is present, and
 * validates each row with `schema`. Empty and whitespace-only lines are skipped; a UTF-8 BOM is dropped (and
 * noted). A column that is not among `requiredColumns`, or one that appears twice, is an error: zod (or the row
 * object, which keeps a repeated column's first value) would otherwise drop it unseen.
 */
export function readCsvRows<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  requiredColumns: readonly string[],
): { rows: CsvRow<T>[]; columns: string[]; notes: string[] } {
  const notes: string[] = [];
  const body = withoutBom(text, notes);
  checkInvisibleControls(file, body);
  const { header, rows: records } = csvTable(body, isBlankRecord);
  const columns = header?.cells ?? [];
  checkHeader(file, columns, requiredColumns);

  const rows: CsvRow<T>[] = [];
  for (const { line, cells, errors } of records) {
    // An unclosed quote swallows the rest of the file into one field: say so, not "truncated row".
    const quotes = errors.find((e) => e.type === 'Quotes');
    if (quotes) throw new DataError(file, line, null, quotes.message);
    if (cells.length !== columns.length) throw fieldCountError(file, line, cells.length, columns);
    const parsed = schema.safeParse(rowObject(columns, cells));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DataError(file, line, issue ? fieldOf(issue.path) : null, issue?.message ?? 'invalid row');
    }
    rows.push({ line, value: parsed.data });
  }
  const unexpected = columns.find((c) => !requiredColumns.includes(c));
  if (unexpected !== undefined) {
    throw new DataError(
      file,
      1,
      unexpected,
      `unexpected column: the file should have exactly ${requiredColumns.join(', ')}`,
    );
  }
  return { rows, columns, notes };
}

// Reads a raw CSV file into rows that remember their file line (src/lib/csv/read.ts), and converts cells with precise
// errors.
import { csvRecords, isEmptyRecord } from '../../src/lib/csv/read';
import { firstRepeat } from '../../src/lib/repeats';
import { DataError } from './data-error';
import { BOM_NOTE } from './text';

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
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    notes.push(BOM_NOTE);
  }
  if (text.trim() === '') throw new DataError(file, null, null, 'file is empty');
  const rows: Row[] = [];
  let header: string[] | null = null;
  const errors: string[] = [];
  for (const r of csvRecords(text)) {
    for (const e of r.errors) errors.push(`${file}:${r.line}: ${e.message}`);
    if (isEmptyRecord(r)) continue;
    if (!header) header = r.cells.map((h) => h.trim());
    else rows.push({ line: r.line, cells: r.cells });
  }
  if (errors.length) throw new DataError(file, null, null, `malformed CSV: ${errors[0]}`);
  if (!header) throw new DataError(file, 1, null, 'no header row');
  const hdr: string[] = header;
  const repeated = firstRepeat(hdr.filter((h) => h !== ''));
  if (repeated !== undefined) throw new DataError(file, 1, repeated, 'duplicate column');
  for (const c of opts.requiredColumns ?? []) {
    if (!hdr.includes(c)) throw new DataError(file, 1, c, 'missing column');
  }
  if (opts.knownColumns) {
    const expected = new Set([...(opts.requiredColumns ?? []), ...opts.knownColumns]);
    for (const h of hdr)
      if (h !== '' && !expected.has(h)) notes.push(`column "${h}" is not in the expected layout and is not used`);
  }
  for (const r of rows) {
    if (r.cells.length < hdr.length) {
      throw new DataError(
        file,
        r.line,
        hdr[r.cells.length] ?? null,
        `row has ${r.cells.length} fields, header has ${hdr.length} (truncated row?)`,
      );
    }
    if (r.cells.length > hdr.length && r.cells.slice(hdr.length).some((c) => c.trim() !== '')) {
      throw new DataError(file, r.line, null, `row has ${r.cells.length} fields, header has ${hdr.length}`);
    }
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

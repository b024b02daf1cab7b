// Reads a curated CSV file into zod-validated rows with 1-based file line numbers (src/lib/csv/read.ts), throwing
// DataError on the first problem.
import type { z } from 'zod';
import { csvTable, isBlankRecord, rowObject } from '../../src/lib/csv/read';
import { firstRepeat } from '../../src/lib/repeats';
import { DataError } from './data-error';
import { BOM_NOTE, checkInvisibleControls } from './text';

export interface CsvRow<T> {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  value: T;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
  const body = stripBom(text);
  checkInvisibleControls(file, body);
  const notes = body === text ? [] : [BOM_NOTE];
  const { header, rows: records } = csvTable(body, isBlankRecord);
  const columns = header?.cells ?? [];
  for (const col of requiredColumns) {
    if (!columns.includes(col)) throw new DataError(file, 1, col, 'missing column');
  }
  const repeated = firstRepeat(columns);
  if (repeated !== undefined) throw new DataError(file, 1, repeated, 'duplicate column');

  const rows: CsvRow<T>[] = [];
  for (const { line, cells, errors } of records) {
    // An unclosed quote swallows the rest of the file into one field: say so, not "truncated line".
    const quotes = errors.find((e) => e.type === 'Quotes');
    if (quotes) throw new DataError(file, line, null, quotes.message);
    if (cells.length !== columns.length) {
      const reason =
        cells.length < columns.length
          ? `row has ${cells.length} fields but the header has ${columns.length} (truncated line?)`
          : `row has more fields than the header's ${columns.length}`;
      // A short row names the first field it lacks.
      throw new DataError(file, line, cells.length < columns.length ? columns[cells.length]! : null, reason);
    }
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

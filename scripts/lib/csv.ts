// Reads CSV text into zod-validated rows with 1-based file line numbers, throwing DataError on the first problem.
import Papa from 'papaparse';
import type { z } from 'zod';
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

function headerOf(text: string): string[] {
  const first = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: 'greedy' });
  return first.data[0] ?? [];
}

/** Counts newlines in text[from, to) so line numbers can be tracked incrementally. */
function newlinesBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function newlinesInValues(raw: Record<string, unknown>): number {
  let n = 0;
  for (const v of Object.values(raw)) {
    const parts = Array.isArray(v) ? v : [v];
    for (const p of parts) if (typeof p === 'string') n += p.split('\n').length - 1;
  }
  return n;
}

function fieldOf(path: readonly PropertyKey[]): string | null {
  const key = path[0];
  return key === undefined ? null : String(key);
}

/**
 * Parses `text` (the contents of `file`) with a header row, checks every required column is present, and
 * validates each row with `schema`. Empty and whitespace-only lines are skipped; a UTF-8 BOM is dropped (and
 * noted). A column that is not among `requiredColumns` is an error: zod would otherwise drop it unseen.
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
  const columns = headerOf(body);
  for (const col of requiredColumns) {
    if (!columns.includes(col)) throw new DataError(file, 1, col, 'missing column');
  }

  const rows: CsvRow<T>[] = [];
  let scanned = 0;
  let linesBefore = 0;
  const state: { failure: DataError | null } = { failure: null };
  Papa.parse<Record<string, unknown>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      let end = result.meta.cursor;
      while (end > scanned && (body[end - 1] === '\n' || body[end - 1] === '\r')) end--;
      linesBefore += newlinesBetween(body, scanned, end);
      scanned = end;
      const raw = result.data;
      const line = linesBefore + 1 - newlinesInValues(raw);

      const mismatch = result.errors.find((e) => e.type === 'FieldMismatch');
      if (mismatch) {
        const found =
          Object.keys(raw).filter((k) => k !== '__parsed_extra').length +
          (Array.isArray(raw.__parsed_extra) ? raw.__parsed_extra.length : 0);
        const reason =
          mismatch.code === 'TooFewFields'
            ? `row has ${found} fields but the header has ${columns.length} (truncated line?)`
            : `row has more fields than the header's ${columns.length}`;
        state.failure = new DataError(file, line, null, reason);
        parser.abort();
        return;
      }
      const other = result.errors.find((e) => e.type === 'Quotes');
      if (other) {
        state.failure = new DataError(file, line, null, other.message);
        parser.abort();
        return;
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        state.failure = new DataError(file, line, issue ? fieldOf(issue.path) : null, issue?.message ?? 'invalid row');
        parser.abort();
        return;
      }
      rows.push({ line, value: parsed.data });
    },
  });
  if (state.failure) throw state.failure;
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

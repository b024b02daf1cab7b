// The one CSV reader of the pipeline and the browser: papaparse splits comma-separated text into records, and each
// record gets the 1-based line of the text where it starts (a quoted value may run over several lines). Callers decide
// what a blank line, a byte-order mark or a bad record means; nothing here throws.
import Papa from 'papaparse';

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

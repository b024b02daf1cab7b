// Splits a reader's membership file into rows of cells with the file line each row starts on (src/lib/csv/read.ts),
// noting a BOM and comment lines.
import { csvRecords, isBlankRecord } from '../csv/read';

export interface RawRow {
  line: number;
  cells: string[];
  /** Set when papaparse could not close a quoted field that starts in this row. */
  unterminatedQuote: boolean;
}

export interface RawCsv {
  bom: boolean;
  /** Non-blank rows, comment lines (first cell starting with "#") left out. */
  rows: RawRow[];
  commentLines: number[];
}

export function readCsv(text: string): RawCsv {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = (bom ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const rows: RawRow[] = [];
  const commentLines: number[] = [];
  for (const r of csvRecords(body, { newline: '\n' })) {
    if (isBlankRecord(r)) continue;
    if ((r.cells[0] ?? '').trimStart().startsWith('#')) {
      commentLines.push(r.line);
      continue;
    }
    rows.push({ line: r.line, cells: r.cells, unterminatedQuote: r.errors.some((e) => e.code === 'MissingQuotes') });
  }
  return { bom, rows, commentLines };
}

/** The header and up to `count` data rows from the start of the text, without reading the rest. */
export function readHead(text: string, count = 20): { header: string[]; samples: string[][] } {
  let end = 0;
  for (let lines = 0; lines < count + 40 && end < text.length; lines++) {
    const next = text.indexOf('\n', end);
    if (next < 0) {
      end = text.length;
      break;
    }
    end = next + 1;
  }
  const truncated = end < text.length;
  const rows = readCsv(text.slice(0, end)).rows.filter((r) => !r.unterminatedQuote);
  const [header, ...body] = truncated && rows.length > 1 ? rows.slice(0, -1) : rows;
  return { header: header?.cells.map((c) => c.trim()) ?? [], samples: body.slice(0, count).map((r) => r.cells) };
}

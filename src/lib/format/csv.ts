// CSV output: RFC 4180 quoting, and cells that a spreadsheet would run as a formula are neutralised.
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Text cells starting with = + - @ (or tab/CR) get a leading apostrophe, even "-1": a name is not a number.
 * Numbers must be passed as numbers; negative numbers are then written plainly.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/** UTF-8 byte-order mark: without it Excel reads the file as Windows-1252 and shows "Ynys MÃ´n". */
export const BOM = '\uFEFF';

/** A downloadable CSV file: the byte-order mark, then toCsv (still formula-safe). */
export function toCsvFile(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  return BOM + toCsv(columns, rows);
}

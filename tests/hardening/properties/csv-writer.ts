// Writes rows as RFC 4180 CSV (quoting any cell with a comma, quote or line break) for the round-trip properties.
export function quoteCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text and the 1-based line on which each data row starts (the header is line 1). */
export function writeCsv(
  header: readonly string[],
  rows: readonly string[][],
  eol: '\n' | '\r\n',
): { text: string; lines: number[] } {
  let text = `${header.map(quoteCell).join(',')}${eol}`;
  const lines: number[] = [];
  for (const r of rows) {
    lines.push(text.split('\n').length);
    text += `${r.map(quoteCell).join(',')}${eol}`;
  }
  return { text, lines };
}

// Parsers for seat covariates: Hanretty's Leave estimates (both seat sets) and mySociety's composite deprivation index.
import { DataError } from '../lib/data-error';
import type { Ledger } from '../lib/ledger';
import { cells, readTable } from '../lib/table';

export function parseCodeValue(
  args: { source: string; file: string; text: string; codeColumn: string; valueColumn: string; known: ReadonlySet<string>; scale?: number; min?: number; max?: number },
  ledger: Ledger,
): Map<string, number> {
  const table = readTable(args.file, args.text, { requiredColumns: [args.codeColumn, args.valueColumn] });
  ledger.read(args.source, args.file, table.rows.length);
  const out = new Map<string, number>();
  const lines = new Map<string, number>();
  for (const c of cells(table)) {
    const code = c.str(args.codeColumn);
    if (!args.known.has(code)) c.fail(args.codeColumn, `unknown constituency code "${code}"`);
    if (lines.has(code)) c.fail(args.codeColumn, `duplicate constituency code ${code} (first on line ${lines.get(code)})`);
    lines.set(code, c.line);
    const v = c.num(args.valueColumn, { min: args.min, max: args.max })!;
    out.set(code, v * (args.scale ?? 1));
    ledger.used(args.source, args.file);
  }
  if (out.size === 0) throw new DataError(args.file, null, null, 'no rows');
  return out;
}

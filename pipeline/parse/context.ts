// Parsers for seat covariates: Hanretty's Leave estimates (both seat sets) and mySociety's composite deprivation index.
import { DataError } from '../../src/lib/data-error';
import type { Ledger } from '../lib/ledger';
import { cells, readTable } from '../../src/lib/csv/read';

export function parseCodeValue(
  args: {
    source: string;
    file: string;
    text: string;
    codeColumn: string;
    valueColumn: string;
    known: ReadonlySet<string>;
    scale?: number;
    min?: number;
    max?: number;
    /** Seats the file must cover (default: all known); a covered seat missing from the file stops the build, by code. */
    covers?: (code: string) => boolean;
    /** Why seats outside `covers` have no value (reported with their codes). */
    notCovered?: string;
  },
  ledger: Ledger,
): Map<string, number> {
  const table = readTable(args.file, args.text, { requiredColumns: [args.codeColumn, args.valueColumn] });
  ledger.read(args.source, args.file, table.rows.length);
  const out = new Map<string, number>();
  const lines = new Map<string, number>();
  for (const c of cells(table)) {
    const code = c.str(args.codeColumn);
    if (!args.known.has(code)) c.fail(args.codeColumn, `unknown constituency code "${code}"`);
    if (lines.has(code))
      c.fail(args.codeColumn, `duplicate constituency code ${code} (first on line ${lines.get(code)})`);
    lines.set(code, c.line);
    const v = c.num(args.valueColumn, { min: args.min, max: args.max })!;
    out.set(code, v * (args.scale ?? 1));
    ledger.used(args.source, args.file);
  }
  if (out.size === 0) throw new DataError(args.file, null, null, 'no rows');
  const missing = [...args.known].filter((c) => !out.has(c)).sort();
  const covers = args.covers ?? (() => true);
  const required = missing.filter(covers);
  if (required.length) {
    throw new DataError(
      args.file,
      null,
      args.codeColumn,
      `${required.length === 1 ? 'constituency' : `${required.length} constituencies`} missing from the file: ${listCodes(required)} (the file should cover ${required.length === 1 ? 'it' : 'them'}; no "${args.valueColumn}" would be shown)`,
    );
  }
  const expectedGaps = missing.filter((c) => !covers(c));
  if (expectedGaps.length)
    ledger.note(
      args.source,
      args.file,
      `no row for ${expectedGaps.length} seats (${args.notCovered ?? 'not covered'}): ${listCodes(expectedGaps, 30)}`,
    );
  return out;
}

/** Codes for a message: the first `max` and how many in all. */
export function listCodes(codes: readonly string[], max = 10): string {
  return codes.slice(0, max).join(', ') + (codes.length > max ? `, … (${codes.length} in all)` : '');
}

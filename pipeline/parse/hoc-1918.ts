// Parser for the Commons Library 1918-2019 long-run file: the 2010 rows, which carry ONS codes.
import type { Ledger } from '../lib/ledger';
import { cells, readTable } from '../../src/lib/csv/read';
import { DataError } from '../../src/lib/data-error';

export interface Hoc2010Row {
  line: number;
  code: string;
  electorate: number;
  con: number;
  ld: number;
  lab: number;
  /** SNP + Plaid Cymru. */
  natSW: number;
  other: number;
  total: number;
}

const COLUMNS = [
  'constituency_id',
  'constituency_name',
  'country/region',
  'electorate',
  'con_votes',
  'lib_votes',
  'lab_votes',
  'natSW_votes',
  'oth_votes',
  'total_votes',
  'election',
  'boundary_set',
];

export function parseHoc1918(
  args: { source: string; file: string; text: string; knownCodes: ReadonlySet<string> },
  ledger: Ledger,
): Map<string, Hoc2010Row> {
  const table = readTable(args.file, args.text, { requiredColumns: COLUMNS });
  ledger.read(args.source, args.file, table.rows.length);
  for (const n of table.notes) ledger.note(args.source, args.file, n);
  const out = new Map<string, Hoc2010Row>();
  for (const c of cells(table)) {
    const election = c.str('election');
    if (election !== '2010') {
      const reason = /^(2015|2017|2019)$/.test(election)
        ? `election ${election}: taken from the Library's own ${election} results file instead`
        : "election before 2010: outside Groundwork's range";
      ledger.skip(args.source, args.file, reason, c.line);
      continue;
    }
    const code = c.str('constituency_id');
    if (!args.knownCodes.has(code)) c.fail('constituency_id', `unknown constituency code "${code}"`);
    const prior = out.get(code);
    if (prior) c.fail('constituency_id', `duplicate constituency code ${code} (first on line ${prior.line})`);
    const row: Hoc2010Row = {
      line: c.line,
      code,
      electorate: c.count('electorate'),
      con: c.count('con_votes', 0),
      ld: c.count('lib_votes', 0),
      lab: c.count('lab_votes', 0),
      natSW: c.count('natSW_votes', 0),
      other: c.count('oth_votes', 0),
      total: c.count('total_votes'),
    };
    const sum = row.con + row.ld + row.lab + row.natSW + row.other;
    if (sum !== row.total) c.fail('total_votes', `party votes sum to ${sum}, not the ${row.total} total votes`);
    if (row.total > row.electorate)
      c.fail('total_votes', `total votes ${row.total} exceed the electorate ${row.electorate}`);
    out.set(code, row);
    ledger.used(args.source, args.file);
  }
  for (const code of args.knownCodes) {
    if (!out.has(code)) throw new DataError(args.file, null, 'constituency_id', `2010 result for ${code} is missing`);
  }
  return out;
}

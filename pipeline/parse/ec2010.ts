// Parser for the Electoral Commission 2010 flat file: one column per party label, no ONS codes.
import type { Ledger } from '../lib/ledger';
import { cells, type Table } from '../../src/lib/csv/read';

export interface Ec2010Row {
  line: number;
  paRef: string;
  name: string;
  electorate: number;
  votes: number;
  /** Votes per party label (only labels with votes); Ind1..Ind5 are separate candidates. */
  byLabel: [string, number][];
}

const FIXED = ['Press Association Reference', 'Constituency Name', 'Region', 'Election Year', 'Electorate', 'Votes'];

export function parseEc2010(args: { source: string; table: Table }, ledger: Ledger): Ec2010Row[] {
  const { table } = args;
  ledger.read(args.source, table.file, table.rows.length);
  const labels = table.header.filter((h) => !FIXED.includes(h) && h !== '');
  const out: Ec2010Row[] = [];
  for (const c of cells(table)) {
    if (c.str('Constituency Name') === '' && c.str('Press Association Reference') === '') {
      ledger.skip(args.source, table.file, 'national totals row (no constituency)', c.line);
      continue;
    }
    const byLabel: [string, number][] = [];
    let sum = 0;
    for (const l of labels) {
      const v = c.count(l, 0);
      if (v > 0) byLabel.push([l, v]);
      sum += v;
    }
    const votes = c.count('Votes');
    if (sum !== votes) c.fail('Votes', `party votes sum to ${sum}, not ${votes}`);
    byLabel.sort((a, b) => b[1] - a[1]);
    out.push({
      line: c.line,
      paRef: c.str('Press Association Reference'),
      name: c.str('Constituency Name'),
      electorate: c.count('Electorate'),
      votes,
      byLabel,
    });
    ledger.used(args.source, table.file);
  }
  return out;
}

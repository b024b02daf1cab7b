// Parser for the British Election Study 2019 results file: 2010 votes for the parties the Library file lumps together.
import type { Ledger } from '../lib/ledger';
import { cells, type Table } from '../../src/lib/csv/read';

export interface Bes2010Row {
  line: number;
  code: string;
  con: number;
  lab: number;
  ld: number;
  snp: number;
  pc: number;
  ukip: number;
  green: number;
  bnp: number;
  total: number;
  winner: string;
}

export const BES_COLUMNS = [
  'ONSConstID',
  'Winner10',
  'ConVote10',
  'LabVote10',
  'LDVote10',
  'SNPVote10',
  'PCVote10',
  'UKIPVote10',
  'GreenVote10',
  'BNPVote10',
  'TotalVote10',
];

export function parseBes2010(
  args: { source: string; table: Table; knownCodes: ReadonlySet<string> },
  ledger: Ledger,
): Map<string, Bes2010Row> {
  const { table } = args;
  ledger.read(args.source, table.file, table.rows.length);
  const out = new Map<string, Bes2010Row>();
  for (const c of cells(table)) {
    const code = c.str('ONSConstID');
    if (!args.knownCodes.has(code)) c.fail('ONSConstID', `unknown constituency code "${code}"`);
    if (code.startsWith('N')) c.fail('ONSConstID', 'Northern Ireland seat in a Great Britain file');
    const prior = out.get(code);
    if (prior) c.fail('ONSConstID', `duplicate constituency code ${code} (first on line ${prior.line})`);
    out.set(code, {
      line: c.line,
      code,
      con: c.count('ConVote10', 0),
      lab: c.count('LabVote10', 0),
      ld: c.count('LDVote10', 0),
      snp: c.count('SNPVote10', 0),
      pc: c.count('PCVote10', 0),
      ukip: c.count('UKIPVote10', 0),
      green: c.count('GreenVote10', 0),
      bnp: c.count('BNPVote10', 0),
      total: c.count('TotalVote10'),
      winner: c.str('Winner10'),
    });
    ledger.used(args.source, table.file);
  }
  return out;
}

// Parsers for the official 2019 notional results on the 2024 seats (winner, majority, electorate, valid votes).
import { z } from 'zod';
import type { Party } from '../../src/lib/parties';
import { DataError } from '../../src/lib/data-error';
import { knownPartyFromLabel, unknownLabelReason } from '../lib/labels';
import type { Ledger } from '../lib/ledger';
import { cells, readTable } from '../../src/lib/csv/read';

export interface OfficialNotional {
  code: string;
  winner: Party;
  majority: number;
  electorate: number;
  validVotes: number;
}

const jsonRow = z.object({
  pcon24cd: z.string(),
  party_key: z.string().min(1),
  majority: z.number().int().nonnegative(),
  valid_votes: z.number().int().positive(),
});

export function parseNotional(
  args: {
    csv: { source: string; file: string; text: string };
    json: { source: string; file: string; text: string };
    knownNew: ReadonlySet<string>;
  },
  ledger: Ledger,
): Map<string, OfficialNotional> {
  const table = readTable(args.csv.file, args.csv.text, {
    requiredColumns: ['PCON24CD', 'GE 2019 Electorate', 'GE 2019 Party', 'GE 2019 Majority'],
  });
  ledger.read(args.csv.source, args.csv.file, table.rows.length);
  const fromCsv = new Map<string, { line: number; winner: Party; majority: number; electorate: number }>();
  for (const c of cells(table)) {
    const code = c.str('PCON24CD');
    if (!args.knownNew.has(code)) c.fail('PCON24CD', `unknown constituency code "${code}"`);
    if (fromCsv.has(code))
      c.fail('PCON24CD', `duplicate constituency code ${code} (first on line ${fromCsv.get(code)!.line})`);
    const party = c.str('GE 2019 Party');
    const winner = knownPartyFromLabel(party) ?? c.fail('GE 2019 Party', unknownLabelReason(party));
    fromCsv.set(code, {
      line: c.line,
      winner,
      majority: c.count('GE 2019 Majority'),
      electorate: c.count('GE 2019 Electorate'),
    });
    ledger.used(args.csv.source, args.csv.file);
  }
  let data: unknown;
  try {
    data = JSON.parse(args.json.text);
  } catch (e) {
    throw new DataError(args.json.file, null, null, `invalid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(data)) throw new DataError(args.json.file, null, null, 'expected a JSON array');
  ledger.read(args.json.source, args.json.file, data.length);
  const out = new Map<string, OfficialNotional>();
  data.forEach((item, i) => {
    const where = `item ${i + 1}`;
    const r = jsonRow.safeParse(item);
    if (!r.success)
      throw new DataError(
        args.json.file,
        null,
        `${where}.${r.error.issues[0]!.path.join('.')}`,
        r.error.issues[0]!.message,
      );
    const code = r.data.pcon24cd;
    const csv = fromCsv.get(code);
    if (!csv) throw new DataError(args.json.file, null, `${where}.pcon24cd`, `code ${code} is not in ${args.csv.file}`);
    if (out.has(code))
      throw new DataError(args.json.file, null, `${where}.pcon24cd`, `duplicate constituency code ${code}`);
    const winner = knownPartyFromLabel(r.data.party_key);
    if (winner === null)
      throw new DataError(
        args.json.file,
        null,
        `${where}.party_key`,
        `${code}: ${unknownLabelReason(r.data.party_key)}`,
      );
    if (r.data.valid_votes > csv.electorate) {
      throw new DataError(
        args.json.file,
        null,
        `${where}.valid_votes`,
        `${code}: ${r.data.valid_votes} valid votes exceed the electorate ${csv.electorate} (${args.csv.file} line ${csv.line}); turnout would be ${((100 * r.data.valid_votes) / csv.electorate).toFixed(0)}%`,
      );
    }
    if (r.data.majority > r.data.valid_votes) {
      throw new DataError(
        args.json.file,
        null,
        `${where}.majority`,
        `${code}: majority ${r.data.majority} is more than the ${r.data.valid_votes} valid votes`,
      );
    }
    if (winner !== csv.winner || r.data.majority !== csv.majority) {
      throw new DataError(
        args.json.file,
        null,
        `${where}.party_key`,
        `${code}: ${winner} majority ${r.data.majority} disagrees with ${args.csv.file} line ${csv.line} (${csv.winner}, ${csv.majority})`,
      );
    }
    out.set(code, {
      code,
      winner,
      majority: r.data.majority,
      electorate: csv.electorate,
      validVotes: r.data.valid_votes,
    });
    ledger.used(args.json.source, args.json.file);
  });
  for (const code of args.knownNew)
    if (!out.has(code)) throw new DataError(args.json.file, null, 'pcon24cd', `constituency ${code} is missing`);
  return out;
}

// National totals per general election from the Commons Library 1918-2019 long-run file: Labour votes and all votes
// summed over the constituency rows the file gives votes for, for Labour's long-run share (/elections/labour-share/).
import { cells, readTable } from '../../src/lib/csv/read';
import { DataError } from '../../src/lib/data-error';
import type { NationalTotal } from '../../src/lib/schema/national-total';

const PARTY_COLUMNS = ['con_votes', 'lib_votes', 'lab_votes', 'natSW_votes', 'oth_votes'];
const COLUMNS = ['seats', 'constituency_name', 'country/region', ...PARTY_COLUMNS, 'total_votes', 'election'];
const ELECTION = /^(19\d\d|20\d\d)(F|O)?$/;

/** Votes in a cell: a number of 0 or more, -1 to -3 (the file's mark for members returned unopposed) or empty. */
function votes(raw: string, fail: (reason: string) => never): number | 'unopposed' | 'empty' {
  if (raw === '') return 'empty';
  if (/^-[123]$/.test(raw)) return 'unopposed';
  if (!/^\d+(\.\d+)?$/.test(raw)) fail(`"${raw}" is not a vote count`);
  return Number(raw);
}

export function parseNationalTotals(args: { file: string; text: string }): NationalTotal[] {
  const table = readTable(args.file, args.text, { requiredColumns: COLUMNS });
  const by = new Map<string, NationalTotal>();
  for (const c of cells(table)) {
    const election = c.str('election');
    const m = ELECTION.exec(election) ?? c.fail('election', `"${election}" is not a general election id`);
    const year = Number(m[1]);
    const t = by.get(election) ?? {
      election,
      year,
      order: year * 10 + (m[2] === 'O' ? 2 : m[2] === 'F' ? 1 : 0),
      labVotes: 0,
      totalVotes: 0,
      rows: 0,
      rowsCounted: 0,
      rowsUncounted: 0,
      rowsTotalFromParties: 0,
      votesTotalFromParties: 0,
      universityRows: 0,
      multiMemberRows: 0,
    };
    by.set(election, t);
    t.rows++;
    const seats = c.str('seats');
    if (seats !== '' && seats !== '1') {
      if (!/^[23]$/.test(seats)) c.fail('seats', `"${seats}" members is not 1, 2 or 3`);
      t.multiMemberRows++;
    }
    if (c.str('country/region') === 'University') t.universityRows++;
    let total = votes(c.str('total_votes'), (r) => c.fail('total_votes', r));
    const lab = votes(c.str('lab_votes'), (r) => c.fail('lab_votes', r));
    if (total === 'empty') {
      const parts = PARTY_COLUMNS.map((k) => votes(c.str(k), (r) => c.fail(k, r)));
      const sum = parts.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
      if (sum > 0) {
        total = sum;
        t.rowsTotalFromParties++;
        t.votesTotalFromParties += sum;
      }
    }
    if (typeof total !== 'number' || total === 0 || lab === 'unopposed') {
      t.rowsUncounted++;
      continue;
    }
    const labVotes = lab === 'empty' ? 0 : lab;
    if (labVotes > total) c.fail('lab_votes', `Labour votes ${labVotes} exceed the total ${total}`);
    t.labVotes += labVotes;
    t.totalVotes += total;
    t.rowsCounted++;
  }
  const out = [...by.values()].sort((a, b) => a.order - b.order);
  if (out.length === 0) throw new DataError(args.file, null, null, 'no elections');
  return out;
}

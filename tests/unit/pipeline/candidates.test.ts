// The 2024 candidates parser on a hand-made file: names joined on ONS codes, votes checked against the seat result.
import { describe, expect, it } from 'vitest';
import { checkMembers, parseCandidates2024, parseMembers, repairDoubleUtf8 } from '../../../pipeline/parse/candidates';
import { Ledger } from '../../../pipeline/lib/ledger';
import type { SeatResult } from '../../../src/lib/schema/result';
import { seatResult } from '../../support/seat-result';

const HEADER = 'ONS ID,Constituency name,Party name,Party abbreviation,Candidate first name,Candidate surname,Votes';
const result = (code: string, votes: SeatResult['votes'], winner: SeatResult['winner']): SeatResult =>
  seatResult({ election: '2024', code, electorate: 1000, votes, winner, second: 'con', majority: 1 }, 'x');
const RESULTS = [
  result('E14000001', { lab: 300, con: 200 }, 'lab'),
  result('E14000002', { ld: 250, con: 100, other: 20 }, 'ld'),
];
const CSV = [
  HEADER,
  'E14000001,Aa,Labour,Lab,Ann,Able,300',
  'E14000001,Aa,Conservative,Con,Bob,Baker,200',
  'E14000002,Bb,Liberal Democrat,LD,Cat,Cole,250',
  'E14000002,Bb,Conservative,Con,Dan,Dee,100',
  'E14000002,Bb,Monster Raving Loony,MRLP,Eve,Ewe,20',
].join('\n');

describe('parseCandidates2024', () => {
  it('reads every row, marks the top candidate elected and accounts for each row', () => {
    const ledger = new Ledger();
    const c = parseCandidates2024({ source: 'c', file: 'c.csv', text: CSV, results: RESULTS }, ledger);
    expect(c.filter((x) => x.elected).map((x) => x.name)).toEqual(['Ann Able', 'Cat Cole']);
    expect(c.find((x) => x.name === 'Eve Ewe')).toMatchObject({
      party: 'other',
      partyName: 'Monster Raving Loony',
      votes: 20,
    });
    expect(ledger.entries()[0]).toMatchObject({ rowsRead: 5, rowsUsed: 5 });
  });
  it('stops on votes that do not add up to the seat result, naming file, line and field', () => {
    const bad = CSV.replace('Bob,Baker,200', 'Bob,Baker,201');
    expect(() =>
      parseCandidates2024({ source: 'c', file: 'c.csv', text: bad, results: RESULTS }, new Ledger()),
    ).toThrow(/c\.csv:2.*Votes.*501 votes.*500 valid votes/);
  });
  it('stops on an unknown code and on a winner of another party', () => {
    expect(() =>
      parseCandidates2024(
        {
          source: 'c',
          file: 'c.csv',
          text: CSV.replace('E14000002,Bb,Liberal Democrat', 'E14000009,Bb,Liberal Democrat'),
          results: RESULTS,
        },
        new Ledger(),
      ),
    ).toThrow(/unknown constituency code "E14000009"/);
    const swapped = CSV.replace('Labour,Lab,Ann', 'Green,Green,Ann');
    expect(() =>
      parseCandidates2024({ source: 'c', file: 'c.csv', text: swapped, results: RESULTS }, new Ledger()),
    ).toThrow(/stood for Green, but the results file's winner is lab/);
  });
  it('checks the elected candidate against the member the constituency file names', () => {
    const c = parseCandidates2024({ source: 'c', file: 'c.csv', text: CSV, results: RESULTS }, new Ledger());
    const members = parseMembers({
      file: 'm.csv',
      text: 'ONS ID,Member first name,Member surname\nE14000001,Ann,Able\nE14000002,Zed,Zee',
      election: '2024',
      codes: new Set(['E14000001', 'E14000002']),
    });
    expect(() => checkMembers(c, members, 'c.csv')).toThrow(
      /E14000002: the top candidate is Cat Cole, but the results file's member is Zed Zee/,
    );
  });
});

describe('repairDoubleUtf8', () => {
  it('turns a doubly encoded Á back into Á and reports the line', () => {
    const bytes = new TextEncoder().encode('a\nÃ\u0081ine\n');
    const r = repairDoubleUtf8(bytes);
    expect(new TextDecoder().decode(r.bytes)).toBe('a\nÁine\n');
    expect(r.lines).toEqual([2]);
    expect(repairDoubleUtf8(new TextEncoder().encode('Ãa São')).lines).toEqual([]);
  });
});

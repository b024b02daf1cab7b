// parseHocResults on small invented CSVs (tests/fixtures/pipeline/hoc-2019.ts): exact error messages for each fault.
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../../pipeline/lib/ledger';
import { LAYOUTS, parseHocResults } from '../../../pipeline/parse/hoc-results';
import { A, ALL_CODES, B, C, csv, filler, HEADER } from '../../fixtures/pipeline/hoc-2019';
import { dataError, thrown } from './thrown';

function parse(text: string, knownCodes: ReadonlySet<string> = ALL_CODES, ledger = new Ledger()) {
  return parseHocResults(
    { source: 'test-2019', file: 'test.csv', text, election: '2019', layout: LAYOUTS['2019'], knownCodes },
    ledger,
  );
}

describe('parseHocResults: a complete file', () => {
  const ledger = new Ledger();
  const { results, seats } = parse(csv([A, B, C, ...filler()]), ALL_CODES, ledger);

  it('reads every row, all used', () => {
    expect(results.length).toBe(650);
    expect(ledger.entries()).toEqual([
      { source: 'test-2019', file: 'test.csv', rowsRead: 650, rowsUsed: 650, skipped: [], notes: [] },
    ]);
    expect(ledger.unbalanced()).toEqual([]);
  });

  it('a plain seat: named party columns, winner, runner-up, majority', () => {
    expect(results[0]).toEqual({
      election: '2019',
      code: 'E14900001',
      electorate: 2000,
      validVotes: 1000,
      votes: { con: 300, lab: 500, ld: 200 },
      winner: 'lab',
      second: 'con',
      majority: 200,
      estimated: false,
      sources: { '*': 'test-2019' },
    });
    expect(seats[0]).toEqual({ code: 'E14900001', name: 'Test Seat A', region: 'E12000003', nation: 'E92000001' });
  });

  it("a Speaker's seat: the winner's and runner-up's votes are carved out of \"All other candidates\"", () => {
    // other 900: Speaker 600 ("Of which other winner"), Ind = 600 - majority 350 = 250, leaving 50 for the rest.
    expect(results[1]!.votes).toEqual({ green: 100, spk: 600, ind: 250, other: 50 });
    expect(results[1]!.winner).toBe('spk');
    expect(results[1]!.second).toBe('ind');
  });

  it('zero-vote party columns are left out (the party did not stand)', () => {
    expect(results[2]!.votes).toEqual({ con: 450, lab: 400, brexit: 150 });
  });
});

describe('parseHocResults: broken inputs', () => {
  it('a duplicated code names both lines', () => {
    expect(thrown(() => parse(csv([A, A, C])))).toEqual(
      dataError('test.csv:3 field "ONS ID": duplicate constituency code E14900001 (first on line 2)'),
    );
  });

  it('an unknown constituency code', () => {
    expect(thrown(() => parse(csv([A, { ...B, code: 'E14999999' }, C])))).toEqual(
      dataError('test.csv:3 field "ONS ID": unknown constituency code "E14999999" (not in the 2010-2023 boundary set)'),
    );
  });

  it('a vote count of "12a"', () => {
    expect(thrown(() => parse(csv([A, { ...C, votes: { ...C.votes, Lab: '12a' } }])))).toEqual(
      dataError('test.csv:3 field "Lab": "12a" is not a whole number'),
    );
  });

  it('a negative or fractional count', () => {
    expect(thrown(() => parse(csv([A, { ...C, votes: { ...C.votes, Lab: '-400' } }])))).toEqual(
      dataError('test.csv:3 field "Lab": negative count -400'),
    );
    expect(thrown(() => parse(csv([A, { ...C, valid: '1000.5' }])))).toEqual(
      dataError('test.csv:3 field "Valid votes": "1000.5" is not a whole number'),
    );
  });

  it('party votes not summing to the valid votes', () => {
    expect(thrown(() => parse(csv([A, { ...C, valid: 1001 }])))).toEqual(
      dataError('test.csv:3 field "Valid votes": party votes sum to 1000, not the 1001 valid votes'),
    );
  });

  it('valid votes above the electorate', () => {
    const bad = { ...C, electorate: 1500, valid: 1600, votes: { Con: 650, Lab: 600, BRX: 350 } };
    expect(thrown(() => parse(csv([A, bad])))).toEqual(
      dataError('test.csv:3 field "Valid votes": valid votes 1600 exceed the electorate 1500'),
    );
  });

  it('a majority that is not winner minus runner-up', () => {
    expect(thrown(() => parse(csv([A, { ...C, majority: 49 }])))).toEqual(
      dataError('test.csv:3 field "Majority": majority 49 is not winner 450 minus runner-up 400'),
    );
  });

  it('an unknown region (code and name)', () => {
    expect(thrown(() => parse(csv([A, { ...C, region: 'E12999999', regionName: 'Atlantis' }])))).toEqual(
      dataError('test.csv:3 field "ONS region ID": unknown region "E12999999" / "Atlantis"'),
    );
  });

  it('a region code that is wrong but a region name that resolves is accepted (the row passes; only the count fails)', () => {
    const known = new Set([A.code, C.code]);
    expect(thrown(() => parse(csv([A, { ...C, region: 'E12999999' }]), known))).toEqual(
      dataError('test.csv: 2 seats, expected 650'),
    );
  });

  it('a truncated last row', () => {
    const text = csv([A, B, C]).replace(/\n$/, '').slice(0, -20);
    expect(thrown(() => parse(text))).toEqual(
      dataError('test.csv:4 field "Green": row has 13 fields, header has 23 (truncated row?)'),
    );
  });

  it('a missing column (renamed "Valid votes")', () => {
    expect(thrown(() => parse(csv([A, B, C]).replace('Valid votes', 'Valid vote')))).toEqual(
      dataError('test.csv:1 field "Valid votes": missing column'),
    );
  });

  it('a seat missing from the file, and a file of fewer than 650 seats', () => {
    expect(thrown(() => parse(csv([A, B, C])))).toEqual(
      dataError('test.csv field "ONS ID": constituency E14900004 is missing (expected all 650 seats)'),
    );
    expect(thrown(() => parse(csv([A, B, C]), new Set([A.code, B.code, C.code])))).toEqual(
      dataError('test.csv: 3 seats, expected 650'),
    );
  });

  it('a winner with no votes in its column', () => {
    expect(thrown(() => parse(csv([A, { ...C, first: 'LD' }])))).toEqual(
      dataError('test.csv:3 field "First party": winner LD has no votes'),
    );
  });

  it('the header alone is fine as a header; an empty file is not', () => {
    expect(thrown(() => parse(`${HEADER.join(',')}\n`, new Set()))).toEqual(
      dataError('test.csv: 0 seats, expected 650'),
    );
    expect(thrown(() => parse(''))).toEqual(dataError('test.csv: file is empty'));
  });
});

describe('parseHocResults: seat names against the boundary file', () => {
  const named = (name: string, known: string) =>
    parseHocResults(
      {
        source: 'test-2019',
        file: 'test.csv',
        text: csv([{ ...A, name }, B, C, ...filler()]),
        election: '2019',
        layout: LAYOUTS['2019'],
        knownCodes: ALL_CODES,
        knownNames: new Map([['E14900001', known]]),
      },
      new Ledger(),
    ).seats[0]!.name;

  it('takes the boundary file\'s capitals where the two differ only in capitals ("Isle Of Wight" -> "Isle of Wight")', () => {
    expect(named('Newcastle Upon Tyne Central', 'Newcastle upon Tyne Central')).toBe('Newcastle upon Tyne Central');
    expect(named('Stoke-On-Trent South', 'Stoke-on-Trent South')).toBe('Stoke-on-Trent South');
  });

  it("keeps the results file's name where it has letters the boundary file drops (Glyndŵr, not Glyndwr)", () => {
    expect(named('Montgomeryshire and Glyndŵr', 'Montgomeryshire and Glyndwr')).toBe('Montgomeryshire and Glyndŵr');
  });
});

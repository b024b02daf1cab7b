// The column choice's pure logic: guessing which column is which from the header and first rows, what still stops a
// file being read, the header renamed for the parser, and a whole file read through a chosen mapping (TEST DATA).
import { describe, expect, it } from 'vitest';
import { seatDirectory } from '../../../src/lib/membership/directory';
import {
  guessDateFormat,
  guessMapping,
  isDocumentedFormat,
  mappedHeader,
  mappingIssues,
  mappingProblems,
  type ColumnMapping,
} from '../../../src/lib/membership/mapping';
import { parseMembershipCsv } from '../../../src/lib/membership/parse';
import { readHead } from '../../../src/lib/membership/read-csv';
import { readMembershipFile } from '../../../src/lib/membership/read-file';
import { SEATS, TODAY } from '../../fixtures/membership/seats';

const none = {
  date: null,
  members: null,
  ons_code: null,
  constituency: null,
  activists: null,
  trained: null,
  party: null,
};

describe('guessing the columns', () => {
  it('a file in the documented format maps each column to its own name', () => {
    const header = ['ons_code', 'constituency', 'date', 'members', 'activists', 'trained', 'party'];
    const m = guessMapping(header, [['E14900001', 'Testford North', '2019-11-01', '150', '12', '', 'Labour']]);
    expect(m).toEqual({
      columns: { ons_code: 0, constituency: 1, date: 2, members: 3, activists: 4, trained: 5, party: 6 },
      dateFormat: 'ymd',
    });
    expect(isDocumentedFormat(header, m)).toBe(true);
  });

  it('a spreadsheet export with other names: by synonym, then by hint words', () => {
    const header = ['Region', 'PCON24CD', 'Seat Name', 'As at', 'Total members', 'Active members'];
    const m = guessMapping(header, [['London', 'E14900001', 'Testford North', '31/03/2024', '1,039', '12']]);
    expect(m.columns).toEqual({ ...none, ons_code: 1, constituency: 2, date: 3, members: 4, activists: 5 });
    expect(m.dateFormat).toBe('dmy');
    expect(isDocumentedFormat(header, m)).toBe(false);
  });

  it('headers that say nothing: by the values (seat codes, dates, counts)', () => {
    const m = guessMapping(
      ['A', 'B', 'C'],
      [
        ['E14900001', '2019-11-01', '150'],
        ['E14900002', '2019-11-01', '1,200'],
      ],
    );
    expect(m.columns).toEqual({ ...none, ons_code: 0, date: 1, members: 2 });
  });

  it('the date format: all YYYY-MM-DD, a day above 12 first, a month-first file, or undecided', () => {
    expect(guessDateFormat(['2024-03-31', '2024-04-01'])).toBe('ymd');
    expect(guessDateFormat(['31/03/2024', '01/04/2024'])).toBe('dmy');
    expect(guessDateFormat(['03/31/2024', '04/01/2024'])).toBe('mdy');
    expect(guessDateFormat(['01/04/2024'])).toBe('dmy');
    expect(guessDateFormat(['31/03/2024', '03/31/2024'])).toBe('auto');
    expect(guessDateFormat(['March 2024'])).toBe('auto');
    expect(guessDateFormat([])).toBe('auto');
  });
});

describe('what stops a mapping', () => {
  it('needs a date, a members count and a seat code or name, each column used once', () => {
    expect(mappingProblems({ columns: none, dateFormat: 'auto' })).toEqual([
      'choose the column with the date',
      'choose the column with the members count',
      'choose the column with the seat code or the seat name',
    ]);
    expect(mappingProblems({ columns: { ...none, date: 0, members: 0, constituency: 1 }, dateFormat: 'auto' })).toEqual(
      ['the same column is chosen for date and members'],
    );
    expect(mappingProblems({ columns: { ...none, date: 0, members: 2, constituency: 1 }, dateFormat: 'auto' })).toEqual(
      [],
    );
  });

  it('names the fields each problem concerns, so that the form can mark those controls', () => {
    expect(
      mappingIssues({ columns: { ...none, members: 0, party: 0 }, dateFormat: 'auto' }).map((i) => i.fields),
    ).toEqual([['date'], ['ons_code', 'constituency'], ['members', 'party']]);
  });

  it('renames mapped columns to their fields and keeps an unmapped column with a field name out of the way', () => {
    const m: ColumnMapping = { columns: { ...none, ons_code: 0, date: 1, members: 3 }, dateFormat: 'auto' };
    expect(mappedHeader(['Code', 'When', 'members', 'Headcount'], m)).toEqual([
      'ons_code',
      'date',
      'members (not used)',
      'members',
    ]);
  });
});

describe('reading a file through a mapping', () => {
  const csv = [
    'Seat,Count date,Headcount,Notes',
    'Testford North,03/31/2019,"1,039",x',
    'Testford South,04/30/2019,25,',
    'Nowhere,04/30/2019,5,',
  ].join('\n');

  it('the header and first rows, without reading the rest', () => {
    expect(readHead(csv, 2)).toEqual({
      header: ['Seat', 'Count date', 'Headcount', 'Notes'],
      samples: [
        ['Testford North', '03/31/2019', '1,039', 'x'],
        ['Testford South', '04/30/2019', '25', ''],
      ],
    });
  });

  it('the guess reads a file with unusual headers, month-first dates and separators', () => {
    const read = readMembershipFile(csv, {
      seats: seatDirectory(SEATS),
      today: TODAY,
      boundarySet: null,
      fileName: 'odd.csv',
      mapping: null,
    });
    expect(read.guess).toEqual({ columns: { ...none, constituency: 0, date: 1, members: 2 }, dateFormat: 'mdy' });
    expect(read.mapping).toEqual({ ...read.guess, dateFormat: 'auto' });
    expect(read.report.rowsUsed).toBe(2);
    expect(read.report.rejectedCount).toBe(1);
    expect(read.report.rejected[0]).toMatchObject({ line: 4, field: 'constituency' });
    expect(read.dataset!.figures.dates).toEqual(['2019-03-31', '2019-04-30']);
    expect([...read.dataset!.figures.members]).toEqual([1039, 25]);
  });

  it('an unrecognised header is not guessed into use: nothing is read until the reader chooses', () => {
    const odd = ['Foo,Bar', 'x,y'].join('\n');
    const read = readMembershipFile(odd, {
      seats: seatDirectory(SEATS),
      today: TODAY,
      boundarySet: null,
      fileName: 'odd.csv',
      mapping: null,
    });
    expect(read.mapping).toBeNull();
    expect(read.dataset).toBeNull();
    expect(read.report.fileErrors.map((e) => e.reason)).toContain('missing required column "date"');
  });

  it('a chosen date format overrides the file: dd/mm/yyyy rejects a month-first date as not real', () => {
    const chosen: ColumnMapping = { columns: { ...none, constituency: 0, date: 1, members: 2 }, dateFormat: 'dmy' };
    const r = parseMembershipCsv(csv, {
      seats: seatDirectory(SEATS),
      today: TODAY,
      spreadsheet: true,
      mapping: chosen,
    });
    expect(r.records).toEqual([]);
    expect(r.rejected.map((x) => x.reason)).toContain('date "03/31/2019" is not a real date (read as day/month/year)');
    const iso = parseMembershipCsv(csv, {
      seats: seatDirectory(SEATS),
      today: TODAY,
      spreadsheet: true,
      mapping: { ...chosen, dateFormat: 'ymd' },
    });
    expect(iso.rejected[0]!.reason).toContain('date "03/31/2019" is not in the form YYYY-MM-DD');
  });
});

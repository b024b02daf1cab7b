// The membership CSV parser and validator on hand-made fixtures (TEST DATA): accepted records, every rejected row
// with its line and exact reason, file-level errors, notes and warnings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seatDirectory } from '../../../src/lib/membership/directory';
import { describeGroup, FIXES } from '../../../src/lib/membership/issue-groups';
import { parseMembershipCsv } from '../../../src/lib/membership/parse';
import type { BoundarySet } from '../../../src/lib/membership/types';
import { SEATS, TODAY } from '../../fixtures/membership/seats';

const dir = join(__dirname, '../../fixtures/membership');
const seats = seatDirectory(SEATS);
const parse = (text: string, boundarySet: BoundarySet | null = null) =>
  parseMembershipCsv(text, { seats, today: TODAY, boundarySet });
const fixture = (name: string, boundarySet: BoundarySet | null = null) =>
  parse(readFileSync(join(dir, name), 'utf8'), boundarySet);

describe('good rows', () => {
  const r = fixture('good.csv');
  it('accepts every row, resolving the name and keeping optional counts', () => {
    expect(r.ok).toBe(true);
    expect(r.rejected).toEqual([]);
    expect(r.rowsRead).toBe(4);
    expect(r.records).toEqual([
      { line: 3, code: 'E14900001', date: '2017-06-01', members: 120, activists: 30, trained: 5 },
      { line: 4, code: 'E14900001', date: '2019-11-01', members: 150, activists: 40, trained: null },
      { line: 6, code: 'E14900003', date: '2017-06-01', members: 80, activists: null, trained: null },
      { line: 7, code: 'W07900001', date: '2019-11-01', members: 4, activists: 0, trained: 0 },
    ]);
  });
  it('reads the file on the 2010-2023 seats, with one party', () => {
    expect(r.boundarySet).toBe('2010');
    expect(r.boundarySetReason).toBe(
      'read on the 2010–2023 seats: the file names seats that exist only on those boundaries',
    );
    expect(r.party).toBe('Labour');
  });
  it('notes the comment line and the ignored column', () => {
    expect(r.notes).toEqual([
      { line: null, kind: 'note', message: '1 comment line starting with "#" skipped (line 1)' },
      { line: 2, kind: 'note', message: 'ignored column not in the format: "note"' },
    ]);
  });
});

/** A sheet, the rows it rejects, and the codes of the rows it keeps (none when not given). */
interface RejectedCase {
  title: string;
  csv: string;
  set?: BoundarySet;
  rejected: { line: number; field: string | null; reason: string }[];
  codes?: string[];
}

describe('rejected rows', () => {
  it('a seat and date given twice: both rows are rejected, naming each other', () => {
    const r = fixture('duplicate.csv');
    const reason = 'E14900001 on 2017-06-01 is given more than once (lines 3, 5); none of these rows is used';
    expect(r.rejected).toEqual([
      { line: 3, field: 'date', reason },
      { line: 5, field: 'date', reason },
    ]);
    expect(r.records.map((x) => x.code)).toEqual(['E14900002']);
  });

  it('negative, non-whole and non-numeric members; activists above members is only a warning', () => {
    const r = fixture('negative.csv');
    expect(r.rejected).toEqual([
      { line: 3, field: 'members', reason: 'members "-5" is negative' },
      { line: 4, field: 'members', reason: 'members "12.5" is not a whole number' },
      { line: 5, field: 'members', reason: 'members "abc" is not a number' },
      { line: 6, field: 'members', reason: 'members "1,234" has a thousands separator; write it as 1234' },
    ]);
    expect(r.records).toEqual([
      { line: 7, code: 'E14900005', date: '2017-06-01', members: 30, activists: 40, trained: null },
    ]);
    expect(r.notes.filter((n) => n.kind === 'warning')).toEqual([
      {
        line: 7,
        kind: 'warning',
        message: 'activists (40) is more than members (30); the row is used, but check the figures',
      },
    ]);
  });

  it('an unknown code, a malformed code, an unknown name and a row naming no seat', () => {
    const r = fixture('unknown-code.csv');
    expect(r.rejected).toEqual([
      {
        line: 3,
        field: 'ons_code',
        reason: 'unknown ons_code E14999999: not a constituency on the 2010–2023 or 2024 boundaries',
      },
      { line: 4, field: 'ons_code', reason: 'ons_code "x12 3" is not a constituency code (like E14000887)' },
      {
        line: 5,
        field: 'constituency',
        reason: 'no constituency called "Atlantis" on the 2010–2023 or 2024 boundaries',
      },
      { line: 6, field: 'ons_code', reason: 'no ons_code or constituency given' },
    ]);
    expect(r.records.map((x) => x.line)).toEqual([7]);
  });

  it('a name used on both boundary sets is listed with both seats, unless the set is chosen', () => {
    const r = fixture('ambiguous-name.csv');
    expect(r.rejected).toEqual([
      {
        line: 3,
        field: 'constituency',
        reason:
          'constituency "Testford North" matches two seats: Testford North (E14900001, 2010–2023 seats) and Testford North (E14900101, 2024 seats); give the ons_code or choose the boundary set',
      },
    ]);
    expect(r.boundarySet).toBe('2024');
    expect(r.boundarySetReason).toMatch(
      /^every seat in the file is on both boundary sets, so it is read on the 2024 seats/,
    );
    expect(r.records.map((x) => x.code)).toEqual(['S14900001']);

    const chosen = fixture('ambiguous-name.csv', '2010');
    expect(chosen.rejected).toEqual([]);
    expect(chosen.boundarySet).toBe('2010');
    expect(chosen.boundarySetReason).toBe('read on the 2010–2023 seats, as chosen');
    expect(chosen.records.map((x) => x.code)).toEqual(['E14900001', 'S14900001']);
  });

  it('future, impossible, wrongly written and empty dates; today itself is allowed', () => {
    const r = fixture('future-date.csv');
    expect(r.rejected).toEqual([
      { line: 3, field: 'date', reason: 'date 2099-01-01 is in the future (today is 2024-12-31)' },
      { line: 4, field: 'date', reason: 'date "2019-02-30" is not a real date' },
      { line: 5, field: 'date', reason: 'date "01/06/2017" is not in the form YYYY-MM-DD' },
      { line: 6, field: 'date', reason: 'date is empty' },
    ]);
    expect(r.records.map((x) => [x.line, x.date])).toEqual([[7, '2024-12-31']]);
  });

  it('a date before 1900 (a slip such as 1024 for 2024) is refused, as in the national figures', () => {
    const r = parse('ons_code,date,members\nE14900001,1024-03-31,5\nE14900003,1900-01-01,5\n');
    expect(r.rejected.map((x) => `${x.line} ${x.field}: ${x.reason}`)).toEqual([
      '2 date: date 1024-03-31 is before 1900-01-01, outside the period covered; check the year',
    ]);
    expect(r.groups.map((g) => g.code)).toEqual(['date-too-early']);
    expect(r.records.map((x) => [x.line, x.date])).toEqual([[3, '1900-01-01']]);
  });

  it.each(
    (
      [
        {
          title: 'several problems in one row are given together, the first naming the field',
          csv: 'ons_code,date,members\nE14999999,2099-01-01,-1\n',
          rejected: [
            {
              line: 2,
              field: 'ons_code',
              reason:
                'unknown ons_code E14999999: not a constituency on the 2010–2023 or 2024 boundaries; date 2099-01-01 is in the future (today is 2024-12-31); members "-1" is negative',
            },
          ],
        },
        {
          title: 'a row with too many fields (an unquoted comma) or too few',
          csv: 'constituency,date,members\nTestford, North,2017-06-01,5\nMockby,2017-06-01\n',
          rejected: [
            {
              line: 2,
              field: null,
              reason: 'row has 4 fields but the header has 3; a name containing a comma must be in double quotes',
            },
            { line: 3, field: null, reason: 'row has 2 fields but the header has 3' },
          ],
        },
        {
          title: 'a code and a name that disagree',
          csv: 'ons_code,constituency,date,members\nE14900001,Mockby,2017-06-01,5\n',
          rejected: [
            {
              line: 2,
              field: 'constituency',
              reason: 'ons_code E14900001 is Testford North, but constituency says "Mockby"',
            },
          ],
        },
        {
          title: 'a quoted value that is never closed',
          csv: 'constituency,date,members\n"Mockby,2017-06-01,5\nSampleton,2017-06-01,6\n',
          rejected: [
            {
              line: 2,
              field: null,
              reason:
                'a quoted value is not closed (a " is missing), so the rest of the file was read as part of this row',
            },
          ],
        },
        {
          title: 'a code from the other boundary set when the set is chosen',
          csv: 'ons_code,date,members\nE14900001,2017-06-01,5\nE14900102,2024-06-01,5\n',
          set: '2024',
          rejected: [
            {
              line: 2,
              field: 'ons_code',
              reason: 'ons_code E14900001 is a 2010–2023 seat, but this file is read on the 2024 seats',
            },
          ],
          codes: ['E14900102'],
        },
        {
          title:
            'the published-file format stays strict: the cells a spreadsheet export may have are rejected without that option',
          csv: 'ons_code,date,members\nE14900001,31/03/2019,"1,039"\n',
          rejected: [
            {
              line: 2,
              field: 'date',
              reason:
                'date "31/03/2019" is not in the form YYYY-MM-DD; members "1,039" has a thousands separator; write it as 1039',
            },
          ],
        },
      ] satisfies RejectedCase[]
    ).map((c) => [c.title, c] as const),
  )('%s', (_title, c: RejectedCase) => {
    const r = parse(c.csv, c.set ?? null);
    expect(r.rejected).toEqual(c.rejected);
    expect(r.records.map((x) => x.code)).toEqual(c.codes ?? []);
  });
});

describe('file-level problems', () => {
  it('a missing column stops the file, naming the header line', () => {
    const r = fixture('missing-column.csv');
    expect(r.ok).toBe(false);
    expect(r.fileErrors).toEqual([{ line: 2, field: 'members', reason: 'missing required column "members"' }]);
    expect(r.records).toEqual([]);
  });

  it('no seat column at all', () => {
    expect(parse('date,members\n2017-06-01,4\n').fileErrors).toEqual([
      { line: 1, field: 'ons_code', reason: 'missing required column: give "ons_code" or "constituency"' },
    ]);
  });

  it('an empty file, a file of blank lines, and a header with no rows', () => {
    for (const text of ['', '\n\n  \n', '\uFEFF'])
      expect(parse(text).fileErrors).toEqual([{ line: null, field: null, reason: 'the file is empty' }]);
    expect(parse('ons_code,date,members\n').fileErrors).toEqual([
      { line: null, field: null, reason: 'the file has a header but no data rows' },
    ]);
  });

  it('a file mixing boundary sets is refused as a whole', () => {
    const r = fixture('mixed-sets.csv');
    expect(r.ok).toBe(false);
    expect(r.fileErrors).toEqual([
      {
        line: null,
        field: null,
        reason:
          'the file mixes boundary sets: lines 3, 5 name 2010–2023 seats and line 4 names 2024 seats; put each boundary set in its own file',
      },
    ]);
    expect(r.records).toEqual([]);
    expect(r.boundarySet).toBeNull();
  });

  it('more than one party', () => {
    const r = parse(
      'ons_code,date,members,party\nE14900001,2017-06-01,5,Labour\nE14900002,2017-06-01,6,labour\nE14900003,2017-06-01,7,Green\n',
    );
    expect(r.fileErrors).toEqual([
      {
        line: null,
        field: 'party',
        reason:
          'the party column holds more than one party: "Labour" (line 2), "Green" (line 4); a file holds one party',
      },
    ]);
  });

  it('a repeated column', () => {
    expect(parse('ons_code,date,members,members\nE14900001,2017-06-01,5,5\n').fileErrors).toEqual([
      { line: 1, field: 'members', reason: 'column "members" appears more than once' },
    ]);
  });
});

describe('encoding and layout', () => {
  it('ignores a BOM and says so', () => {
    const r = fixture('bom.csv');
    expect(r.ok).toBe(true);
    expect(r.records).toEqual([
      { line: 3, code: 'E14900001', date: '2017-06-01', members: 120, activists: null, trained: null },
    ]);
    expect(r.notes[0]).toEqual({
      line: null,
      kind: 'note',
      message: 'a byte-order mark (BOM) at the start of the file was ignored',
    });
  });

  it('reads CRLF line endings, upper-cased headers, lower-case codes and quoted newlines with the right line numbers', () => {
    const r = parse(
      'Ons_Code,DATE,Members,Constituency\r\ne14900001,2017-06-01,5,"Testford\r\nNorth"\r\nE14900002,2017-06-01,-6,\r\n',
    );
    expect(r.records.map((x) => [x.line, x.code])).toEqual([[2, 'E14900001']]);
    expect(r.rejected).toEqual([{ line: 4, field: 'members', reason: 'members "-6" is negative' }]);
  });

  it('warns when the text was not UTF-8 (replacement characters)', () => {
    const r = parse('constituency,date,members\nYnys M\uFFFDn,2017-06-01,5\n');
    expect(r.notes).toEqual([
      {
        line: null,
        kind: 'warning',
        message:
          'some characters could not be read as UTF-8, so names with accents may not match; save the file as "CSV UTF-8"',
      },
    ]);
    expect(r.rejected[0]!.reason).toBe('no constituency called "Ynys M\uFFFDn" on the 2010–2023 or 2024 boundaries');
  });

  it('refuses a today that is not a date', () => {
    expect(() => parseMembershipCsv('x', { seats, today: '31/12/2024' })).toThrow(
      'today must be YYYY-MM-DD, got "31/12/2024"',
    );
  });
});

describe('spreadsheet exports (the bring-your-own page): dd/mm/yyyy dates and thousands separators', () => {
  const sheet = (text: string) =>
    parseMembershipCsv(text, { seats, today: TODAY, boundarySet: null, spreadsheet: true });

  it('reads 31/03/2019 day first and "1,039" as 1039, and says so', () => {
    const r = sheet(
      'ons_code,date,members,activists\nE14900001,31/03/2019,"1,039",12\nE14900001,01/06/2017,"1,980","1,001"\nE14900002,2019-11-01,5,\n',
    );
    expect(r.rejected).toEqual([]);
    expect(r.records).toEqual([
      { line: 3, code: 'E14900001', date: '2017-06-01', members: 1980, activists: 1001, trained: null },
      { line: 2, code: 'E14900001', date: '2019-03-31', members: 1039, activists: 12, trained: null },
      { line: 4, code: 'E14900002', date: '2019-11-01', members: 5, activists: null, trained: null },
    ]);
    expect(r.notes).toEqual([
      { line: null, kind: 'note', message: '2 dates written like 31/03/2024 were read as day/month/year (UK order)' },
      {
        line: null,
        kind: 'note',
        message: '2 rows had counts with thousands separators (like 1,039), read as whole numbers',
      },
    ]);
  });

  it('reads month first only when the file shows it (a middle number above 12), and warns when dates disagree', () => {
    const us = sheet('ons_code,date,members\nE14900001,03/31/2019,5\nE14900001,06/01/2017,6\n');
    expect(us.records.map((x) => x.date)).toEqual(['2017-06-01', '2019-03-31']);
    expect(us.notes[0]?.message).toContain('read as month/day/year (US order)');
    const both = sheet('ons_code,date,members\nE14900001,31/03/2019,5\nE14900002,03/31/2019,6\n');
    expect(both.rejected).toEqual([
      { line: 3, field: 'date', reason: 'date "03/31/2019" is not a real date (read as day/month/year)' },
    ]);
    expect(both.notes[0]?.kind).toBe('warning');
  });

  it('still rejects what is not a date or a count, with separators handled: 1,03 and 12,5 are not whole numbers', () => {
    const r = sheet(
      'ons_code,date,members\nE14900001,March 2019,5\nE14900001,2019-03-01,"1,03"\nE14900002,2019-03-01,"12,5"\nE14900002,31/02/2019,5\n',
    );
    expect(r.rejected).toEqual([
      { line: 2, field: 'date', reason: 'date "March 2019" is not a date like 2024-03-31 or 31/03/2024' },
      { line: 3, field: 'members', reason: 'members "1,03" is not a number' },
      { line: 4, field: 'members', reason: 'members "12,5" is not a number' },
      { line: 5, field: 'date', reason: 'date "31/02/2019" is not a real date (read as day/month/year)' },
    ]);
  });
});

describe('rejected rows grouped by kind of problem', () => {
  it('40 identical problems are one group with a count, the first lines, an example and a fix', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `E14900001,2019-13-${String(i + 1).padStart(2, '0')},5`);
    const r = parse(['ons_code,date,members', ...rows, 'E14999999,2019-01-01,5', 'E14900002,2019-01-01,-1'].join('\n'));
    expect(r.rejected).toHaveLength(42);
    expect(r.groups.map((g) => [g.code, g.field, g.count, g.lines.length])).toEqual([
      ['date-not-real', 'date', 40, 8],
      ['code-unknown', 'ons_code', 1, 1],
      ['count-negative', 'members', 1, 1],
    ]);
    expect(r.groups[0]!.lines).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(describeGroup(r.groups[0]!)).toBe(
      '40 rows (lines 2, 3, 4, 5, 6, 7, 8, 9, …): for example, date "2019-13-01" is not a real date. Fix: check the day and month; dates like 31/03/2024 are read day first (UK order).',
    );
    expect(describeGroup(r.groups[2]!)).toBe('Line 43: members "-1" is negative. Fix: counts cannot be below 0.');
  });

  it('0 members (and more than 2,000,000) is bad input, as for the national figures: rejected and grouped with a fix', () => {
    const zeros = Array.from({ length: 3 }, (_, i) => `E1490000${i + 1},2019-01-01,0,`);
    const r = parse(
      [
        'ons_code,date,members,activists',
        ...zeros,
        'E14900004,2019-01-01,2000001,',
        'E14900005,2019-01-01,1,0',
        'E14900006,2019-01-01,2000000,',
      ].join('\n'),
      '2010',
    );
    expect(r.rejected).toEqual([
      {
        line: 2,
        field: 'members',
        reason: 'members is 0; a row gives how many members the party has there, at least 1',
      },
      {
        line: 3,
        field: 'members',
        reason: 'members is 0; a row gives how many members the party has there, at least 1',
      },
      {
        line: 4,
        field: 'members',
        reason: 'members is 0; a row gives how many members the party has there, at least 1',
      },
      {
        line: 5,
        field: 'members',
        reason: "members 2000001 is more than 2,000,000, above any UK party's national membership",
      },
    ]);
    expect(r.records.map((x) => [x.code, x.members])).toEqual([
      ['E14900005', 1],
      ['E14900006', 2_000_000],
    ]);
    expect(r.groups.map((g) => [g.code, g.field, g.count, g.lines])).toEqual([
      ['members-zero', 'members', 3, [2, 3, 4]],
      ['members-too-many', 'members', 1, [5]],
    ]);
    expect(describeGroup(r.groups[0]!)).toBe(
      '3 rows (lines 2, 3, 4): for example, members is 0; a row gives how many members the party has there, at least 1. Fix: a seat with no members has no row: remove the row, or give the number of members.',
    );
  });

  it('every problem code the parser gives has a fix', () => {
    for (const code of [
      'members-zero',
      'members-too-many',
      'date-format',
      'date-not-real',
      'date-future',
      'date-too-early',
      'date-empty',
      'count-negative',
      'count-fraction',
      'count-not-number',
      'count-separator',
      'count-empty',
      'code-unknown',
      'code-invalid',
      'name-unknown',
      'duplicate',
      'too-many-fields',
      'unclosed-quote',
    ]) {
      expect(FIXES[code], code).toMatch(/\.$/);
    }
  });
});

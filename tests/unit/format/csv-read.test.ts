// The one CSV reader (src/lib/csv/read.ts): the line each record starts on, with every line ending and with values
// that run over several lines, what papaparse could not read, and rows keyed by the header (inline test data).
import { describe, expect, it } from 'vitest';
import { csvRecords, csvTable, isBlankRecord, rowObject } from '../../../src/lib/csv/read';

const lines = (text: string) => csvRecords(text).map((r) => [r.line, r.cells]);

describe('csvRecords', () => {
  it('gives each record the line it starts on, empty lines included', () => {
    expect(lines('a,b\n1,2\n\n3,4\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['']],
      [4, ['3', '4']],
      [5, ['']],
    ]);
  });

  it('counts a quoted value over three lines as three lines, with LF, CRLF and CR line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['a,b', `"x${eol}y${eol}z",1`, '2,3'].join(eol);
      expect(lines(text)).toEqual([
        [1, ['a', 'b']],
        [2, [`x${eol}y${eol}z`, '1']],
        [5, ['2', '3']],
      ]);
    }
  });

  it('keeps a lone carriage return inside a value of an LF file on its line', () => {
    expect(lines('a\n"x\ry"\nb')).toEqual([
      [1, ['a']],
      [2, ['x\ry']],
      [3, ['b']],
    ]);
  });

  it('attaches what papaparse could not read to the record it is in', () => {
    const records = csvRecords('a,b\n1,2\n"3,4\n');
    expect(records.map((r) => [r.line, r.errors.map((e) => e.code)])).toEqual([
      [1, []],
      [2, []],
      [3, ['MissingQuotes']],
    ]);
  });

  it('splits on commas only, whatever other separators the text has', () => {
    expect(lines('a;b\tc,d')).toEqual([[1, ['a;b\tc', 'd']]]);
  });
});

describe('csvTable and rowObject', () => {
  it('takes the first record left after skipping as the header', () => {
    const t = csvTable(' , \na,b\n1,2\n , \n3,4', isBlankRecord);
    expect(t.header?.line).toBe(2);
    expect(t.rows.map((r) => r.line)).toEqual([3, 5]);
  });

  it('gives no header for empty text', () => {
    expect(csvTable('')).toEqual({ header: null, rows: [] });
  });

  it('keys cells by column: a repeated column keeps its first value, missing cells are left out', () => {
    expect(rowObject(['a', 'b', 'a'], ['1', '2', '3', '4'])).toEqual({ a: '1', b: '2' });
    expect(rowObject(['a', 'b'], ['1'])).toEqual({ a: '1' });
  });
});

// The CSV table reader, cell converters and strict text decoding: exact error messages on small invented inputs.
import { describe, expect, it } from 'vitest';
import { cells, readTable } from '../../../src/lib/csv/read';
import { decodeText } from '../../../src/lib/text';
import { formatDataError } from '../../../src/lib/data-error';
import { dataError, thrown } from './thrown';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readTable', () => {
  it('trims the header, drops a BOM, skips blank lines and keeps file line numbers (also across quoted newlines)', () => {
    const t = readTable('f.csv', '\ufeff a , b ,c\n1,2,3\n\n"x\ny",5,6\n7,8,9,\n');
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', '2', '3'] },
      { line: 4, cells: ['x\ny', '5', '6'] },
      { line: 6, cells: ['7', '8', '9', ''] }, // one empty trailing cell beyond the header is tolerated
    ]);
  });

  it('CRLF line endings', () => {
    expect(readTable('f.csv', 'a,b,c\r\n1,2,3\r\n4,5,6\r\n').rows).toEqual([
      { line: 2, cells: ['1', '2', '3'] },
      { line: 3, cells: ['4', '5', '6'] },
    ]);
  });

  it.each([
    [
      'a truncated row names the first missing field',
      'a,b,c\n1,2,3\n4,5\n',
      {},
      'f.csv:3 field "c": row has 2 fields, header has 3 (truncated row?)',
    ],
    ['a row with extra non-empty fields', 'a,b,c\n1,2,3\n4,5,6,7\n', {}, 'f.csv:3: row has 4 fields, header has 3'],
    ['an unterminated quote', 'a,b,c\n1,"2,3\n4,5,6\n', {}, 'f.csv: malformed CSV: f.csv:2: Quoted field unterminated'],
    ['a duplicate column', 'a,a,b\n1,2,3\n', {}, 'f.csv:1 field "a": duplicate column'],
    ['a missing column', 'a,b,c\n1,2,3\n', { requiredColumns: ['a', 'd'] }, 'f.csv:1 field "d": missing column'],
    ['an empty file', '', {}, 'f.csv: file is empty'],
    ['a blank file', ' \n\n', {}, 'f.csv: file is empty'],
  ])('%s', (_, text, opts, message) => {
    expect(thrown(() => readTable('f.csv', text, opts))).toEqual(dataError(message));
  });

  // Papa must not guess the delimiter: with one or two columns and few rows it used to give up.
  it('a well-formed two-column CSV is read', () => {
    expect(readTable('f.csv', 'code,value\nE14000001,1\nE14000002,2\n').rows.length).toBe(2);
  });
});

describe('Cells', () => {
  const t = readTable('f.csv', 'n,x,y\n12a,1.5,\n,2e3,\n-1,,\n99999999,abc,\n1.0,-0.5,\n');
  const [r12a, rEmpty, rNeg, rHuge, rOk] = cells(t);

  it('count: whole, non-negative, plausible', () => {
    expect(thrown(() => r12a!.count('n'))).toEqual(dataError('f.csv:2 field "n": "12a" is not a whole number'));
    expect(thrown(() => rEmpty!.count('n'))).toEqual(dataError('f.csv:3 field "n": "" is not a whole number'));
    expect(rEmpty!.count('n', 0)).toBe(0);
    expect(thrown(() => rNeg!.count('n'))).toEqual(dataError('f.csv:4 field "n": negative count -1'));
    expect(thrown(() => rHuge!.count('n'))).toEqual(dataError('f.csv:5 field "n": implausibly large count 99999999'));
    expect(rOk!.count('n')).toBe(1); // "1.0" is a whole number
  });

  it('num: finite decimals within bounds; empty only when allowed', () => {
    const opts = { allowEmpty: true, min: 0, max: 100 };
    expect(r12a!.num('x', opts)).toBe(1.5);
    expect(thrown(() => rEmpty!.num('x', opts))).toEqual(dataError('f.csv:3 field "x": 2e3 is above 100'));
    expect(rNeg!.num('x', opts)).toBeNull();
    expect(thrown(() => rNeg!.num('x'))).toEqual(dataError('f.csv:4 field "x": "" is not a number'));
    expect(thrown(() => rHuge!.num('x', opts))).toEqual(dataError('f.csv:5 field "x": "abc" is not a number'));
    expect(thrown(() => rOk!.num('x', opts))).toEqual(dataError('f.csv:6 field "x": -0.5 is below 0'));
  });

  it('an unknown column is reported against the header line', () => {
    expect(thrown(() => rOk!.str('zz'))).toEqual(dataError('f.csv:1 field "zz": missing column'));
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 (dropping a BOM) and Windows-1252', () => {
    expect(decodeText('g.csv', utf8('\ufeffname\nCafé\n'), 'utf-8')).toBe('name\nCafé\n');
    expect(decodeText('g.csv', bytes(0x43, 0x61, 0x66, 0xe9, 0x0a), 'windows-1252')).toBe('Café\n'); // 0xE9 = é in cp1252
  });

  it('a UTF-8 file with invalid bytes (a cp1252 é, 0xE9, or 0xFF)', () => {
    expect(thrown(() => decodeText('g.csv', bytes(0x43, 0x61, 0x66, 0xe9, 0x0a), 'utf-8'))).toEqual(
      dataError(
        'g.csv: not valid UTF-8 (line 1, byte 0xE9): looks like Windows-1252 (as Excel saves CSV), where that byte is "é"; save the file as UTF-8',
      ),
    );
    expect(thrown(() => decodeText('g.csv', bytes(0x61, 0x0a, 0x2c, 0xff, 0x0a), 'utf-8'))).toEqual(
      dataError(
        'g.csv: not valid UTF-8 (line 2, byte 0xFF): looks like Windows-1252 (as Excel saves CSV), where that byte is "ÿ"; save the file as UTF-8',
      ),
    );
  });

  it('UTF-16, with or without a byte-order mark, is named as such (not as a U+0000 control character)', () => {
    const utf16 = (t: string) => new Uint8Array(Buffer.from(t, 'utf16le'));
    expect(thrown(() => decodeText('h.csv', utf16('a,b\n1,2\n'), 'utf-8'))).toEqual(
      dataError('h.csv: the file is UTF-16LE text, not utf-8'),
    );
    expect(thrown(() => decodeText('h.csv', new Uint8Array([0xfe, 0xff, 0, 0x61]), 'utf-8'))).toEqual(
      dataError('h.csv: the file is UTF-16BE text, not utf-8'),
    );
  });

  it('CR-only (old Mac) line endings are named, not reported as every error on line 1', () => {
    expect(thrown(() => decodeText('m.csv', new TextEncoder().encode('a,b\r1,2\r'), 'utf-8'))).toEqual(
      dataError(
        'm.csv: line endings are CR only (old Mac style), so the file reads as one line; save it with LF or CRLF line endings',
      ),
    );
    expect(decodeText('m.csv', new TextEncoder().encode('a,b\r\n1,2\r\n'), 'utf-8')).toBe('a,b\r\n1,2\r\n');
  });

  it('a Windows-1252 file delivered re-saved as UTF-8: é (C3 A9) decodes as "Ã©"', () => {
    expect(thrown(() => decodeText('g.csv', utf8('a\nb\nCafé\n'), 'windows-1252'))).toEqual(
      dataError('g.csv:3: encoding damage: "Ã©" looks like text decoded with the wrong character set'),
    );
  });

  it('mojibake already inside a valid UTF-8 file, and replacement characters', () => {
    expect(thrown(() => decodeText('g.csv', utf8('name\nCafÃ©\n'), 'utf-8'))).toEqual(
      dataError('g.csv:2: encoding damage: "Ã©" looks like text decoded with the wrong character set'),
    );
    expect(thrown(() => decodeText('g.csv', utf8('name\nit\u00e2\u20ac\u2122s\n'), 'utf-8'))).toEqual(
      dataError('g.csv:2: encoding damage: "â€" looks like text decoded with the wrong character set'),
    );
    expect(thrown(() => decodeText('g.csv', utf8('x\ufffdy'), 'utf-8'))).toEqual(
      dataError('g.csv:1: encoding damage: "\ufffd" looks like text decoded with the wrong character set'),
    );
  });
});

describe('formatDataError', () => {
  it('leaves out the line and field when they are unknown', () => {
    expect(formatDataError('f.csv', 3, 'Lab', 'bad')).toBe('f.csv:3 field "Lab": bad');
    expect(formatDataError('f.csv', null, 'Lab', 'bad')).toBe('f.csv field "Lab": bad');
    expect(formatDataError('f.csv', 3, null, 'bad')).toBe('f.csv:3: bad');
    expect(formatDataError('f.csv', null, null, 'bad')).toBe('f.csv: bad');
  });
});

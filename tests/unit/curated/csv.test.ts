// readCsvRows and DataError: line numbers, missing columns, truncated rows, BOM, zod messages (inline test data).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCsvRows } from '../../../src/lib/csv/read';
import { DataError, formatDataError } from '../../../src/lib/data-error';
import { caught } from '../pipeline/thrown';

const schema = z.object({
  id: z.string().regex(/^\d+$/, 'must be digits'),
  name: z.string().min(1, 'name must not be empty'),
});
const cols = ['id', 'name'];

const errorOf = (fn: () => unknown) => caught(DataError, fn);

describe('DataError', () => {
  it('formats file, line and field, leaving out the null parts', () => {
    expect(new DataError('a.csv', 3, 'x', 'bad').message).toBe('a.csv:3 field "x": bad');
    expect(formatDataError('a.csv', null, 'x', 'bad')).toBe('a.csv field "x": bad');
    expect(formatDataError('a.csv', 7, null, 'bad')).toBe('a.csv:7: bad');
    expect(formatDataError('a.csv', null, null, 'bad')).toBe('a.csv: bad');
  });

  it('keeps its parts as properties', () => {
    const e = new DataError('a.csv', 2, 'id', 'oops');
    expect([e.file, e.line, e.field, e.reason, e.name]).toEqual(['a.csv', 2, 'id', 'oops', 'DataError']);
    expect(e).toBeInstanceOf(Error);
  });
});

describe('readCsvRows', () => {
  it('returns typed rows with 1-based file lines, skipping blank lines', () => {
    const text = 'id,name\n1,Ann\n\n   \n2,"Bob\nSmith"\n3,Cy\n';
    const { rows, columns } = readCsvRows('t.csv', text, schema, cols);
    expect(columns).toEqual(['id', 'name']);
    expect(rows).toEqual([
      { line: 2, value: { id: '1', name: 'Ann' } },
      { line: 5, value: { id: '2', name: 'Bob\nSmith' } },
      { line: 7, value: { id: '3', name: 'Cy' } },
    ]);
  });

  it('handles CRLF line endings and no final newline', () => {
    const { rows } = readCsvRows('t.csv', 'id,name\r\n1,Ann\r\n\r\n2,Bo', schema, cols);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(rows[1]?.value).toEqual({ id: '2', name: 'Bo' });
  });

  it('strips a UTF-8 BOM so the first column is found', () => {
    const { rows } = readCsvRows('t.csv', '\uFEFFid,name\n1,Ann\n', schema, cols);
    expect(rows).toEqual([{ line: 2, value: { id: '1', name: 'Ann' } }]);
  });

  it('reports a missing column on line 1', () => {
    expect(errorOf(() => readCsvRows('t.csv', 'id,nom\n1,Ann\n', schema, cols)).message).toBe(
      't.csv:1 field "name": missing column',
    );
    expect(errorOf(() => readCsvRows('t.csv', '', schema, cols)).message).toBe('t.csv:1 field "id": missing column');
  });

  it('reports a repeated column on line 1 (its second value would be dropped unseen)', () => {
    expect(errorOf(() => readCsvRows('t.csv', 'id,name,name\n1,Ann,Bob\n', schema, cols)).message).toBe(
      't.csv:1 field "name": duplicate column',
    );
  });

  it('reports the first invalid row with the zod field and message', () => {
    const e = errorOf(() => readCsvRows('t.csv', 'id,name\n1,Ann\n\nx,Bob\n2,\n', schema, cols));
    expect(e.message).toBe('t.csv:4 field "id": must be digits');
    expect([e.line, e.field, e.reason]).toEqual([4, 'id', 'must be digits']);
  });

  it('reports a truncated last line', () => {
    const e = errorOf(() => readCsvRows('t.csv', 'id,name,extra\n1,Ann,x\n2,Bo', schema, cols));
    expect(e.message).toBe('t.csv:3 field "extra": row has 2 fields, header has 3 (truncated row?)');
  });

  it('reports an unclosed quote as such, on the line where it opens', () => {
    const e = errorOf(() => readCsvRows('t.csv', 'id,name,extra\n1,Ann,x\n2,"Bo,x\n3,Cy,x\n', schema, cols));
    expect(e.message).toBe('t.csv:3: Quoted field unterminated');
  });

  it('reports a row with more fields than the header', () => {
    const e = errorOf(() => readCsvRows('t.csv', 'id,name\n1,Ann\n2,Bo,extra\n', schema, cols));
    expect(e.message).toBe('t.csv:3: row has 3 fields, header has 2');
  });
});

import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/lib/format/csv';

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvCell('+1 (0)')).toBe("'+1 (0)");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });
  it('writes negative numbers plainly but neutralises text that only looks like a number', () => {
    expect(csvCell(-8.42)).toBe('-8.42');
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('+4.35')).toBe("'+4.35");
  });
  it('quotes commas, quotes and newlines; empty for null and non-finite', () => {
    expect(csvCell('Brighton, Pavilion')).toBe('"Brighton, Pavilion"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(false)).toBe('false');
  });
});

describe('toCsv', () => {
  it('writes a header and one line per row in column order', () => {
    expect(toCsv(['a', 'b'], [{ b: 2, a: 'x' }, { a: '=1' }])).toBe("a,b\nx,2\n'=1,\n");
  });
});

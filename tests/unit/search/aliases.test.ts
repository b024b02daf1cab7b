// The seat-aliases file is read with the one curated-CSV reader: a bad row stops the build naming file, line and
// field, and a good row comes back as the search uses it.
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/data-error';
import { ALIAS_COLUMNS, parseAliases } from '../../../src/lib/search/aliases';

const HEADER = ALIAS_COLUMNS.join(',');
const URL = 'https://en.wikipedia.org/wiki/Ynys_M%C3%B4n_(UK_Parliament_constituency)';
const ROW = `Anglesey,W07000112,2024,${URL},high,"Ynys Môn is the Welsh name of Anglesey."`;
const KNOWN = new Set(['2024:W07000112']);

function errorOf(text: string): string {
  try {
    parseAliases(text, KNOWN, 'aliases.csv');
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  return 'no error';
}

describe('seat aliases', () => {
  it('reads a good row, after a byte-order mark and a blank line', () => {
    expect(parseAliases(`\ufeff${HEADER}\n\n${ROW}\n`, KNOWN, 'aliases.csv')).toEqual([
      {
        alias: 'Anglesey',
        code: 'W07000112',
        boundarySet: '2024',
        sourceUrl: URL,
        confidence: 'high',
        note: 'Ynys Môn is the Welsh name of Anglesey.',
      },
    ]);
  });

  it('names the file, line and field of a bad row', () => {
    expect(errorOf(`${HEADER}\n${ROW}\n${ROW.replace('high', 'sure')}\n`)).toMatch(
      /^aliases\.csv:3 field "confidence": /,
    );
    expect(errorOf(`${HEADER}\n${ROW.replace('W07000112', 'W07000999')}\n`)).toBe(
      'aliases.csv:2 field "ons_code": no 2024 seat has code W07000999',
    );
    expect(errorOf(`${HEADER}\n${ROW}\n${ROW}\n`)).toBe(
      'aliases.csv:3 field "alias": "Anglesey" is listed twice for W07000112',
    );
    expect(errorOf(`${HEADER}\nAnglesey,W07000112\n`)).toBe(
      'aliases.csv:2 field "boundary_set": row has 2 fields, header has 6 (truncated row?)',
    );
  });

  it('refuses an invisible control character and a missing column', () => {
    expect(errorOf(`${HEADER}\n${ROW.replace('Anglesey', 'Angl\u202eesey')}\n`)).toMatch(
      /^aliases\.csv:2: invisible U\+202E: a bidirectional control character/,
    );
    expect(errorOf(`${HEADER.replace(',note', '')}\n`)).toBe('aliases.csv:1 field "note": missing column');
  });
});

// The exact-lookup build on invented inputs: mySociety's range encoding, Code-Point rows, and the district files.
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/data-error';
import { caught } from '../pipeline/thrown';
import { parseCodePoint } from '../../../pipeline/parse/codepoint';
import { parseSeatRanges, seatOfPostcode } from '../../../pipeline/parse/pcon24-ranges';
import { buildDistrictFiles, postcodeKey } from '../../../pipeline/steps/postcode-districts';
import {
  BT7,
  CODE_POINT,
  ID_TO_CODE,
  AUTHORITY_A,
  AUTHORITY_B,
  NEW_NORTH,
  NEW_SOUTH,
  NI_OLD,
  OLD_NORTH,
  OLD_SOUTH,
  RANGES_JSON,
  SLICES,
  SW15,
} from '../../fixtures/postcode/invented-districts';

const F = 'pcon_2024.json';

describe('parseSeatRanges', () => {
  const ranges = parseSeatRanges(F, RANGES_JSON, ID_TO_CODE);

  it('restores range starts and values, 0 meaning the value two places back', () => {
    expect(ranges.seats).toEqual([NEW_NORTH, NEW_SOUTH, null, NEW_SOUTH, NEW_NORTH]);
    expect(ranges.emptyRanges).toBe(1);
  });

  it('gives the seat of the last range starting at or before the postcode', () => {
    expect(seatOfPostcode(ranges, 'SW151AA')).toBe(NEW_NORTH);
    expect(seatOfPostcode(ranges, 'SW151ZZ')).toBe(NEW_NORTH);
    expect(seatOfPostcode(ranges, 'SW152AB')).toBeNull();
    expect(seatOfPostcode(ranges, 'SW152AE')).toBe(NEW_SOUTH);
    expect(seatOfPostcode(ranges, 'SW153AA')).toBe(NEW_NORTH);
    expect(seatOfPostcode(ranges, 'SW150AA')).toBeNull(); // before the first range
  });

  it('stops on an unknown seat id, keys that do not increase, or mismatched lengths', () => {
    const bad = (edit: (d: Record<string, unknown[]>) => void) => {
      const d = JSON.parse(RANGES_JSON) as Record<string, unknown[]>;
      edit(d);
      return () => parseSeatRanges(F, JSON.stringify(d), ID_TO_CODE);
    };
    expect(
      bad((d) => {
        d.value_values![2] = 'UKPARL.2025.XXX';
      }),
    ).toThrow(new DataError(F, null, 'value_values[2]', 'unknown mySociety seat id "UKPARL.2025.XXX"'));
    expect(
      bad((d) => {
        d.postcode_keys![3] = 0;
      }),
    ).toThrow('range starts must increase');
    expect(
      bad((d) => {
        d.value_key!.pop();
      }),
    ).toThrow('4 values for 5 ranges');
    expect(() => parseSeatRanges(F, '{"postcode_keys": [', ID_TO_CODE)).toThrow(DataError);
  });
});

describe('parseCodePoint', () => {
  const row = (pc: string, country = 'E92000001', authority = '"E09000032"') =>
    `"${pc}",10,523544,175403,"${country}","E19000003","E18000007","",${authority},"E05014011"`;

  it('reads postcodes space-free with their line, nation and local authority', () => {
    expect(
      parseCodePoint(
        'sw.csv',
        'SW',
        `${row('SW15 1AA')}\r\n${row('SW1A 0AA', 'W92000004', '"W06000015"')}\n${row('SW1A 0AB', 'E92000001', '""')}\n`,
      ),
    ).toEqual([
      { postcode: 'SW151AA', line: 1, country: 'E', localAuthority: 'E09000032' },
      { postcode: 'SW1A0AA', line: 2, country: 'W', localAuthority: 'W06000015' },
      { postcode: 'SW1A0AB', line: 3, country: 'E', localAuthority: null },
    ]);
  });

  it('stops with file, line and field on a bad row', () => {
    expect(() => parseCodePoint('sw.csv', 'SW', `${row('SW15 1AA')}\n${row('S1 1AA')}\n`)).toThrow(
      new DataError('sw.csv', 2, 'Postcode', '"S1 1AA" is not in postcode area SW'),
    );
    expect(() => parseCodePoint('sw.csv', 'SW', row('SW15 1AA', 'N92000002'))).toThrow(
      new DataError('sw.csv', 1, 'Country_code', '"N92000002" is not England, Scotland or Wales'),
    );
    expect(() => parseCodePoint('sw.csv', 'SW', row('SW15 1AC'))).toThrow(
      new DataError('sw.csv', 1, 'Postcode', '"\\"SW15 1AC\\"" is not a quoted UK postcode'),
    );
    expect(() => parseCodePoint('sw.csv', 'SW', row('SW15 1AA', 'E92000001', '"E05014011"'))).toThrow(
      new DataError(
        'sw.csv',
        1,
        'Admin_district_code',
        '"E05014011" is not a local authority code (E06, E07, E08, E09, S12 or W06 and 6 digits)',
      ),
    );
    expect(() => parseCodePoint('sw.csv', 'SW', '"SW15 1AA",10\n')).toThrow(
      new DataError('sw.csv', 1, null, 'row has 2 fields, expected 10'),
    );
    expect(() => parseCodePoint('sw.csv', 'SW', '')).toThrow(new DataError('sw.csv', null, null, 'no postcodes'));
  });
});

describe('buildDistrictFiles', () => {
  const ranges = parseSeatRanges(F, RANGES_JSON, ID_TO_CODE);
  const known = new Set([NEW_NORTH, NEW_SOUTH]);

  it('writes the hand-worked SW15 and BT7 files', () => {
    const { files, report } = buildDistrictFiles({ slices: SLICES, ranges, codePoint: CODE_POINT, knownNew: known });
    expect([...files.keys()]).toEqual(['BT7', 'SW15']);
    expect(files.get('SW15')).toEqual(SW15);
    expect(files.get('BT7')).toEqual(BT7);
    expect(report).toMatchObject({
      gbDistricts: 1,
      niDistricts: 1,
      livePostcodes: 6,
      withoutOldSeat: 1,
      splitDistricts: 1,
      niPostcodes: 2,
      crossBorder: 0,
      withoutNewSeat: [{ file: 'sw.csv', line: 5, postcode: 'SW152AB' }],
    });
    expect(report.totalBytes).toBe(JSON.stringify(SW15).length + JSON.stringify(BT7).length);
  });

  it("counts each local authority's live postcodes by old and new seat, leaving out postcodes without one", () => {
    const { authorities } = buildDistrictFiles({ slices: SLICES, ranges, codePoint: CODE_POINT, knownNew: known });
    expect(authorities).toEqual({
      old: { [AUTHORITY_A]: { [OLD_NORTH]: 2, [OLD_SOUTH]: 1 }, [AUTHORITY_B]: { [OLD_SOUTH]: 2 } },
      new: { [AUTHORITY_A]: { [NEW_NORTH]: 3 }, [AUTHORITY_B]: { [NEW_SOUTH]: 1 } },
    });
  });

  it('counts postcodes placed in another nation’s seat, and stops on duplicates or a seat with no postcodes', () => {
    const welsh = [
      { ...CODE_POINT[0]!, rows: CODE_POINT[0]!.rows.map((r, i) => (i === 0 ? { ...r, country: 'W' as const } : r)) },
    ];
    expect(buildDistrictFiles({ slices: SLICES, ranges, codePoint: welsh, knownNew: known }).report.crossBorder).toBe(
      1,
    );
    const twice = [
      {
        ...CODE_POINT[0]!,
        rows: [...CODE_POINT[0]!.rows, { postcode: 'SW151AA', line: 7, country: 'E' as const, localAuthority: null }],
      },
    ];
    expect(() => buildDistrictFiles({ slices: SLICES, ranges, codePoint: twice, knownNew: known })).toThrow(
      'postcode SW15 1AA appears twice',
    );
    expect(() =>
      buildDistrictFiles({ slices: SLICES, ranges, codePoint: CODE_POINT, knownNew: new Set([...known, 'E14999199']) }),
    ).toThrow('no live postcode lies in 1 GB seats (E14999199…)');
  });

  it('stops on a postcode two old seats both match, naming it and both seats', () => {
    const both = (area: 'SW' | 'BT', old: Record<string, string>) => {
      const slices = { ...SLICES, [area]: { ...SLICES[area]!, old } };
      const e = caught(DataError, () => buildDistrictFiles({ slices, ranges, codePoint: CODE_POINT, knownNew: known }));
      return [e.file, e.line, e.field, e.reason];
    };
    expect(both('SW', { [OLD_NORTH]: '^SW151A[AB]$', [OLD_SOUTH]: '^SW15(?:1AB|2AA)$' })).toEqual([
      'postcode area SW',
      null,
      OLD_SOUTH,
      `postcode SW151AB is matched by both ${OLD_NORTH} and ${OLD_SOUTH}`,
    ]);
    const long = 'SW1234567890ABC';
    expect(both('SW', { [OLD_NORTH]: `^(?:SW151AA|${long})$`, [OLD_SOUTH]: `^${long}$` })).toEqual([
      'postcode area SW',
      null,
      OLD_SOUTH,
      `postcode ${long} is matched by both ${OLD_NORTH} and ${OLD_SOUTH}`,
    ]);
    expect(both('BT', { [NI_OLD]: '^BT7(?:1AA|2AB)$', N06999002: '^BT72AB$' })).toEqual([
      'postcode area BT',
      null,
      'N06999002',
      `postcode BT72AB is matched by both ${NI_OLD} and N06999002`,
    ]);
  });
});

describe('postcodeKey', () => {
  it('reads the characters after the area in base 37 (digits 1-10, letters 11-36)', () => {
    expect(postcodeKey('SW', 'SW151AA')).toBe(4_055_396); // ((((2·37 + 6)·37 + 2)·37 + 11)·37 + 11
    expect(postcodeKey('S', 'S0')).toBe(1);
    expect(postcodeKey('S', 'S00')).toBe(38); // not 1: a leading "0" still counts
    expect(postcodeKey('SW', 'SW')).toBe(0);
    expect(postcodeKey('A', `A${'Z'.repeat(10)}`)).toBe(37 ** 10 - 1); // the largest, still exact
  });

  it('keys as the text itself outside the area, with other characters, or past 10 characters', () => {
    expect(postcodeKey('SW', 'S11AA')).toBe('S11AA');
    expect(postcodeKey('SW', 'SW1a')).toBe('SW1a');
    expect(postcodeKey('SW', 'SW15 1AA')).toBe('SW15 1AA');
    expect(postcodeKey('A', `A${'Z'.repeat(11)}`)).toBe(`A${'Z'.repeat(11)}`);
  });
});

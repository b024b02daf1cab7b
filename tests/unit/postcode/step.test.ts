// The postcodes build step's per-area slices on invented inputs: exact slices, the report and DataErrors.
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/data-error';
import { caught } from '../pipeline/thrown';
import { buildPostcodeSlices } from '../../../pipeline/steps/postcodes';
import {
  DISTRICTS_CSV,
  EXPECTED_SLICES,
  fixtureInput,
  KNOWN_OLD,
  LETTER_FILES,
  LINEAGE,
  NEW_NORTH,
  OLD_MIXED,
  OLD_NORTH,
} from '../../fixtures/postcode/invented-area';

const dataError = (run: () => unknown) => caught(DataError, run);

describe('buildPostcodeSlices on invented data', () => {
  const result = buildPostcodeSlices(fixtureInput());

  it('makes one slice per area with only that area’s old seats, districts and overlaps', () => {
    expect(result.slices).toEqual(EXPECTED_SLICES);
    expect(result.areasIndex).toEqual({ areas: ['S', 'SW'] });
  });

  it('reports what it did', () => {
    const r = result.report;
    expect(r.areas).toBe(2);
    expect(r.districts).toBe(4);
    expect(r.oldSeatsPlaced).toBe(3);
    expect(r.unplacedOld).toEqual([]);
    expect(r.nonStandardPrefixes).toEqual([]);
    expect(r.oldSeatsWithoutPostcodes).toEqual([]);
    expect(r.areasWithoutDistricts).toEqual([]);
    expect(r.areasWithoutOldSeats).toEqual([]);
    expect(r.largestLetterFile).toEqual({ letter: 'S', bytes: Buffer.byteLength(LETTER_FILES.S as string) });
    expect(r.largestSlice).toEqual({ area: 'SW', bytes: Buffer.byteLength(JSON.stringify(EXPECTED_SLICES.SW)) });
    expect(r.totalSliceBytes).toBe(
      Buffer.byteLength(JSON.stringify(EXPECTED_SLICES.SW)) + Buffer.byteLength(JSON.stringify(EXPECTED_SLICES.S)),
    );
  });

  it('reports old seats it cannot place and non-standard prefixes', () => {
    const r = buildPostcodeSlices({
      ...fixtureInput(),
      regexFiles: {
        ...LETTER_FILES,
        T: JSON.stringify({ [OLD_NORTH]: '^SW151AA$' }),
        N: JSON.stringify({ [OLD_MIXED]: '^NP(?:T0AA|11AA)$' }),
      },
    });
    expect(r.report.unplacedOld).toEqual([{ file: 'T.json', code: OLD_NORTH }]);
    expect(r.report.nonStandardPrefixes).toEqual([{ code: OLD_MIXED, prefix: 'NPT' }]);
    expect(r.slices.NP?.old).toEqual({ [OLD_MIXED]: '^NP11AA$' });
    expect(r.report.areasWithoutDistricts).toEqual(['NP']);
  });
});

describe('buildPostcodeSlices rejects bad input with file, line, field and reason', () => {
  it('unknown old seat code in a letter file', () => {
    const e = dataError(() => buildPostcodeSlices({ ...fixtureInput(), knownOld: new Set([OLD_NORTH, OLD_MIXED]) }));
    expect([e.file, e.line, e.field, e.reason]).toEqual([
      'postcodes/pcon2010_regex_onspd_feb2021/S.json',
      1,
      'E14999002',
      'unknown 2010-2023 seat code',
    ]);
  });

  it('regex JavaScript cannot compile', () => {
    const e = dataError(() =>
      buildPostcodeSlices({ ...fixtureInput(), regexFiles: { S: `{\n"${OLD_NORTH}": "^SW(15$"\n}` } }),
    );
    expect([e.file, e.line, e.field]).toEqual(['postcodes/pcon2010_regex_onspd_feb2021/S.json', 2, OLD_NORTH]);
    expect(e.reason).toMatch(/^invalid regex/);
  });

  it('regex outside the supported subset', () => {
    const e = dataError(() =>
      buildPostcodeSlices({ ...fixtureInput(), regexFiles: { S: JSON.stringify({ [OLD_NORTH]: '^SW.*$' }) } }),
    );
    expect(e.field).toBe(OLD_NORTH);
    expect(e.reason).toBe('unsupported regex at character 3: unsupported "."');
  });

  it('letter file that is not JSON', () => {
    const e = dataError(() => buildPostcodeSlices({ ...fixtureInput(), regexFiles: { S: '{"E1' } }));
    expect([e.file, e.line, e.field]).toEqual(['postcodes/pcon2010_regex_onspd_feb2021/S.json', null, null]);
  });

  it('unknown 2024 seat code in the districts file', () => {
    const csv = DISTRICTS_CSV.replace(`SW16,${NEW_NORTH},1`, 'SW16,E14999999,1');
    const e = dataError(() => buildPostcodeSlices({ ...fixtureInput(), districtsCsv: csv }));
    expect([e.file, e.line, e.field, e.reason]).toEqual([
      'postcodes/pcon24_postcode_districts_nspl_may2026.csv',
      5,
      'PCON24CD',
      'unknown 2024 seat code "E14999999"',
    ]);
  });

  it('district count that disagrees with the rows', () => {
    const csv = DISTRICTS_CSV.replace(`SW16,${NEW_NORTH},1`, `SW16,${NEW_NORTH},2`);
    const e = dataError(() => buildPostcodeSlices({ ...fixtureInput(), districtsCsv: csv }));
    expect([e.line, e.field, e.reason]).toEqual([5, 'n_constituencies_in_district', 'says 2 but SW16 has 1 rows']);
  });

  it('malformed district', () => {
    const e = dataError(() =>
      buildPostcodeSlices({ ...fixtureInput(), districtsCsv: DISTRICTS_CSV.replace('S1,', 'QQ1,') }),
    );
    expect([e.line, e.field, e.reason]).toEqual([2, 'postcode_district', '"QQ1" is not a postcode district']);
  });

  it('unknown seat in the lineage', () => {
    const lineage = [...LINEAGE, { old: OLD_NORTH, new: 'E14999998', popShareOfOld: 0, popShareOfNew: 0 }];
    const e = dataError(() => buildPostcodeSlices({ ...fixtureInput(), lineage }));
    expect([e.field, e.reason]).toEqual(['[6].new', 'unknown 2024 seat code "E14999998"']);
    const e2 = dataError(() =>
      buildPostcodeSlices({ ...fixtureInput(), lineage: [{ ...LINEAGE[0]!, old: 'E14999997' }] }),
    );
    expect(e2.field).toBe('[0].old');
    expect(KNOWN_OLD.has('E14999997')).toBe(false);
  });
});

// Random garbage into the readers and normalisers: they either return or throw a clear, documented error, never crash.
// Documented errors: DataError (pipeline readers), postcodeDistrictPath's Error "not a postcode district: ..."; the browser-side
// normalisers (postcode, seat search, membership upload) never throw at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRows, readTable } from '../../src/lib/csv/read';
import { DataError } from '../../src/lib/data-error';
import { Ledger } from '../../pipeline/lib/ledger';
import { decodeText } from '../../src/lib/text';
import { LAYOUTS, parseHocResults } from '../../pipeline/parse/hoc-results';
import {
  classifyPostcodeInput,
  formatPostcode,
  normalisePostcode,
  outwardCode,
  postcodeArea,
} from '../../src/lib/postcode/format';
import { resolvePostcode } from '../../src/lib/postcode/resolve';
import { encodeBitmap, postcodeDistrictPath, type PostcodeDistrictFile } from '../../src/lib/postcode/district-file';
import { MEMBERSHIP_COLUMNS, membershipRowSchema } from '../../src/lib/schema/curated';
import { normaliseName } from '../../src/lib/search/normalise';
import { searchSeats } from '../../src/lib/search/search';
import { buildSearchIndex } from '../../src/lib/search/seat-index';
import { seatDirectory } from '../../src/lib/membership/directory';
import { parseMembershipCsv } from '../../src/lib/membership/parse';
import { SEED } from './properties/arbitraries';

const opts = { seed: SEED, numRuns: 400 };

/** Runs fn; a DataError naming a file with a reason is fine, anything else thrown fails the property. */
function dataErrorOrValue(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError && e.file !== '' && e.reason !== '') return;
    throw e;
  }
}

const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', ' ', '\ufeff', '\u202e', '<', '=', '\u0000', 'é'),
    maxLength: 200,
  }),
);
const bytes = fc.uint8Array({ maxLength: 300 });
const HOC_HEADER =
  'ONS ID,ONS region ID,Constituency name,Region name,First party,Second party,Electorate,Valid votes,Majority,Con,Lab,LD,BRX,Green,SNP,PC,DUP,SF,SDLP,UUP,APNI,All other candidates,Of which other winner';
const garbageRows = fc
  .array(
    fc.array(
      fc.oneof(
        fc.string({ maxLength: 6 }),
        fc.integer({ min: -5, max: 2_000 }).map(String),
        fc.constantFrom('E14900001', 'E12000007', 'Con', 'Lab', 'Spk'),
      ),
      { minLength: 23, maxLength: 23 },
    ),
    { maxLength: 6 },
  )
  .map((rows) => `${HOC_HEADER}\n${rows.map((r) => r.join(',')).join('\n')}\n`);

describe('pipeline readers: DataError or a value, never a crash', () => {
  it('readTable on random text', () => {
    fc.assert(
      fc.property(junk, (t) => dataErrorOrValue(() => readTable('g.csv', t, { requiredColumns: ['a'] }))),
      opts,
    );
  });

  it('decodeText on random bytes, as UTF-8 and as Windows-1252', () => {
    fc.assert(
      fc.property(bytes, fc.constantFrom('utf-8' as const, 'windows-1252' as const), (b, enc) =>
        dataErrorOrValue(() => decodeText('g.csv', b, enc)),
      ),
      opts,
    );
  });

  it('the HoC results parser on random text and on a valid header with random cells', () => {
    const parse = (text: string) =>
      parseHocResults(
        {
          source: 'g',
          file: 'g.csv',
          text,
          election: '2019',
          layout: LAYOUTS['2019'],
          knownCodes: new Set(['E14900001']),
        },
        new Ledger(),
      );
    fc.assert(
      fc.property(fc.oneof(junk, garbageRows), (t) => dataErrorOrValue(() => parse(t))),
      opts,
    );
  });

  it('readCsvRows (curated membership schema) on random text and on a valid header with random cells', () => {
    const header = MEMBERSHIP_COLUMNS.join(',');
    const rows = fc
      .array(fc.array(fc.string({ maxLength: 12 }), { minLength: 8, maxLength: 10 }), { maxLength: 5 })
      .map((r) => `${header}\n${r.map((c) => c.join(',')).join('\n')}`);
    fc.assert(
      fc.property(fc.oneof(junk, rows), (t) =>
        dataErrorOrValue(() => readCsvRows('m.csv', t, membershipRowSchema, MEMBERSHIP_COLUMNS)),
      ),
      opts,
    );
  });
});

describe('browser-side normalisers never throw', () => {
  const typed = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.stringMatching(/^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/),
    fc.string({ unit: fc.constantFrom('S', 'W', '1', '5', ' ', '\u00a0', 'A', 'G', 'I', 'R', '0'), maxLength: 12 }),
  );
  const file: PostcodeDistrictFile = {
    v: 2,
    district: 'SW15',
    kind: 'gb',
    sectors: { 1: encodeBitmap([0, 1, 2]), 5: encodeBitmap([399]) },
    newSeats: ['E14900101', 'E14900102'],
    newRuns: [0, 2, -1, 1, 1, 1],
    oldSeats: ['E14900001'],
    oldRuns: [0, 3, -1, 1],
  };

  it('postcode normalise, format, outward code, area, classify and resolve', () => {
    fc.assert(
      fc.property(typed, (t) => {
        const n = normalisePostcode(t);
        expect(n === null || /^[A-Z0-9]{5,7}$/.test(n)).toBe(true);
        formatPostcode(t);
        outwardCode(t);
        postcodeArea(t);
        classifyPostcodeInput(t);
        const r = resolvePostcode(t, file);
        expect(typeof r.reason).toBe('string');
        expect(r.reason.length).toBeGreaterThan(0);
      }),
      opts,
    );
  });

  it('postcodeDistrictPath: a path for a postcode district, else its documented Error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 5 }), fc.stringMatching(/^[A-Z]{1,2}[0-9][A-Z0-9]?$/)), (t) => {
        try {
          expect(postcodeDistrictPath(t)).toBe(`postcodes/${t}.json`);
        } catch (e) {
          expect(e).toEqual(new Error(`not a postcode district: ${t}`));
        }
      }),
      opts,
    );
  });

  it('seat-name search: normaliseName and searchSeats', () => {
    const index = buildSearchIndex([
      {
        code: 'E14900001',
        name: 'Test Seat <A> & "B"',
        boundarySet: '2024',
        slug: 'test-seat-a-and-b',
        region: 'E12000007',
      },
      { code: 'E14900002', name: 'Ynys Môn Test', boundarySet: '2010', slug: 'ynys-mon-test', region: 'W92000004' },
    ]);
    fc.assert(
      fc.property(fc.oneof(junk, typed), (t) => {
        expect(typeof normaliseName(t)).toBe('string');
        expect(Array.isArray(searchSeats(index, t))).toBe(true);
      }),
      opts,
    );
  });

  it('membership upload parser (parseMembershipCsv): a result with file errors or rejected rows, never an exception', () => {
    const seats = seatDirectory([
      { code: 'E14900001', name: 'Test Seat A', boundarySet: '2024' },
      { code: 'E14900002', name: 'Test Seat B', boundarySet: '2010' },
    ]);
    const rows = fc
      .array(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 10 }),
            fc.constantFrom('E14900001', 'Test Seat A', '2024-01-01', '2999-01-01', '12', '-3', '1e9', ''),
          ),
          { minLength: 7, maxLength: 7 },
        ),
        { maxLength: 6 },
      )
      .map(
        (r) => `ons_code,constituency,date,members,activists,trained,party\n${r.map((c) => c.join(',')).join('\n')}`,
      );
    fc.assert(
      fc.property(fc.oneof(junk, rows), (t) => {
        const result = parseMembershipCsv(t, { seats, today: '2026-01-15' });
        expect(typeof result.ok).toBe('boolean');
      }),
      opts,
    );
  });
});

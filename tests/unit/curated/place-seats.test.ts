// seatsOfAuthority and withPlaceSeats on hand-made postcode counts (TEST DATA: invented codes E06999xxx, E14999xxx).
import { describe, expect, it } from 'vitest';
import { seatsOfAuthority } from '../../../src/lib/place-seats';
import { withPlaceSeats } from '../../../pipeline/steps/place-seats';
import type { LoadedCurated } from '../../../pipeline/steps/curated';
import { DataError } from '../../../src/lib/data-error';
import { caught } from '../pipeline/thrown';

/**
 * Seats: 1 has 40 postcodes, 2 has 100, 3 has 10, 4 has 400. Authority A (58 postcodes): all of seat 1, 9 of seat 2,
 * 9 of seat 3. Authority B (490): 91 of seat 2, 1 of seat 3, 398 of seat 4. Authority C (2): 2 of seat 4.
 */
const COUNTS = {
  E06999001: { E14999001: 40, E14999002: 9, E14999003: 9 },
  E06999002: { E14999002: 91, E14999003: 1, E14999004: 398 },
  E06999003: { E14999004: 2 },
};

describe('seatsOfAuthority', () => {
  it("keeps seats with 10% of their postcodes in the authority or holding 10% of the authority's, largest share first", () => {
    expect(seatsOfAuthority(COUNTS, 'E06999001')).toEqual([
      { code: 'E14999001', share: 1, ofPlace: 0.69 }, // 40/40; 40/58
      { code: 'E14999003', share: 0.9, ofPlace: 0.155 }, // 9/10; 9/58
      { code: 'E14999002', share: 0.09, ofPlace: 0.155 }, // 9/100, under 10%, but 9/58 of the place
    ]);
  });

  it("drops a seat with under 10% of its postcodes and under 10% of the authority's", () => {
    // B: seat 2 91/100 and 91/490; seat 3 1/10 (exactly 10%, kept); seat 4 398/400
    expect(seatsOfAuthority(COUNTS, 'E06999002').map((s) => s.code)).toEqual(['E14999004', 'E14999002', 'E14999003']);
    // C: 2 of seat 4's 400 postcodes (0.5%), but all of C
    expect(seatsOfAuthority(COUNTS, 'E06999003')).toEqual([{ code: 'E14999004', share: 0.005, ofPlace: 1 }]);
    expect(seatsOfAuthority(COUNTS, 'E06999009')).toEqual([]);
  });
});

describe('withPlaceSeats', () => {
  const row = {
    set_id: 'org-test',
    ons_code: null,
    local_authority_code: 'E06999001',
    name_in_source: 'Testshire',
    election: '2019' as const,
    link_kind: 'event-only' as const,
    source_url: 'https://example.org/',
    source_title: 'Example',
    confidence: 'low' as const,
    note: 'UNRESOLVED: test.',
  };
  const curated = (code: string) =>
    ({
      unresolvedOrganisers: [{ file: 'data/organisers.csv', line: 7, row: { ...row, local_authority_code: code } }],
    }) as LoadedCurated;

  it("gives each unresolved place the seats of its authority on its election's boundaries", () => {
    const out = withPlaceSeats(curated('E06999003'), { old: COUNTS, new: {} });
    expect(out.unresolvedOrganisers[0]!.seats).toEqual([{ code: 'E14999004', share: 0.005, ofPlace: 1 }]);
  });

  it('stops on an authority with no live postcode, naming file, line and field', () => {
    const e = caught(DataError, () => withPlaceSeats(curated('E06999009'), { old: COUNTS, new: {} }));
    expect(e.message).toBe(
      'data/organisers.csv:7 field "local_authority_code": no live postcode (OS Code-Point Open) lies in local authority E06999009',
    );
    // a 2019 row reads the 2010-2023 seats, not the 2024 ones
    expect(() => withPlaceSeats(curated('E06999001'), { old: {}, new: COUNTS })).toThrow(DataError);
  });
});

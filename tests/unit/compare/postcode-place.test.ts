// Postcodes in /compare/'s lists: which seat a resolved postcode gives on each boundary set, and how the list reads it.
import { describe, expect, it } from 'vitest';
import { placeOnSet } from '~/lib/compare/postcode-place';
import { describeEntry, resolvePaste, type PasteSeat } from '~/lib/compare/paste';
import type { PostcodeResolution } from '~/lib/postcode/resolve';

// TEST DATA, hand-made: resolutions as lib/postcode/resolve.ts gives them, with real seat codes.
const NAMES: Record<string, string> = { E14000887: 'Putney', E14001434: 'Putney', E14001543: 'Tooting' };
const nameOf = (code: string) => NAMES[code] ?? code;
const base = { basis: 'gb' as const, oldSeat: null, newSeats: [] };
const FULL: PostcodeResolution = {
  ...base,
  postcode: 'SW15 1AA',
  district: 'SW15',
  oldSeat: 'E14000887',
  newSeats: [{ code: 'E14001434', share: 1 }],
  status: 'exact',
  reason: 'SW15 1AA is in Putney (2024 boundaries). From 2010 to 2023 it was in Putney.',
};
const NEWER: PostcodeResolution = { ...FULL, postcode: 'SW15 9ZZ', oldSeat: null };
const SPLIT: PostcodeResolution = {
  ...base,
  postcode: null,
  district: 'SW17',
  newSeats: [
    { code: 'E14001543', share: 0.8 },
    { code: 'E14001434', share: 0.2 },
  ],
  status: 'choose',
  reason:
    'SW17 is split between Tooting (80%) and Putney (20%) (shares of its live postcodes). Enter your full postcode for your exact seat, or choose:',
};
/** A well-formed postcode in a known district that is not in the list of live postcodes. */
const notLive = (postcode: string): PostcodeResolution => {
  const reason = `${postcode} is not a live postcode.`;
  return { ...FULL, oldSeat: null, newSeats: [], postcode, status: 'not-live', reason };
};
const DEAD = notLive('SW15 1ZZ');

describe('placeOnSet', () => {
  it('a full postcode gives its old seat on the 2010-2023 boundaries and its new one on the 2024 boundaries', () => {
    expect(placeOnSet(FULL, '2010', nameOf)).toEqual({
      code: 'E14000887',
      candidates: [],
      reason: 'the seat SW15 1AA is in on the 2010–2023 boundaries',
    });
    expect(placeOnSet(FULL, '2024', nameOf).code).toBe('E14001434');
  });

  it('a postcode newer than the 2021 directory has no old seat, and says why', () => {
    expect(placeOnSet(NEWER, '2010', nameOf)).toEqual({
      code: null,
      candidates: [],
      reason:
        'SW15 9ZZ is not in the February 2021 postcode directory (it is newer than that), so its seat on the 2010–2023 boundaries is not known.',
    });
  });

  it('a split district offers its 2024 seats to choose from, and has no 2010-2023 seat (its file holds none)', () => {
    expect(placeOnSet(SPLIT, '2024', nameOf)).toEqual({
      code: null,
      candidates: [
        { code: 'E14001543', name: 'Tooting' },
        { code: 'E14001434', name: 'Putney' },
      ],
      reason: SPLIT.reason,
    });
    expect(placeOnSet(SPLIT, '2010', nameOf).reason).toMatch(/^SW17 is a postcode district; .* give a full postcode/);
  });

  it('a postcode that is not live gives the lookup’s own reason on both boundary sets', () => {
    expect(placeOnSet(DEAD, '2010', nameOf).reason).toBe(DEAD.reason);
    expect(placeOnSet(DEAD, '2024', nameOf)).toEqual({ code: null, candidates: [], reason: DEAD.reason });
  });
});

describe('resolvePaste with postcodes', () => {
  const SEATS: PasteSeat[] = [
    { code: 'E14000887', name: 'Putney', boundarySet: '2010' },
    { code: 'E14001434', name: 'Putney', boundarySet: '2024' },
    { code: 'E14001543', name: 'Tooting', boundarySet: '2024' },
  ];
  const places = (set: '2010' | '2024') =>
    new Map([
      ['sw15 1aa', placeOnSet(FULL, set, nameOf)],
      ['SW17', placeOnSet(SPLIT, set, nameOf)],
      ['SW15 1ZZ', placeOnSet(DEAD, set, nameOf)],
    ]);

  it('adds the seat a postcode is in, once, and lists the rest with their reasons and choices', () => {
    const r = resolvePaste('sw15 1aa\nPutney\nSW17\nSW15 1ZZ', SEATS, '2024', { places: places('2024') });
    expect(r.codes).toEqual(['E14001434']);
    expect(r.entries.map((e) => describeEntry(e, '2024'))).toEqual([
      '“sw15 1aa”: added Putney (E14001434), the seat SW15 1AA is in on the 2024 boundaries.',
      '“Putney”: Putney is listed more than once; it is used once.',
      `“SW17”: ${SPLIT.reason}`,
      '“SW15 1ZZ”: SW15 1ZZ is not a live postcode. Not added.',
    ]);
    expect(r.entries[2]).toMatchObject({ status: 'postcode', candidates: [{ name: 'Tooting' }, { name: 'Putney' }] });
  });

  it('on the 2010-2023 boundaries the same postcode gives the old seat', () => {
    const r = resolvePaste('sw15 1aa', SEATS, '2010', { places: places('2010') });
    expect(r.codes).toEqual(['E14000887']);
  });
});

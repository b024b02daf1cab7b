// resolvePostcode on hand-made district files: exact GB answers, postcodes that are not live, bare districts,
// Northern Ireland's district candidates, unknown districts and malformed input.
import { describe, expect, it } from 'vitest';
import { districtToFetch, listInWords, resolvePostcode, shareInWords } from '../../../src/lib/postcode/resolve';
import {
  BT7,
  NAMES,
  NEW_NORTH,
  NEW_SOUTH,
  NI_NEW_A,
  NI_NEW_B,
  NI_NEW_C,
  NI_OLD,
  OLD_SOUTH,
  SW15,
} from '../../fixtures/postcode/invented-districts';

const nameOf = (code: string) => NAMES[code];

describe('resolvePostcode, Great Britain (exact)', () => {
  it('a live postcode gets its one 2024 seat and its 2010-2023 seat', () => {
    expect(resolvePostcode(' sw15 1ad ', SW15, { nameOf })).toEqual({
      postcode: 'SW15 1AD',
      district: 'SW15',
      oldSeat: OLD_SOUTH,
      newSeats: [{ code: NEW_NORTH, share: 1 }],
      status: 'exact',
      basis: 'gb',
      reason: 'SW15 1AD is in New Testham North (2024 boundaries). From 2010 to 2023 it was in Testham South.',
    });
    expect(resolvePostcode('SW152AA', SW15, { nameOf }).newSeats).toEqual([{ code: NEW_SOUTH, share: 1 }]);
  });

  it('a postcode newer than Feb 2021 has a 2024 seat but no old seat, and says so', () => {
    const r = resolvePostcode('SW15 3AA', SW15, { nameOf });
    expect([r.status, r.oldSeat, r.newSeats]).toEqual(['exact', null, [{ code: NEW_NORTH, share: 1 }]]);
    expect(r.reason).toBe(
      'SW15 3AA is in New Testham North (2024 boundaries). It is not in the February 2021 postcode directory (it is newer than that), so its 2010–2023 seat is not known.',
    );
  });

  it('a postcode that is not live gets no seat at all, never a neighbour’s', () => {
    const r = resolvePostcode('SW15 1AE', SW15, { nameOf });
    expect([r.status, r.oldSeat, r.newSeats]).toEqual(['not-live', null, []]);
    expect(r.reason).toBe(
      'SW15 1AE is not a live postcode: it is not in OS Code-Point Open (October 2025), the list of every live postcode in Great Britain. Please check it for a typo. A postcode that has been retired, or is newer than October 2025, cannot be placed, and we do not guess from its neighbours.',
    );
  });

  it('a live postcode the range file leaves without a seat says so', () => {
    const r = resolvePostcode('SW15 2AB', SW15, { nameOf });
    expect([r.status, r.oldSeat, r.newSeats]).toEqual(['no-seat', OLD_SOUTH, []]);
    expect(r.reason).toBe(
      "SW15 2AB is a live postcode, but mySociety's 2024 lookup does not place it in a seat. From 2010 to 2023 it was in Testham South.",
    );
  });

  it('a district on its own lists its seats by share of live postcodes, largest first', () => {
    const r = resolvePostcode('sw15', SW15, { nameOf });
    expect([r.status, r.postcode, r.newSeats]).toEqual([
      'choose',
      null,
      [
        { code: NEW_NORTH, share: 4 / 6 },
        { code: NEW_SOUTH, share: 1 / 6 },
      ],
    ]);
    expect(r.reason).toBe(
      'SW15 is split between New Testham North (67%) and New Testham South (17%) (shares of its live postcodes). Enter your full postcode for your exact seat, or choose:',
    );
  });
});

describe('resolvePostcode, Northern Ireland (district candidates)', () => {
  it('narrows the district’s seats to those that took in the old seat, and says it is by district', () => {
    const r = resolvePostcode('BT7 1AA', BT7, { nameOf });
    expect([r.status, r.oldSeat, r.basis, r.newSeats]).toEqual([
      'choose',
      NI_OLD,
      'ni',
      [
        { code: NI_NEW_A, share: 0.7 },
        { code: NI_NEW_B, share: 0.3 },
      ],
    ]);
    expect(r.reason).toBe(
      'From 2010 to 2023 BT7 1AA was in Old Fictown. In Northern Ireland we have the 2024 seat by postcode district only, not by full postcode. The 2024 seats with postcodes in BT7 that took in part of the old seat are Fictown East (70%) and Fictown West (30%) (shares of its population). Choose:',
    );
  });

  it('one seat left is "likely", not exact', () => {
    const one = { ...BT7, candidates: [NI_NEW_A, NI_NEW_C] };
    const r = resolvePostcode('BT7 2AB', one, { nameOf });
    expect([r.status, r.newSeats]).toEqual(['likely', [{ code: NI_NEW_A, share: 0.7 }]]);
    expect(r.reason).toContain(
      'only Fictown East took in part of the old Old Fictown seat (70% of its population), so it is most likely your seat.',
    );
  });

  it('a postcode not in the Feb 2021 directory gets no seat; the district alone gives its candidates', () => {
    const r = resolvePostcode('BT7 3ZZ', BT7, { nameOf });
    expect([r.status, r.newSeats]).toEqual(['not-live', []]);
    const d = resolvePostcode('BT7', BT7, { nameOf });
    expect([d.status, d.newSeats.map((s) => s.code)]).toEqual(['choose', [NI_NEW_A, NI_NEW_B, NI_NEW_C]]);
    expect(d.reason).toBe(
      'In Northern Ireland we have the 2024 seat by postcode district only, not by full postcode. BT7 has live postcodes in Fictown East, Fictown West and Fictown Hills. Enter your full postcode to narrow it down, or choose:',
    );
  });
});

describe('resolvePostcode, unknown and malformed input', () => {
  it('no file for the district', () => {
    expect(resolvePostcode('AA99 9ZZ', null)).toMatchObject({
      status: 'unknown-district',
      district: 'AA99',
      newSeats: [],
      oldSeat: null,
      reason:
        'There is no postcode district AA99 in the postcode data, so AA99 9ZZ could not be found. Please check it.',
    });
    expect(resolvePostcode('SW16 1AA', SW15).status).toBe('unknown-district');
  });

  it('the Crown dependencies and GIR 0AA get no seat, with the reason, and no district file is fetched', () => {
    for (const [input, reason] of [
      [
        'IM1 1AA',
        'IM1 1AA is on the Isle of Man, which does not elect MPs to the UK Parliament, so it is in no constituency.',
      ],
      ['je2 3qn', 'JE2 3QN is on Jersey, which does not elect MPs to the UK Parliament, so it is in no constituency.'],
      ['GY1', 'GY1 is on Guernsey, which does not elect MPs to the UK Parliament, so it is in no constituency.'],
      ['GIR 0AA', 'GIR 0AA is a postcode for mail only, with no place on the ground, so it is in no constituency.'],
    ] as const) {
      expect(districtToFetch(input)).toBeNull();
      expect(resolvePostcode(input, null)).toMatchObject({ status: 'no-seat', newSeats: [], oldSeat: null, reason });
    }
    expect(districtToFetch(' sw15 1aa ')).toBe('SW15');
    expect(districtToFetch('SW15')).toBe('SW15');
    expect(districtToFetch('SW15 1')).toBeNull();
    expect(districtToFetch('Putney')).toBeNull();
  });

  it('a central London district written only with its letter (W1, SW1, EC1, WC2) asks for the whole postcode and fetches nothing', () => {
    expect(resolvePostcode('W1', null)).toMatchObject({
      status: 'malformed',
      reason:
        'W1 is divided into smaller districts, W1A to W1W, so it gives no seat on its own: enter the whole postcode, like W1A 1AA.',
    });
    expect(resolvePostcode('sw1', null).reason).toContain('SW1A to SW1Y');
    // Typed whole, with the letter left out, it is no postcode: said so, not "enter the whole postcode".
    expect(resolvePostcode('SW1 1AA', null).reason).toBe(
      'There is no postcode district SW1: its postcodes start SW1A to SW1Y, like SW1A 1AA.',
    );
    expect(['W1', 'SW1', 'EC1', 'WC2'].map(districtToFetch)).toEqual([null, null, null, null]);
    expect(['W1A', 'SW1A 1AA', 'E1', 'N1'].map(districtToFetch)).toEqual(['W1A', 'SW1A', 'E1', 'N1']);
  });

  it('not a postcode, or half of one', () => {
    expect(resolvePostcode('12345', SW15)).toMatchObject({ status: 'malformed', basis: null });
    expect(resolvePostcode('SW15 1A', SW15).reason).toBe(
      '“SW15 1A” is not a complete postcode. A full postcode looks like SW1A 1AA; a postcode district on its own, like SW15, also works.',
    );
    // Where a district alone places no seat (/compare/ on the 2010-2023 boundaries), the hint does not offer one.
    expect(resolvePostcode('SW15 1A', SW15, { districts: false }).reason).toBe(
      '“SW15 1A” is not a complete postcode. A full postcode looks like SW1A 1AA.',
    );
    expect(resolvePostcode('12345', SW15, { districts: false }).reason).toBe(
      '“12345” is not a UK postcode. A postcode looks like SW1A 1AA.',
    );
  });
});

describe('wording helpers', () => {
  it('lists and shares', () => {
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listInWords(['A', 'B and C', 'D'])).toBe('A, B and C, and D');
    expect([shareInWords(0.998), shareInWords(0.004), shareInWords(0.42), shareInWords(1)]).toEqual([
      'more than 99%',
      'less than 1%',
      '42%',
      '100%',
    ]);
  });
});

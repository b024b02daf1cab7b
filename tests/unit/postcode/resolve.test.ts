// resolvePostcode on hand-made slices: exact, narrowed, choose, newer postcodes, unknown places, malformed input.
import { describe, expect, it } from 'vitest';
import { listInWords, resolvePostcode, shareInWords } from '../../../src/lib/postcode/resolve';
import type { PostcodeSlice } from '../../../src/lib/postcode/slice';
import {
  EXPECTED_SLICES, NAMES, NEW_EAST, NEW_NORTH, NEW_SOUTH, OLD_MIXED, OLD_NORTH, OLD_SOUTH,
} from '../../fixtures/postcode/invented-area';

const SW: PostcodeSlice = EXPECTED_SLICES.SW;
const S: PostcodeSlice = EXPECTED_SLICES.S;
const nameOf = (code: string) => NAMES[code];

describe('resolvePostcode', () => {
  it('exact old seat, new seat narrowed to one', () => {
    expect(resolvePostcode(' sw15 1aa ', SW, { nameOf })).toEqual({
      postcode: 'SW15 1AA', district: 'SW15', oldSeat: OLD_NORTH, newCandidates: [NEW_NORTH], narrowed: true, status: 'exact',
      reason: 'SW15 is split between New Testham North and New Testham South; your postcode was in the old Testham North seat, all of whose population went to New Testham North.',
    });
  });

  it('ambiguous: the old seat fed both candidates, so the user chooses', () => {
    expect(resolvePostcode('SW153DE', SW, { nameOf })).toEqual({
      postcode: 'SW15 3DE', district: 'SW15', oldSeat: OLD_SOUTH, newCandidates: [NEW_NORTH, NEW_SOUTH], narrowed: false, status: 'choose',
      reason: 'SW15 is split between New Testham North and New Testham South; your postcode was in the old Testham South seat, whose population went to New Testham North (50%) and New Testham South (50%). It could be in either; choose:',
    });
  });

  it('orders candidates by the share of the old seat and ignores zero-population overlaps', () => {
    const r = resolvePostcode('SW17 1AA', SW, { nameOf });
    expect([r.oldSeat, r.newCandidates, r.status, r.narrowed]).toEqual([OLD_MIXED, [NEW_EAST, NEW_SOUTH], 'choose', false]);
    expect(r.reason).toContain('went to Testham East and Fictionville (90%) and New Testham South (10%)');
  });

  it('postcode not in the Feb 2021 directory falls back to its district', () => {
    expect(resolvePostcode('SW15 9ZZ', SW, { nameOf })).toEqual({
      postcode: 'SW15 9ZZ', district: 'SW15', oldSeat: null, newCandidates: [NEW_NORTH, NEW_SOUTH], narrowed: false, status: 'unknown-postcode',
      reason: 'SW15 9ZZ is not in the February 2021 postcode directory (it may be newer than that, or mistyped), so its 2010–2023 seat is not known. SW15 is split between New Testham North and New Testham South. It could be in either; choose:',
    });
  });

  it('single-seat district: exact without narrowing', () => {
    const r = resolvePostcode('SW16 1AA', SW, { nameOf });
    expect([r.oldSeat, r.newCandidates, r.narrowed, r.status]).toEqual([OLD_NORTH, [NEW_NORTH], false, 'exact']);
    expect(r.reason).toBe('All live postcodes in SW16 are in New Testham North. SW16 1AA was in the old Testham North seat (2010–2023).');
    expect(resolvePostcode('S1 1AA', S, { nameOf }).newCandidates).toEqual([NEW_EAST]);
  });

  it('overlaps that link the old seat to none of the candidates leave the choice open', () => {
    const r = resolvePostcode('SW17 2AA', SW, { nameOf });
    expect([r.oldSeat, r.newCandidates, r.narrowed, r.status]).toEqual([OLD_NORTH, [NEW_SOUTH, NEW_EAST], false, 'choose']);
    expect(r.reason).toContain('The overlap figures link the old Testham North seat to none of these');
  });

  it('old postcode in a district with no live postcodes: new seats from the overlaps', () => {
    const r = resolvePostcode('SW20 1AA', SW, { nameOf });
    expect([r.oldSeat, r.newCandidates, r.status]).toEqual([OLD_SOUTH, [NEW_NORTH, NEW_SOUTH], 'choose']);
    expect(r.reason).toContain('SW20 has no live postcodes in the May 2026 lookup');
  });

  it('a district on its own gives the district’s candidates and no old seat', () => {
    expect(resolvePostcode('sw15', SW, { nameOf })).toEqual({
      postcode: null, district: 'SW15', oldSeat: null, newCandidates: [NEW_NORTH, NEW_SOUTH], narrowed: false, status: 'choose',
      reason: 'SW15 is split between New Testham North and New Testham South. Enter your full postcode to narrow it down, or choose:',
    });
    expect(resolvePostcode('SW16', SW).status).toBe('exact');
  });

  it('unknown district and unknown area', () => {
    const d = resolvePostcode('SW19 1AA', SW, { nameOf });
    expect([d.status, d.oldSeat, d.newCandidates]).toEqual(['unknown-district', null, []]);
    expect(d.reason).toBe('SW19 1AA was not found: it is not in the February 2021 postcode directory and its district SW19 has no live postcodes in the May 2026 lookup. Please check it.');
    const a = resolvePostcode('TT1 1AA', null);
    expect(a).toEqual({
      postcode: 'TT1 1AA', district: 'TT1', oldSeat: null, newCandidates: [], narrowed: false, status: 'unknown-district',
      reason: 'There is no postcode area “TT” in the postcode data, so TT1 1AA could not be found. Please check it.',
    });
    expect(resolvePostcode('S1 1AA', SW).status).toBe('unknown-district');
  });

  it('malformed and half-typed input', () => {
    expect(resolvePostcode('12345', SW)).toEqual({
      postcode: null, district: null, oldSeat: null, newCandidates: [], narrowed: false, status: 'malformed',
      reason: '“12345” is not a UK postcode. A postcode looks like SW1A 1AA; a postcode district on its own, like SW15, also works.',
    });
    expect(resolvePostcode('<script>', SW).status).toBe('malformed');
    expect(resolvePostcode('SW15 1A', SW).reason).toBe('“SW15 1A” is not a complete postcode. A full postcode looks like SW1A 1AA; a postcode district on its own, like SW15, also works.');
  });

  it('uses codes when no names are given, and a lineage passed in', () => {
    const r = resolvePostcode('SW15 1AA', SW, { lineage: [{ old: OLD_NORTH, new: NEW_SOUTH, popShareOfOld: 1, popShareOfNew: 1 }] });
    expect(r.newCandidates).toEqual([NEW_SOUTH]);
    expect(r.reason).toBe(`SW15 is split between ${NEW_NORTH} and ${NEW_SOUTH}; your postcode was in the old ${OLD_NORTH} seat, which became ${NEW_SOUTH}.`);
  });
});

describe('wording helpers', () => {
  it('lists and shares', () => {
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listInWords(['Belfast North', 'Belfast South and Mid Down', 'Belfast West'])).toBe('Belfast North, Belfast South and Mid Down, and Belfast West');
    expect([shareInWords(1), shareInWords(0.996), shareInWords(0.424), shareInWords(0.004)]).toEqual(['100%', 'more than 99%', '42%', 'less than 1%']);
  });
});

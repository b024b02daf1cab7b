// Vote share, share change and combined share on hand-computed fixtures.
import { describe, expect, it } from 'vitest';
import { combinedShare, share, shareChange, shareOrZero } from '~/lib/metrics/share';

// now: 200 valid votes, Con 50, Lab 30, Green 10 (the remaining 110 are not needed here).
const now = { validVotes: 200, votes: { con: 50, lab: 30, green: 10, ld: 20 } };
// before: 100 valid votes, Con 40, Lab 20, UKIP 5 (Green did not stand; UKIP does not stand now).
const before = { validVotes: 100, votes: { con: 40, lab: 20, ld: 10, ukip: 5 } };

describe('share', () => {
  it('is a percentage of valid votes', () => {
    expect(share(now, 'con')).toBe(25); // 100 * 50 / 200
    expect(share(now, 'lab')).toBe(15); // 100 * 30 / 200
    expect(share(before, 'ukip')).toBe(5); // 100 * 5 / 100
  });

  it('a party that did not stand has no share (not zero)', () => {
    expect(share(now, 'snp')).toEqual({ missing: 'party-did-not-stand' });
  });

  it('no valid votes gives a typed missing value, never NaN', () => {
    expect(share({ validVotes: 0, votes: { con: 0 } }, 'con')).toEqual({ missing: 'no-votes' });
  });

  it('shareOrZero counts a party that did not stand as 0', () => {
    expect(shareOrZero(now, 'snp')).toBe(0);
    expect(shareOrZero(now, 'green')).toBe(5); // 100 * 10 / 200
  });
});

describe('shareChange', () => {
  it('is now minus before, in points', () => {
    expect(shareChange(now, before, 'con')).toBe(-15); // 25 - 40
    expect(shareChange(now, before, 'lab')).toBe(-5); // 15 - 20
    expect(shareChange(now, before, 'ld')).toBe(0); // 10 - 10
  });

  it('a party absent in one of the two elections counts as 0 there', () => {
    expect(shareChange(now, before, 'green')).toBe(5); // 5 - 0 (did not stand before)
    expect(shareChange(now, before, 'ukip')).toBe(-5); // 0 - 5 (does not stand now)
  });

  it('absent in both: the change does not exist', () => {
    expect(shareChange(now, before, 'snp')).toEqual({ missing: 'party-did-not-stand' });
  });

  it('Reform UK is measured from the Brexit Party it was renamed from; the Brexit Party has no change of its own then', () => {
    // Barnsley-like: 2019 Brexit 30 of 100; 2024 Reform 58 of 200 (29%), so -1 point, not +29.
    const b19 = { validVotes: 100, votes: { lab: 40, brexit: 30 } };
    const r24 = { validVotes: 200, votes: { lab: 100, reform: 58 } };
    expect(shareChange(r24, b19, 'reform')).toBe(-1); // 29 - 30
    expect(shareChange(r24, b19, 'brexit')).toEqual({ missing: 'party-renamed' });
    // Where the Brexit Party did not stand before, Reform UK starts from zero; where Reform UK does not stand, the
    // Brexit Party's share is lost as any party's is.
    expect(shareChange(r24, { validVotes: 100, votes: { lab: 60 } }, 'reform')).toBe(29);
    expect(shareChange({ validVotes: 100, votes: { lab: 70 } }, b19, 'brexit')).toBe(-30);
  });

  it('no previous election', () => {
    expect(shareChange(now, null, 'con')).toEqual({ missing: 'no-previous-election' });
  });

  it('no valid votes on either side is reported, not divided by', () => {
    expect(shareChange({ validVotes: 0, votes: { con: 0 } }, before, 'con')).toEqual({ missing: 'no-votes' });
    expect(shareChange(now, { validVotes: 0, votes: { con: 0 } }, 'con')).toEqual({ missing: 'no-votes' });
  });
});

describe('combinedShare', () => {
  it('sums the named parties, a party that did not stand counting 0', () => {
    // Lab 30 + Green 10 + PC 0 = 40 of 200 = 20 %
    expect(combinedShare(now, ['lab', 'green', 'pc'])).toBe(20);
    // LD 20 + Green 10 = 30 of 200 = 15 %
    expect(combinedShare(now, ['ld', 'green'])).toBe(15);
  });

  it('no parties gives 0; no valid votes gives a missing value', () => {
    expect(combinedShare(now, [])).toBe(0);
    expect(combinedShare({ validVotes: 0, votes: {} }, ['lab'])).toEqual({ missing: 'no-votes' });
  });
});

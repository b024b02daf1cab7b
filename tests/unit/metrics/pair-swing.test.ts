// Swing between a seat's top two parties, on hand-computed changes: always "points from the loser to the gainer".
import { describe, expect, it } from 'vitest';
import { pairSwing, topTwoOf } from '../../../src/lib/metrics/swing';

describe('pairSwing', () => {
  it('Putney 2019: Lab +4.35, Con -8.42 gives 6.385 points from Con to Lab, whichever order the pair is given', () => {
    const change = { con: -8.42, lab: 4.35, ld: 5.32 };
    expect(pairSwing(change, 'lab', 'con')).toEqual({ from: 'con', to: 'lab', points: 6.385 });
    expect(pairSwing(change, 'con', 'lab')).toEqual({ from: 'con', to: 'lab', points: 6.385 });
  });
  it('Orkney and Shetland 2024: LD +10.24, SNP -16.67 gives 13.455 points from SNP to LD', () => {
    const s = pairSwing({ ld: 10.24, snp: -16.67, con: -7.04, lab: 0.52 }, 'ld', 'snp');
    expect(s).toMatchObject({ from: 'snp', to: 'ld' });
    expect((s as { points: number }).points).toBeCloseTo(13.455, 10);
  });
  it('has no figure when one of the pair did not stand at both elections', () => {
    expect(pairSwing({ lab: 3 }, 'lab', 'reform')).toEqual({ missing: 'party-did-not-stand' });
  });
  it("has no figure when the Speaker is one of the pair: the main parties do not stand in the Speaker's seat", () => {
    // Chorley 2024: Speaker +7.0, Green +4.7 would read "1.2 points from Green to Speaker".
    expect(pairSwing({ spk: 7.0, green: 4.7, ind: -23.7 }, 'spk', 'green')).toEqual({ missing: 'speaker-seat' });
    expect(pairSwing({ spk: 0.2, green: -0.1, con: 8, lab: -9 }, 'green', 'spk')).toEqual({ missing: 'speaker-seat' });
  });
});

describe('topTwoOf', () => {
  it("is the seat's winner and runner-up as the results give them, a candidate among all others included", () => {
    // Rochdale 2024: Labour won, George Galloway (Workers Party, counted among all others) was second, Reform third.
    expect(topTwoOf({ winner: 'lab', second: 'other', shares: { lab: 32.8, other: 29.2, reform: 17.1 } })).toEqual([
      'lab',
      'other',
    ]);
    // A 2019 notional seat: the official winner first, though the estimated shares put the other party ahead.
    expect(topTwoOf({ winner: 'con', second: 'lab', shares: { lab: 45.4, con: 44.2 } })).toEqual(['con', 'lab']);
  });
  it('without a known runner-up: the two largest shares, never "other", ties by party code', () => {
    expect(topTwoOf({ winner: 'ld', second: null, shares: { ld: 55.1, snp: 17.3, green: 9.9, other: 60 } })).toEqual([
      'ld',
      'snp',
    ]);
    expect(topTwoOf({ winner: 'con', second: null, shares: { lab: 30, con: 30, ld: 10 } })).toEqual(['con', 'lab']);
    expect(topTwoOf({ winner: 'lab', second: null, shares: { lab: 100 } })).toBeNull();
  });
  it('has no swing when one of the top two is a candidate among all others: that share is not theirs alone', () => {
    expect(pairSwing({ lab: -16.6, other: 26.1, reform: 11.0 }, 'lab', 'other')).toEqual({
      missing: 'outside-candidate',
    });
  });
});

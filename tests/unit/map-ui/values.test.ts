// Seat values for the maps: rounding as displayed, compact rows, and typed reasons for missing shares and changes.
import { describe, expect, it } from 'vitest';
import { numericValue } from '~/lib/maps/values-label';
import { round1, toValueSeat, valuesFile } from '~/lib/maps/values';
import type { Party } from '~/lib/parties';
import { alpha, bravo, charlie } from './fixtures';

describe('round1', () => {
  it('rounds halves away from zero as the pages do, and never gives -0', () => {
    expect(round1(45.25)).toBe(45.3);
    expect(round1(4.35)).toBe(4.4);
    expect(round1(-2.195)).toBe(-2.2);
    expect(round1(-2.15)).toBe(-2.2);
    expect(Object.is(round1(-0.04), 0)).toBe(true);
    expect(round1(25.249)).toBe(25.2);
  });
});

describe('toValueSeat', () => {
  it('keeps what the map needs, rounded to one decimal, in the order the values files have always had', () => {
    const row = toValueSeat(alpha);
    // A new map metric's field comes after these.
    expect(Object.keys(row).slice(0, 11)).toEqual([
      'code',
      'name',
      'region',
      'winner',
      'prevWinner',
      'majority',
      'majorityPct',
      'turnoutPct',
      'swing',
      'shares',
      'change',
    ]);
    expect(row).toMatchObject({
      code: 'E14000001',
      name: 'Alpha',
      region: 'E12000007',
      winner: 'lab',
      prevWinner: 'con',
      majority: 120,
      majorityPct: 20,
      turnoutPct: 60,
      swing: -2.2,
      shares: { lab: 45.3, con: 25.2, ld: 29.5 },
      change: { lab: 4.4, con: 0, ld: 2 },
    });
  });

  it('passes typed missing values through', () => {
    expect(toValueSeat(charlie).turnoutPct).toEqual({ missing: 'no-electorate' });
    expect(toValueSeat(bravo).swing).toEqual({ missing: 'speaker-seat' });
  });
});

describe('valuesFile', () => {
  it('sorts seats by name and marks estimates', () => {
    const f = valuesFile('2019', '2010', '2017', [charlie, alpha, bravo]);
    expect(f.seats.map((s) => s.name)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(f).toMatchObject({ election: '2019', set: '2010', previous: '2017', estimated: false });
    expect(valuesFile('2019N', '2024', null, [{ ...alpha, estimated: true }]).estimated).toBe(true);
  });
});

describe('share and change values', () => {
  const a = toValueSeat(alpha);
  const b = toValueSeat(bravo);
  const shareOf = (s: typeof a, party: Party) => numericValue(s, { kind: 'share', party }, '2019');
  // 2019 has an election before it on its boundaries (2017); 2010 has none.
  const changeOf = (s: typeof a, party: Party, hasPrevious: boolean) =>
    numericValue(s, { kind: 'change', party }, hasPrevious ? '2019' : '2010');
  it('give the value when the party stood', () => {
    expect(shareOf(a, 'lab')).toBe(45.3);
    expect(changeOf(a, 'lab', true)).toBe(4.4);
  });
  it('say why there is no value', () => {
    expect(shareOf(a, 'green')).toEqual({ missing: 'party-did-not-stand' });
    expect(shareOf(b, 'con')).toEqual({ missing: 'speaker-seat' });
    expect(shareOf(b, 'reform')).toEqual({ missing: 'party-did-not-stand' });
    expect(changeOf(a, 'lab', false)).toEqual({ missing: 'no-previous-election' });
    expect(changeOf(a, 'green', true)).toEqual({ missing: 'party-did-not-stand' });
    // The 2019 file counts UKIP and the TUV among all other candidates, so it cannot say whether they stood.
    expect(shareOf(a, 'ukip')).toEqual({ missing: 'counted-as-other' });
    expect(changeOf(a, 'tuv', true)).toEqual({ missing: 'counted-as-other' });
  });
});

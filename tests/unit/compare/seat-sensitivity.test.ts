// The headline with one seat left out at a time: on hand-made pairs whose covariates do not vary (so the bias
// correction adjusts nothing), each figure is the plain mean of the other pairs' gaps.
import { describe, expect, it } from 'vitest';
import { COVARIATE_KEYS, type CovariateValues } from '~/lib/compare/covariates';
import { describeSeatSensitivity, mostInfluential, pairsGap, seatSensitivity } from '~/lib/compare/seat-sensitivity';
import type { MatchedPair, OutcomeResult } from '~/lib/compare/types';

const same = Object.fromEntries(COVARIATE_KEYS.map((k) => [k, 1])) as CovariateValues;
const seat = (code: string, value: number) => ({ code, name: `Seat ${code}`, region: 'R', value, covariates: same });
/** Chosen seat i with value gap + 1 against one matched seat of value 1. */
const pair = (i: number, gap: number): MatchedPair => ({
  treated: seat(`T${i}`, gap + 1),
  controls: [{ ...seat(`C${i}`, 1), distance: 0, sameRegion: true, earlier: null }],
  controlMean: 1,
  difference: gap,
  earlierDifference: null,
  used: [],
  dropped: [],
});
const result = (gaps: number[]): OutcomeResult => {
  const pairs = gaps.map((g, i) => pair(i + 1, g));
  return {
    outcome: { kind: 'change', party: 'lab' },
    key: 'change:lab',
    matched: { pairs, difference: { estimate: pairsGap(pairs), low: null, high: null, level: 0.95 } },
  } as unknown as OutcomeResult;
};

describe('seatSensitivity', () => {
  it('gives the gap without each seat, smallest first, and the seat that moves it most', () => {
    const s = seatSensitivity(result([1, 2, 3, 4, 5, 6, 20]))!;
    expect(s.estimate).toBeCloseTo(41 / 7, 12);
    expect(s.matched).toBe(7);
    expect(s.without.map((x) => x.seat.code)).toEqual(['T7', 'T6', 'T5', 'T4', 'T3', 'T2', 'T1']);
    expect(s.without[0]!.estimate).toBeCloseTo(21 / 6, 12);
    expect(s.without[6]!.estimate).toBeCloseTo(40 / 6, 12);
    expect(mostInfluential(s).seat.code).toBe('T7');
    expect(describeSeatSensitivity(s)).toBe(
      'How much the headline leans on single seats: leaving out one of the 7 seats at a time (with its matched seats), the gap runs from 3.5 points better for Labour (without Seat T7) to 6.7 points better for Labour (without Seat T1), against 5.9 points better for Labour with all of them; Seat T7 moves it most. These figures have no interval: the calibration checks the comparison as published, not one with a seat taken out after looking.',
    );
  });

  it('says when leaving out one seat turns the gap round', () => {
    const s = seatSensitivity(result([-1, -1, -1, -1, -1, 8]))!;
    expect(s.estimate).toBeCloseTo(0.5, 12);
    expect(describeSeatSensitivity(s)).toMatch(/Without Seat T6 the gap would point the other way\./);
  });

  it('has nothing to say below 6 matched seats (the rest would be shown seat by seat)', () => {
    expect(seatSensitivity(result([1, 2, 3, 4, 5]))).toBeNull();
  });
});

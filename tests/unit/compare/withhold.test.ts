import { describe, expect, it } from 'vitest';
import { compareSeats } from '~/lib/compare/engine';
import { matchedComparison } from '~/lib/compare/matched';
import type { CovariateValues } from '~/lib/compare/covariates';
import type { SeatValue } from '~/lib/compare/types';
import { describeOutcome } from '~/lib/compare/wording';
import {
  othersSmallReason,
  thinPoolReason,
  MAX_MATCHED_SEATS,
  MIN_SEATS_AGAINST_OTHERS,
  MIN_SEATS_FOR_SET_INTERVAL,
  matchedLargeReason,
} from '~/lib/compare/withhold';
import { fixtureInput } from '../../fixtures/compare/seats';

/** Seats 1, 2, 3 (R1) and 7, 8 (R2) of the fixture: five chosen seats, Lab change -8, -6, -10, -3, -5. */
const fiveSeats = compareSeats(
  fixtureInput({
    set: ['E14000901', 'E14000902', 'E14000903', 'E14000907', 'E14000908'],
    seed: 1,
    iterations: { batch: 400, maxDraws: 400 },
  }),
).outcomes[0]!;

describe('against other seats: no interval below 13 seats, the permutation p-value kept', () => {
  // Other seats of R1: 4 (-12), 5 (-11), mean -11.5; of R2: 9 (-4), 10 (-8), mean -6.
  // Lab change minus its region's other seats: 1: -8 + 11.5 = 3.5; 2: -6 + 11.5 = 5.5; 3: -10 + 11.5 = 1.5;
  // 7: -3 + 6 = 3; 8: -5 + 6 = 1. Mean 14.5 / 5 = 2.9.
  const o = fiveSeats;

  it('gives the estimate with the reason and no interval, and keeps the test', () => {
    expect(MIN_SEATS_AGAINST_OTHERS).toBe(13);
    const b = o.otherSeats!;
    expect(b.setN).toBe(5);
    expect(b.difference!.estimate).toBeCloseTo(2.9, 12);
    expect([b.difference!.low, b.difference!.high, b.difference!.reason]).toEqual([null, null, 'small-against-others']);
    expect(b.p).not.toBeNull();
    expect(b.test!.stratified).toBe(true);
  });

  it('a thin pool of none says "no other seat", not "only 0 other seats"', () => {
    expect(thinPoolReason(29, 0)).toContain(
      'the 29 chosen seats\u2019 regions have no other seat won by the same parties',
    );
    expect(thinPoolReason(29, 1)).toContain('have only 1 other seat won by the same parties');
  });

  it('names the set size it withholds at and the size the calibration tested, not a test at every size', () => {
    // Sets of 10 seats were never drawn: the miss was at 5, and 13 is the next size checked.
    expect(othersSmallReason(10)).toMatch(
      /^There is no interval for the difference from the other seats with 10 seats: on random sets of 5 seats the interval/,
    );
    expect(othersSmallReason(10)).not.toContain('random sets of 10');
  });

  it('says so in plain words, with the p-value and no verdict', () => {
    const w = describeOutcome(o);
    expect(w.difference).toContain('The difference, each seat against its own region, is 2.9 points');
    expect(w.difference).toContain('the permutation test gives p = ');
    expect(w.difference).toContain(
      'There is no interval for the difference from the other seats with 5 seats: on random sets of 5 seats the interval against other seats did not hold its 95% in every election pair, and it is given from 13 seats, the next size the calibration checks, where it held; so only the permutation test, which held, is shown',
    );
    expect(w.difference).not.toMatch(/chance/);
  });
});

describe("a set's own average: no interval below 13 seats, each seat shown instead", () => {
  // Lab change -8, -6, -10, -3, -5: mean -32 / 5 = -6.4.
  const o = fiveSeats;

  it('gives the average with no interval', () => {
    expect(MIN_SEATS_FOR_SET_INTERVAL).toBe(13);
    expect(o.set.interval).toMatchObject({ estimate: -6.4, low: null, high: null });
    expect(o.set.interval!.estimate).toBeCloseTo(-6.4, 12);
  });

  it('the sentence lists the seats and says why there is no interval', () => {
    const w = describeOutcome(o);
    expect(w.set).toMatch(/on average \(seat by seat: /);
    expect(w.set).not.toMatch(/95% interval/);
    expect(w.sentence).toContain(
      'The average of 5 seats has no interval. An average gets one from 13 seats: on random sets of 5 seats such intervals held only 92% of the time where 95% was claimed, and 13 is the next size the calibration checks, so each seat is shown.',
    );
  });
});

describe('matched seats: no interval or p-value from 30 chosen seats', () => {
  const none: CovariateValues = { prevMargin: null, prevShare: null, leave: null, imd: null };
  const seat = (code: string, value: number): SeatValue => ({ code, name: code, region: 'R1', value });
  function run(n: number) {
    // chosen seats worth 0.5, 1, 1.5, 0.5, 1, ... against 3n comparison seats worth 0: with no covariate to match on
    // and no fit to make, the gap is the chosen seats' mean.
    const treated = Array.from({ length: n }, (_, i) =>
      seat(`T${String(i).padStart(2, '0')}`, 1 + ((i % 3) - 1) * 0.5),
    );
    const pool = Array.from({ length: 3 * n }, (_, i) => seat(`P${String(i).padStart(3, '0')}`, 0));
    const all = [...treated, ...pool];
    return matchedComparison({
      treated,
      pool,
      k: 3,
      earlier: null,
      caliper: Infinity,
      rows: new Map(all.map((s) => [s.code, { code: s.code, nation: 'E92000001', region: 'R1' }])),
      covariates: new Map(all.map((s) => [s.code, none])),
      holders: new Map(),
    });
  }

  it('30 seats: the gap (mean 1) with the reason, no interval, no test', () => {
    expect(MAX_MATCHED_SEATS).toBe(29);
    const m = run(30);
    expect(m.n).toBe(30);
    expect(m.difference!.estimate).toBeCloseTo(1, 12);
    expect([m.difference!.low, m.difference!.reason]).toEqual([null, 'large-matched']);
    expect([m.p, m.test]).toEqual([null, null]);
  });

  it('29 seats: the gap 28.5 / 29 with its interval and t test', () => {
    // 10 seats at 0.5, 10 at 1, 9 at 1.5: 28.5 / 29
    const m = run(29);
    expect(m.difference!.estimate).toBeCloseTo(28.5 / 29, 12);
    expect(m.difference!.low).not.toBeNull();
    expect(m.difference!.reason).toBeUndefined();
    expect(m.p).toBeLessThan(0.001);
  });

  it('counts chosen seats, matched or not: 30 chosen with one outside the caliper still gets none', () => {
    const treated = Array.from({ length: 30 }, (_, i) => seat(`T${String(i).padStart(2, '0')}`, 1));
    const pool = Array.from({ length: 90 }, (_, i) => seat(`P${String(i).padStart(3, '0')}`, 0));
    const at = (x: number): CovariateValues => ({ ...none, leave: x });
    // every seat at Leave 50 but T29 at 100: standardised over all 120 seats, T29 is about 11 standard deviations from
    // every candidate, beyond a caliper of 1
    const cov = new Map([...treated, ...pool].map((s) => [s.code, at(s.code === 'T29' ? 100 : 50)]));
    const m = matchedComparison({
      treated,
      pool,
      k: 3,
      earlier: null,
      caliper: 1,
      covariates: cov,
      holders: new Map(),
      rows: new Map([...treated, ...pool].map((s) => [s.code, { code: s.code, nation: 'E92000001', region: 'R1' }])),
    });
    expect([m.n, m.unmatched.map((u) => u.code)]).toEqual([29, ['T29']]);
    expect([m.difference!.low, m.difference!.reason, m.p]).toEqual([null, 'large-matched', null]);
  });

  it('says why in plain words', () => {
    const m = run(30);
    const o = compareSeats(fixtureInput({ set: ['E14000901'], seed: 1 })).outcomes[0]!;
    const w = describeOutcome({ ...o, matched: m });
    expect(w.matched).toContain('the gap was 1.0 points');
    expect(w.matched).toContain(
      'There is no interval or p-value for this gap: with 30 chosen seats, the matched seats are the most typical ones while the chosen seats include unusual ones',
    );
    expect(w.matched).not.toMatch(/p = /);
  });
});

describe('matched seats: the reason names how many chosen seats were matched', () => {
  it('when some chosen seats have no matched seats, the reason says how many of them were matched', () => {
    expect(matchedLargeReason(59, 45)).toContain('with 59 chosen seats (45 of them with matched seats), the matched');
    expect(matchedLargeReason(40, 40)).toContain('with 40 chosen seats, the matched');
  });
});

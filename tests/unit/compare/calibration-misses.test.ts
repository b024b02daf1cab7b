// A missed cell of a measure's calibration withholds the figure it covers, for its band of set sizes and that measure
// and pair only, with the reason in words; on the hand-made fixture (2017 -> 2019) and a hand-made calibration file.
import { describe, expect, it } from 'vitest';
import { calibrationMisses, missAt, withholdMissed, type CalibrationMiss } from '~/lib/compare/calibration-misses';
import { compareSeats } from '~/lib/compare/engine';
import { outcomeNotes } from '~/lib/compare/rows';
import { describeOutcome } from '~/lib/compare/wording';
import { calibrationRow } from '../../fixtures/calibration';
import { fixtureInput } from '../../fixtures/compare/seats';

const row = (
  size: number,
  against: 'others' | 'matched' | 'placebo-did' | 'average',
  coverage: number,
  fp: number | null,
) => calibrationRow({ size, against, coverage, falsePositive: fp, meanWidth: 1, crying: 0 });

describe('missed cells of a calibration run', () => {
  const misses = calibrationMisses({
    outcome: 'change:lab',
    sizes: [2, 3, 5, 13, 30, 59],
    rows: [
      row(5, 'others', 0.95, 0.05),
      row(5, 'matched', 0.9167, 0.0833),
      row(13, 'average', 0.9145, null),
      row(30, 'others', 0.971, 0.01),
      row(59, 'placebo-did', 0.925, null),
    ],
  });

  it('turns each missed cell into the band of sizes up to the next size drawn, and says what was found', () => {
    expect(misses).toEqual([
      {
        outcome: 'change:lab',
        pair: '2017-2019',
        figure: 'matched',
        from: 5,
        to: 12,
        found:
          'the 95% interval held zero 91.7% of the time (target 93.0% to 97.0%) and p fell below 0.05 8.3% of the time (target at most 6.0%)',
      },
      {
        outcome: 'change:lab',
        pair: '2017-2019',
        figure: 'average',
        from: 13,
        to: 29,
        found: 'the 95% interval held the average of all the seats 91.5% of the time (target 93.0% to 97.0%)',
      },
      {
        outcome: 'change:lab',
        pair: '2017-2019',
        figure: 'others',
        from: 30,
        to: 58,
        found: 'the 95% interval held zero 97.1% of the time (target 93.0% to 97.0%)',
      },
      {
        outcome: 'change:lab',
        pair: '2017-2019',
        figure: 'placebo',
        from: 59,
        to: null,
        found: "the placebo check's 95% interval held zero 92.5% of the time (target 93.0% to 97.0%)",
      },
    ]);
  });

  it('finds a miss only for its measure, pair, figure and sizes', () => {
    expect(missAt(misses, 'change:lab', '2017-2019', 'matched', 12)?.from).toBe(5);
    expect(missAt(misses, 'change:lab', '2017-2019', 'matched', 13)).toBeUndefined();
    expect(missAt(misses, 'change:lab', '2017-2019', 'placebo', 400)?.from).toBe(59);
    expect(missAt(misses, 'change:lab', '2017-2019', 'matched', 400)).toBeUndefined();
    expect(missAt(misses, 'change:con', '2017-2019', 'matched', 5)).toBeUndefined();
    expect(missAt(misses, 'change:lab', '2015-2017', 'matched', 5)).toBeUndefined();
    expect(missAt(misses, 'change:lab', '2017-2019', 'others', 5)).toBeUndefined();
  });
});

describe('the engine withholds what a miss covers', () => {
  const five = ['E14000901', 'E14000902', 'E14000903', 'E14000907', 'E14000908'];
  const run = (misses: CalibrationMiss[]) =>
    compareSeats(fixtureInput({ set: five, seed: 1, iterations: { batch: 400, maxDraws: 400 }, misses })).outcomes[0]!;
  const miss = (figure: CalibrationMiss['figure'], pair = '2017-2019'): CalibrationMiss => ({
    outcome: 'change:lab',
    pair,
    figure,
    from: 5,
    to: 12,
    found: 'the 95% interval held zero 91.7% of the time',
  });
  const plain = run([]);

  it('keeps every figure when no miss covers the set', () => {
    expect(plain.otherSeats!.p).not.toBeNull();
    expect(run([miss('others', '2015-2017')])).toEqual(plain);
    expect(run([{ ...miss('others'), from: 13, to: 29 }])).toEqual(plain);
    // A figure already withheld for another reason (here the matched gap: a thin pool) keeps that reason.
    expect(plain.matched!.thinPool).not.toBeNull();
    expect(run([miss('matched'), miss('average')])).toEqual(plain);
  });

  // The fixture is too small for a matched interval (its pool is thin) or an average's (13 seats): the same result
  // with both shown stands in for one.
  const shown = {
    ...plain,
    set: { ...plain.set, interval: { ...plain.set.interval!, low: -9, high: -4, se: 1, df: 4, reason: undefined } },
    matched: {
      ...plain.matched!,
      thinPool: null,
      difference: { ...plain.matched!.difference!, low: 1, high: 4, se: 1, df: 4, reason: undefined },
      p: 0.01,
    },
  };

  it('withholds the matched interval and p-value, keeping the estimate, and says why', () => {
    const o = withholdMissed(shown, [miss('matched')], '2017-2019');
    const m = o.matched!;
    expect(m.difference!.estimate).toBe(plain.matched!.difference!.estimate);
    expect([m.difference!.low, m.difference!.high, m.p, m.test, m.difference!.reason]).toEqual([
      null,
      null,
      null,
      null,
      'calibration-miss',
    ]);
    const reason =
      'There is no interval or p-value for this gap: on random sets of 5 seats for this measure in 2017 → 2019, the 95% interval held zero 91.7% of the time, so sets of 5 to 12 seats get none';
    expect(describeOutcome(shown).matched).toMatch(/chance/);
    expect(describeOutcome(o).matched).toContain(`, the gap was 3.1 points better for Labour. ${reason}.`);
    expect(describeOutcome(o).matched).not.toMatch(/chance/);
    expect(outcomeNotes(o)).toContain(`${reason}.`);
    expect(o.set).toEqual(shown.set);
    expect(o.otherSeats).toEqual(shown.otherSeats);
  });

  it('withholds only the placebo check for a missed placebo cell, and with the matched gap', () => {
    const interval = { estimate: 1, low: -1, high: 3, level: 0.95, se: 1, df: 4 };
    const withPlacebo = {
      ...shown,
      matched: { ...shown.matched, placebo: { n: 5, earlier: interval, did: interval } },
    };
    const o = withholdMissed(withPlacebo, [miss('placebo')], '2017-2019');
    expect([o.matched!.placebo!.did.low, o.matched!.placebo!.earlier.low, o.matched!.placebo!.did.reason]).toEqual([
      null,
      null,
      'calibration-miss',
    ]);
    expect(o.matched!.difference).toEqual(shown.matched.difference);
    expect(describeOutcome(o).placebo).toContain(
      'There is no interval for the placebo check: on random sets of 5 seats',
    );
    expect(withholdMissed(withPlacebo, [miss('matched')], '2017-2019').matched!.placebo!.did.low).toBeNull();
  });

  it("withholds the set's own average interval and lists the seats instead", () => {
    const o = withholdMissed(shown, [miss('average')], '2017-2019');
    expect([o.set.interval!.estimate, o.set.interval!.low, o.set.interval!.reason]).toEqual([
      shown.set.interval.estimate,
      null,
      'calibration-miss',
    ]);
    expect(outcomeNotes(o)[0]).toBe(
      'There is no interval for the average: on random sets of 5 seats for this measure in 2017 → 2019, the 95% interval held zero 91.7% of the time, so sets of 5 to 12 seats get none; each seat is shown instead.',
    );
    expect(o.matched).toEqual(shown.matched);
  });

  it('withholds the p-value against other seats', () => {
    const o = run([miss('others')]);
    expect(plain.otherSeats!.p).not.toBeNull();
    expect([o.otherSeats!.p, o.otherSeats!.difference!.reason]).toEqual([null, 'calibration-miss']);
    expect(describeOutcome(o).difference).toContain('There is no interval or p-value for this difference');
  });
});

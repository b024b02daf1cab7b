// A seeded calibration on simulated placebo sets (seconds, not minutes): regions with their own shifts and
// spreads and skewed seat noise; random sets have no effect, so 95% intervals should contain zero about 95% of
// the time and p < 0.05 about 5% of the time. The full run on real seats is `npm run calibrate`.
import { describe, expect, it } from 'vitest';
import { sample, tally, type PlaceboOutcome } from '~/lib/stats/calibration';
import { biasCorrect } from '~/lib/stats/bias-correction';
import { matchedInterval } from '~/lib/stats/matched-interval';
import { matchNearest } from '~/lib/stats/matching';
import { stratifiedPermutationTest } from '~/lib/stats/permutation';
import { createRng } from '~/lib/stats/random';
import { stratifiedInterval, tInterval } from '~/lib/stats/t-interval';

const rng = createRng(20191212);
const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
/** Six regions of 60 seats: shifts -8..+4 points, spreads 1.5..6, and a skewed (exponential) part. */
const SEATS = Array.from({ length: 360 }, (_, i) => {
  const region = i % 6;
  return {
    id: `S${i}`,
    region,
    value: -8 + 2.4 * region + (1.5 + 0.9 * region) * normal() + 3 * (-Math.log(1 - rng()) - 1),
  };
});

function placebo(size: number, within: boolean, draw: () => number): PlaceboOutcome {
  const region = Math.floor(draw() * 6);
  const from = within ? SEATS.filter((s) => s.region === region) : SEATS;
  const set = new Set(sample(from, size, draw).map((s) => s.id));
  const strata = [0, 1, 2, 3, 4, 5]
    .map((g) => ({
      set: SEATS.filter((s) => s.region === g && set.has(s.id)).map((s) => s.value),
      others: SEATS.filter((s) => s.region === g && !set.has(s.id)).map((s) => s.value),
    }))
    .filter((r) => r.set.length > 0);
  const i = stratifiedInterval(strata);
  const p = i.low === null ? null : stratifiedPermutationTest(strata, { rng: draw, batch: 400, maxDraws: 2000 }).p;
  return { low: i.low, high: i.high, p };
}

describe('calibration on 400 simulated placebo sets', () => {
  const draw = createRng(7);
  const cells = [5, 13].flatMap((size) =>
    [true, false].map((within) => ({
      size,
      within,
      results: Array.from({ length: 100 }, () => placebo(size, within, draw)),
    })),
  );

  it('95% intervals of the set-against-others difference contain zero 91-99% of the time in every cell', () => {
    for (const c of cells) {
      const t = tally(c.results);
      expect(t.withInterval).toBe(100);
      expect(t.coverage!, `size ${c.size}, ${c.within ? 'within' : 'across'}`).toBeGreaterThanOrEqual(0.91);
      expect(t.coverage!).toBeLessThanOrEqual(0.99);
    }
    const all = tally(cells.flatMap((c) => c.results));
    expect(all.coverage!).toBeGreaterThanOrEqual(0.93);
    expect(all.coverage!).toBeLessThanOrEqual(0.97);
  });

  it('the stratified Welch permutation test gives p < 0.05 at most 8% of the time per cell and 6% overall', () => {
    for (const c of cells) expect(tally(c.results).falsePositive!).toBeLessThanOrEqual(0.08);
    expect(tally(cells.flatMap((c) => c.results)).falsePositive!).toBeLessThanOrEqual(0.06);
  });

  it('sets of 3 get no interval and no p-value', () => {
    const t = tally(Array.from({ length: 20 }, () => placebo(3, true, draw)));
    expect([t.withInterval, t.withP]).toEqual([0, 0]);
  });
});

describe('matched interval with shared controls', () => {
  it('is the one-sample t on pair differences when controls are distinct, and wider when they are shared', () => {
    const distinct = [1, 2, 3, 4, 5].map((i) => ({
      treated: i,
      controls: [
        { id: `a${i}`, value: i - 1 },
        { id: `b${i}`, value: i + 0.5 },
      ],
    }));
    const shared = [1, 2, 3, 4, 5].map((i) => ({
      treated: i,
      controls: [
        { id: 'a', value: i - 1 },
        { id: 'b', value: i + 0.5 },
      ],
    }));
    const d = matchedInterval(distinct);
    const s = matchedInterval(shared);
    expect(d.estimate).toBeCloseTo(0.25, 12);
    // pair differences 0.25 each: no spread, so the one-sample interval has zero width
    expect(d.high! - d.low!).toBeCloseTo(0, 6);
    expect(s.high! - s.low!).toBeGreaterThan(1);
  });
});

describe('bias-corrected matched interval on 150 simulated placebo sets', () => {
  // Six regions of 30 seats with their own shifts (-6..+6 points) and a covariate x that moves the outcome 1.5 points
  // per unit. Sets of 20 drawn within one region leave 10 seats there, so most controls come from other regions:
  // the raw matched gap carries the region shift, the corrected one does not.
  const sim = createRng(9);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - sim())) * Math.cos(2 * Math.PI * sim());
  const units = Array.from({ length: 180 }, (_, i) => {
    const region = `R${i % 6}`;
    const x = gauss() + (i % 6) * 0.2;
    return {
      id: `S${i}`,
      exact: 'E',
      group: region,
      covariates: { x },
      value: -6 + 2.4 * (i % 6) + 1.5 * x + 2 * gauss(),
    };
  });
  const draw = createRng(11);
  const results = Array.from({ length: 150 }, () => {
    const region = `R${Math.floor(draw() * 6)}`;
    const set = new Set(
      sample(
        units.filter((u) => u.group === region),
        20,
        draw,
      ).map((u) => u.id),
    );
    const treated = units.filter((u) => set.has(u.id));
    const match = matchNearest(
      treated,
      units.filter((u) => !set.has(u.id)),
      { covariates: ['x'], k: 3 },
    );
    const byId = new Map(units.map((u) => [u.id, u]));
    const matched = match.sets.map((s) => ({
      treated: byId.get(s.treated)!,
      controls: s.controls.map((c) => byId.get(c.id)!),
    }));
    const a = biasCorrect(matched, ['x']);
    const raw = matchedInterval(
      matched.map((m) => ({
        treated: m.treated.value,
        controls: m.controls.map((c) => ({ id: c.id, value: c.value })),
      })),
    );
    return { corrected: tInterval(a.estimate, a.se, a.df), raw, regions: a.fit?.groups ?? false };
  });

  it('contains zero 91-99% of the time, where the uncorrected interval does far less often', () => {
    const corrected = tally(results.map((r) => ({ low: r.corrected.low, high: r.corrected.high, p: null })));
    const raw = tally(results.map((r) => ({ low: r.raw.low, high: r.raw.high, p: null })));
    expect(results.every((r) => r.regions)).toBe(true);
    expect(corrected.coverage!).toBeGreaterThanOrEqual(0.91);
    expect(corrected.coverage!).toBeLessThanOrEqual(0.99);
    expect(raw.coverage!).toBeLessThan(0.8);
  });
});

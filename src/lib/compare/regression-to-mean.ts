// Regression to the mean: seats that did unusually badly (or well) against their region in one pair tend to move
// back in the next. Across comparison seats, each seat's gap to its region's seat average now is regressed on its
// gap in the earlier pair; the line at the set's earlier gap is what seats without the treatment did after doing
// as the set did.
import type { SeatMetrics } from '../schema/metrics';
import { mean } from '../stats/summary';
import { split } from './values';
import type { Outcome } from './outcomes';
import type { RegressionToMean, SeatValue } from './types';

/** Each seat's value minus the average of every seat of its region with a value (both from `values`). */
function regionGaps(values: ReadonlyMap<string, number>, regionOf: ReadonlyMap<string, string>): Map<string, number> {
  const sums = new Map<string, { s: number; n: number }>();
  for (const [code, v] of values) {
    const g = regionOf.get(code);
    if (g === undefined) continue;
    const a = sums.get(g) ?? { s: 0, n: 0 };
    a.s += v;
    a.n++;
    sums.set(g, a);
  }
  const out = new Map<string, number>();
  for (const [code, v] of values) {
    const a = sums.get(regionOf.get(code) ?? '');
    if (a) out.set(code, v - a.s / a.n);
  }
  return out;
}

export function regressionToMean(
  set: readonly SeatValue[],
  pool: readonly SeatValue[],
  after: readonly SeatMetrics[],
  earlier: ReadonlyMap<string, number>,
  o: Outcome,
): RegressionToMean | null {
  const regionOf = new Map(after.map((r) => [r.code, r.region]));
  const now = regionGaps(new Map(split(after, o).values.map((v) => [v.code, v.value])), regionOf);
  const then = regionGaps(new Map([...earlier].filter(([c]) => regionOf.has(c))), regionOf);
  const xy = (vs: readonly SeatValue[]) =>
    vs.filter((v) => now.has(v.code) && then.has(v.code)).map((v) => [then.get(v.code)!, now.get(v.code)!] as const);
  const fit = xy(pool);
  const own = xy(set);
  if (fit.length < 3 || own.length === 0) return null;
  const mx = mean(fit.map((p) => p[0]));
  const my = mean(fit.map((p) => p[1]));
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of fit) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const intercept = my - slope * mx;
  const setEarlier = mean(own.map((p) => p[0]));
  return {
    n: fit.length,
    slope,
    intercept,
    setN: own.length,
    setEarlier,
    setNow: mean(own.map((p) => p[1])),
    expectedNow: intercept + slope * setEarlier,
  };
}

// The figures of the Remain claim: each Great Britain seat's estimated Remain vote beside Labour's change, the seats
// at or above a Remain threshold against the rest (averages, their difference, correlation), and band averages. No
// interval: these are all the seats, in sets larger than the calibration checks (see the claim's method).
import * as data from '../data/index';
import { isSpeakerSeat } from '../lib/compare/index';
import { isMissing } from '../lib/missing';
import { pearson, type Correlation } from '../lib/stats/correlation';
import { mean } from '../lib/stats/summary';
import type { Pair } from './claims-run';

export interface RemainPoint {
  code: string;
  name: string;
  nation: string;
  remain: number;
  lab: number;
  /** Butler swing towards Labour (minus the Con-Lab swing), points. */
  toLab: number;
}

export type Area = 'gb' | 'ew';
export type Measure = 'lab' | 'toLab';

export interface GroupStats {
  pair: Pair;
  area: Area;
  measure: Measure;
  /** Seats at or above the threshold. */
  high: { n: number; mean: number; atLeast7: number };
  low: { n: number; mean: number };
  /** Within 2.5 points of the threshold. */
  near: { n: number; mean: number };
  /** The seats at or above the threshold less the rest. */
  difference: number;
  correlation: Correlation;
}

export const SCOTLAND = 'S92000003';

/** GB seats with a Leave estimate and both measures, the Speaker's seat left out. */
export function remainPoints(pair: Pair): RemainPoint[] {
  const ctx = new Map(
    data
      .context()
      .filter((c) => c.boundarySet === '2010')
      .map((c) => [c.code, c]),
  );
  const out: RemainPoint[] = [];
  for (const r of data.metricsOf(pair.after)) {
    const leave = ctx.get(r.code)?.leavePct;
    if (
      leave === null ||
      leave === undefined ||
      isSpeakerSeat(r) ||
      r.change.lab === undefined ||
      isMissing(r.swingLabToCon)
    )
      continue;
    out.push({
      code: r.code,
      name: r.name,
      nation: r.nation,
      remain: 100 - leave,
      lab: r.change.lab,
      toLab: -r.swingLabToCon,
    });
  }
  return out;
}

export function groupStats(
  points: readonly RemainPoint[],
  pair: Pair,
  area: Area,
  measure: Measure,
  threshold: number,
): GroupStats {
  const pts = area === 'ew' ? points.filter((p) => p.nation !== SCOTLAND) : points;
  const hi = pts.filter((p) => p.remain >= threshold).map((p) => p[measure]);
  const lo = pts.filter((p) => p.remain < threshold).map((p) => p[measure]);
  const near = pts.filter((p) => Math.abs(p.remain - threshold) < 2.5).map((p) => p[measure]);
  return {
    pair,
    area,
    measure,
    high: { n: hi.length, mean: mean(hi), atLeast7: hi.filter((v) => v >= 7).length },
    low: { n: lo.length, mean: mean(lo) },
    near: { n: near.length, mean: mean(near) },
    difference: mean(hi) - mean(lo),
    correlation: pearson(
      pts.map((p) => p.remain),
      pts.map((p) => p[measure]),
    ),
  };
}

/** Average of each 5-point band of Remain (bands with fewer than 5 seats left out), at the band's midpoint. */
export function remainBins(points: readonly RemainPoint[], measure: Measure): { x: number; y: number; n: number }[] {
  const bins = new Map<number, number[]>();
  for (const p of points) {
    const b = Math.floor(p.remain / 5) * 5;
    const list = bins.get(b) ?? [];
    list.push(p[measure]);
    bins.set(b, list);
  }
  return [...bins]
    .filter(([, v]) => v.length >= 5)
    .sort((a, b) => a[0] - b[0])
    .map(([b, v]) => ({ x: b + 2.5, y: mean(v), n: v.length }));
}

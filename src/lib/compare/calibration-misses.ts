// Where the placebo calibration of a measure in an election pair missed a target (tools/calibrate.ts,
// data/calibration*.json), the figure is withheld with the reason: for sets from the missed cell's size up to the next
// size the calibration drew, whether the cell drew its seats within one region or across regions. The calibration
// itself runs without these rules, so a cell that comes back within target on new data releases its figures.
import { pairById } from './settings';
import type { OutcomeResult } from './types';
import type { CalibrationFile } from '../schema/calibration';
import { formatRate, offTarget, rowOffTarget, TARGET } from '../stats/calibration';
import { withheld, type Interval } from '../stats/t-interval';

/** The figure a missed cell withholds: the set's own average, the comparison with other or matched seats, the placebo. */
export type MissFigure = 'average' | 'others' | 'matched' | 'placebo';

export interface CalibrationMiss {
  outcome: string;
  pair: string;
  figure: MissFigure;
  /** The set sizes it covers: from the cell's size to before the next size drawn (null: no end). */
  from: number;
  to: number | null;
  /** What the calibration found, e.g. "the 95% interval held zero 91.7% of the time and p fell below 0.05 8.3%". */
  found: string;
}

const FIGURE = { others: 'others', matched: 'matched', 'placebo-did': 'placebo', average: 'average' } as const;

/** Every cell of a calibration run that missed a target, as the sizes and figure it withholds. */
export function calibrationMisses(file: Pick<CalibrationFile, 'outcome' | 'sizes' | 'rows'>): CalibrationMiss[] {
  const sizes = [...file.sizes].sort((a, b) => a - b);
  return file.rows.flatMap((r) => {
    if (!rowOffTarget(r)) return [];
    const coverage = offTarget('coverage', r.coverage);
    const fp = offTarget('falsePositive', r.falsePositive);
    const truth = r.against === 'average' ? 'the average of all the seats' : 'zero';
    const which = r.against === 'placebo-did' ? "the placebo check's 95% interval" : 'the 95% interval';
    const found = [
      coverage
        ? `${which} held ${truth} ${formatRate(r.coverage!)} of the time (target ${formatRate(TARGET.coverageLow)} to ${formatRate(TARGET.coverageHigh)})`
        : '',
      fp
        ? `p fell below 0.05 ${formatRate(r.falsePositive!)} of the time (target at most ${formatRate(TARGET.falsePositive)})`
        : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const next = sizes.find((s) => s > r.size);
    const to = next === undefined ? null : next - 1;
    return [{ outcome: file.outcome, pair: r.pair, figure: FIGURE[r.against], from: r.size, found, to }];
  });
}

/** The first miss that withholds `figure` of `outcome` in `pair` for a set of `n` seats. */
export function missAt(
  misses: readonly CalibrationMiss[],
  outcome: string,
  pair: string,
  figure: MissFigure,
  n: number,
): CalibrationMiss | undefined {
  return misses.find(
    (m) =>
      m.outcome === outcome && m.pair === pair && m.figure === figure && n >= m.from && (m.to === null || n <= m.to),
  );
}

/** Why a figure is withheld, as a sentence without its full stop. */
export function missReason(m: CalibrationMiss): string {
  const what = {
    average: 'no interval for the average',
    others: 'no interval or p-value for this difference',
    matched: 'no interval or p-value for this gap',
    placebo: 'no interval for the placebo check',
  }[m.figure];
  const sizes = m.to === null ? `${m.from} seats or more` : `${m.from} to ${m.to} seats`;
  const pair = pairById(m.pair)?.label ?? m.pair;
  return `There is ${what}: on random sets of ${m.from} seats for this measure in ${pair}, ${m.found}, so sets of ${sizes} get none`;
}

const missed = (i: Interval, m: CalibrationMiss): Interval => ({
  ...withheld(i.estimate, i.level, 'calibration-miss'),
  note: missReason(m),
});

/** An interval or p-value is on show (a figure already withheld for another reason keeps that reason). */
const shows = (i: Interval | null | undefined, p: number | null = null): i is Interval =>
  !!i && (i.low !== null || p !== null);

/** The result with every figure a miss covers withheld (the estimate kept, its interval and p-value dropped). */
export function withholdMissed(r: OutcomeResult, misses: readonly CalibrationMiss[], pair: string): OutcomeResult {
  const n = r.set.n;
  const at = (figure: MissFigure) => (n < 1 ? undefined : missAt(misses, r.key, pair, figure, n));
  const average = at('average');
  const others = at('others');
  const matched = at('matched');
  const placeboMiss = matched ?? at('placebo');
  if (!average && !others && !placeboMiss) return r;
  const set = average && shows(r.set.interval) ? { ...r.set, interval: missed(r.set.interval, average) } : r.set;
  const o = r.otherSeats;
  const otherSeats =
    others && o && shows(o.difference, o.p)
      ? { ...o, difference: missed(o.difference, others), test: null, p: null }
      : o;
  const m = r.matched;
  const placebo =
    m?.placebo && placeboMiss && shows(m.placebo.did)
      ? { ...m.placebo, earlier: missed(m.placebo.earlier, placeboMiss), did: missed(m.placebo.did, placeboMiss) }
      : (m?.placebo ?? null);
  const matchedOut =
    matched && m && shows(m.difference, m.p)
      ? { ...m, difference: missed(m.difference, matched), test: null, p: null, placebo }
      : m && { ...m, placebo };
  return { ...r, set, otherSeats, matched: matchedOut };
}

// Small pieces the comparison modules share: a seat set's values of one outcome, the size class that decides what
// the site may show, and a permutation result as the engine reports it.
import { describeMissing, isMissing } from '../missing';
import type { SeatMetrics } from '../schema/metrics';
import { MIN_SEATS_FOR_INTERVAL, SMALL_SET } from '../stats/t-interval';
import { seatOutcome, type Outcome } from './outcomes';
import type { DroppedSeat, SeatRef, SeatValue, SizeClass, TestResult } from './types';

export const ref = (r: SeatMetrics): SeatRef => ({ code: r.code, name: r.name, region: r.region });

/** Seats with a value of the outcome, and the rest with the reason they have none. */
export function split(rows: readonly SeatMetrics[], o: Outcome): { values: SeatValue[]; dropped: DroppedSeat[] } {
  const values: SeatValue[] = [];
  const dropped: DroppedSeat[] = [];
  for (const r of rows) {
    const v = seatOutcome(r, o);
    if (isMissing(v)) dropped.push({ ...ref(r), reason: v.missing, message: describeMissing(v) });
    else values.push({ ...ref(r), value: v });
  }
  return { values, dropped };
}

/** How the site may show a figure from n seats: nothing, seat by seat (1-4), marked small (5-14), plain. */
export function sizeClass(n: number): SizeClass {
  if (n === 0) return 'none';
  if (n < MIN_SEATS_FOR_INTERVAL) return 'seats-only';
  return n < SMALL_SET ? 'small' : 'full';
}

export function testResult(
  r: { p: number; exact: boolean; draws: number; mcError: number; settled: boolean },
  stratified: boolean,
): TestResult {
  return { p: r.p, exact: r.exact, draws: r.draws, mcError: r.mcError, settled: r.settled, stratified };
}

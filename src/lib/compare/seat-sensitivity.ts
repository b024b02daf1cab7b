// How much a matched headline leans on single seats: the gap again with each chosen seat left out in turn (its matched
// seats with it; the others keep theirs), bias-corrected as the headline is. A gap that one seat carries, or whose
// direction one seat decides, says so under the headline. The figures have no interval: the calibration checks the
// comparison as published, not one with a seat taken out after looking.
import { MIN_SEATS_FOR_INTERVAL } from '../stats/t-interval';
import { formatMagnitude } from './format';
import { corrected } from './matched';
import type { Outcome } from './outcomes';
import type { MatchedPair, OutcomeResult, SeatRef } from './types';
import { vocabulary } from './vocabulary';

export interface SeatOut {
  seat: SeatRef;
  /** The gap without this seat. */
  estimate: number;
}

export interface SeatSensitivity {
  outcome: Outcome;
  key: string;
  /** The gap as published. */
  estimate: number;
  /** Chosen seats with matched seats. */
  matched: number;
  /** The gap without each seat, smallest first. */
  without: SeatOut[];
}

/** The gap of the matched pairs on their outcome now, corrected as matchedComparison corrects it. */
export function pairsGap(pairs: readonly MatchedPair[]): number {
  const byCode = new Map(pairs.flatMap((p) => [p.treated, ...p.controls].map((s) => [s.code, s] as const)));
  const unit = (code: string, value: number) => {
    const s = byCode.get(code)!;
    return { id: code, value, group: s.region, covariates: s.covariates };
  };
  return corrected(pairs, (_, v) => v, unit).estimate;
}

/** The headline's gap with each seat left out; null below 6 matched seats (the rest would be under 5, seat by seat). */
export function seatSensitivity(o: OutcomeResult): SeatSensitivity | null {
  const m = o.matched;
  if (!m?.difference || m.pairs.length <= MIN_SEATS_FOR_INTERVAL) return null;
  const without = m.pairs
    .map((p, i) => ({
      seat: { code: p.treated.code, name: p.treated.name, region: p.treated.region },
      estimate: pairsGap(m.pairs.filter((_, j) => j !== i)),
    }))
    .sort((a, b) => a.estimate - b.estimate || a.seat.name.localeCompare(b.seat.name));
  return { outcome: o.outcome, key: o.key, estimate: m.difference.estimate, matched: m.pairs.length, without };
}

/** The seat whose leaving out moves the gap most. */
export function mostInfluential(s: SeatSensitivity): SeatOut {
  const far = (x: SeatOut) => Math.abs(x.estimate - s.estimate);
  return s.without.reduce((a, b) => (far(b) > far(a) ? b : a));
}

/**
 * "Leaving out one seat at a time (with its matched seats), the gap runs from 0.3 points more towards Labour
 * (without Putney) to 1.2 points more towards Labour (without Shipley)." with a word on a seat that turns it round.
 */
export function describeSeatSensitivity(s: SeatSensitivity): string {
  const v = vocabulary(s.outcome);
  const words = (x: number) =>
    formatMagnitude(x) === '0.0' ? '0.0 points, no gap either way' : `${formatMagnitude(x)} points ${v.favour(x)}`;
  const lo = s.without[0]!;
  const hi = s.without[s.without.length - 1]!;
  const most = mostInfluential(s);
  const turns = s.without.filter(
    (x) => Math.sign(x.estimate) !== Math.sign(s.estimate) && formatMagnitude(x.estimate) !== '0.0',
  );
  const turned = turns.length
    ? ` Without ${turns.length === 1 ? turns[0]!.seat.name : `any one of ${turns.length} seats`} the gap would point the other way.`
    : '';
  return (
    `How much the headline leans on single seats: leaving out one of the ${s.matched} seats at a time (with its matched seats), ` +
    `the gap runs from ${words(lo.estimate)} (without ${lo.seat.name}) to ${words(hi.estimate)} (without ${hi.seat.name}), ` +
    `against ${words(s.estimate)} with all of them; ${most.seat.name} moves it most.${turned} ` +
    'These figures have no interval: the calibration checks the comparison as published, not one with a seat taken out after looking.'
  );
}

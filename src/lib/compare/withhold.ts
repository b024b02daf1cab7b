// Where the placebo calibration (npm run calibrate, data/calibration.json) showed a method missing its 95% at a size,
// the site withholds that figure by a stated rule rather than print it. Three rules for every measure (besides 4 seats
// or fewer, the matched thin-pool rule in compare/matched, and each measure's own missed cells in
// compare/calibration-misses):
// - Against other seats, a set of fewer than 13 seats gets no interval: at 5 seats the t interval held only 92.5% in
//   2019N-2024, where Labour's changes had long tails. Its permutation p-value, which does not lean on the shape of
//   the spread, held at 5 seats in every pair (at most 5.8%; 5.7% on 4,000 sets where 1,000 had shown more), so it
//   is kept.
// - A set's own average gets no interval below 13 seats either: on 4,000 random 5-seat sets within one region
//   (2019N-2024) the t interval held the region's mean only 92.1% of the time (94.2% at 9 seats), for the same long
//   tails. Each seat is shown instead. From 13 seats each measure's calibration checks it (sets drawn across regions).
// - A matched comparison of 30 seats or more gets no interval or p-value: the closest seats are the most typical
//   ones, chosen seats include unusual ones, and in 2017-2019 that leaned the matched gap by about +0.2 points, which
//   no fit on the matching measures removed. The lean is fixed in size while the interval narrows as seats are
//   added, so from 30 seats (92% in 2017-2019) it is larger than the interval allows.
// The reasons given where a figure is withheld are worded here too, those of the matched rules included.
import { plural } from './format';
import { MIN_SEATS_FOR_INTERVAL, type Interval } from '../stats/t-interval';
import { PER_PARAMETER } from '../stats/bias-correction';
import { COVARIATE_KEYS } from './covariates';

/** Fewest chosen seats for an interval against other seats. */
export const MIN_SEATS_AGAINST_OTHERS = 13;
/** Fewest seats for an interval on a set's own average. */
export const MIN_SEATS_FOR_SET_INTERVAL = 13;
/** Most chosen seats for an interval or p-value against matched seats. */
export const MAX_MATCHED_SEATS = 29;

export function othersSmallReason(n: number): string {
  return `There is no interval for the difference from the other seats with ${plural(n, 'seat', 'seats')}: on random sets of ${MIN_SEATS_FOR_INTERVAL} seats the interval against other seats did not hold its 95% in every election pair, and it is given from ${MIN_SEATS_AGAINST_OTHERS} seats, the next size the calibration checks, where it held; so only the permutation test, which held, is shown`;
}

/** `matched`: how many of the `n` chosen seats have matched seats (the gap is over those). */
export function matchedLargeReason(n: number, matched = n): string {
  const of = matched < n ? ` (${matched} of them with matched seats)` : '';
  return `There is no interval or p-value for this gap: with ${n} chosen seats${of}, the matched seats are the most typical ones while the chosen seats include unusual ones; on random sets of ${MAX_MATCHED_SEATS + 1} seats or more this tilted the gap (by about 0.2 points in 2017–2019) enough that 95% intervals held only about 92% of the time`;
}

function seatsOnlyReason(n: number): string {
  return `With ${n === 1 ? 'one seat' : `${n} seats`} there is no interval or p-value: an interval from ${MIN_SEATS_FOR_INTERVAL - 1} seats or fewer would rest wholly on an assumed spread of seats, which so few cannot check, so each seat is shown instead`;
}

/**
 * Why the set's own average is shown seat by seat (4 seats or fewer, fewer than 13, or a missed cell of the measure's
 * calibration), or null when it has an interval.
 */
export function setSeatsReason(n: number, interval?: Interval | null): string | null {
  if (interval?.reason === 'calibration-miss') return `${interval.note}; each seat is shown instead.`;
  if (n < MIN_SEATS_FOR_INTERVAL) return `${seatsOnlyReason(n)}.`;
  if (n < MIN_SEATS_FOR_SET_INTERVAL)
    return `The average of ${n} seats has no interval. An average gets one from ${MIN_SEATS_FOR_SET_INTERVAL} seats: on random sets of 5 seats such intervals held only 92% of the time where 95% was claimed, and ${MIN_SEATS_FOR_SET_INTERVAL} is the next size the calibration checks, so each seat is shown.`;
  return null;
}

/** Why a matched comparison has no interval or p-value when 4 or fewer of 5 or more chosen seats have matched seats. */
export function fewMatchedReason(matched: number, chosen: number): string {
  return `Only ${matched} of the ${chosen} seats ${matched === 1 ? 'has' : 'have'} matched seats: with ${MIN_SEATS_FOR_INTERVAL - 1} or fewer there is no interval or p-value`;
}

/** Why a matched gap of 5 seats or more was left raw: the bias correction made no fit (stats/bias-correction). */
export function uncorrectedReason(): string {
  return `the fit needs at least ${PER_PARAMETER} different matched seats for each number it fits (${PER_PARAMETER * (COVARIATE_KEYS.length + 1)} for a constant and the ${COVARIATE_KEYS.length} matching measures), and these seats have fewer, or their matched seats do not differ enough in those measures to fit`;
}

/** Why a matched comparison has no interval or p-value although the set is large enough (compare/matched thinPool). */
export function thinPoolReason(n: number, inRegions: number): string {
  return `There is no interval or p-value for this gap: the ${n} chosen seats\u2019 regions have ${inRegions === 0 ? 'no other seat' : `only ${plural(inRegions, 'other seat', 'other seats')}`} won by the same parties to compare with, so most of the similar seats come from other regions, where the election moved differently, and on random sets of seats like this our intervals were too narrow`;
}

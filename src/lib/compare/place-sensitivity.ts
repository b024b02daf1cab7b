// A matched headline of an organiser claim with the seats of linked places left out: places that sources tie to the
// organising unit without naming a seat (a town, a county). The unit may have been active in any of their seats, so
// as matched seats they may not be fair comparisons; the check shows how much the headline moves without them, like
// for like when a chosen seat loses all its matches, and which way a hidden effect would have moved it. The figure
// without them has its interval where a calibration run with the same seats left out (npm run calibrate --
// --leave-linked) checked it; otherwise none, as untested.
import { listAnd } from '../format/list';
import { PLACE_MIN_SHARE } from '../place-seats';
import { MIN_SEATS_FOR_INTERVAL } from '../stats/t-interval';
import { formatMagnitude } from './format';
import type { Outcome } from './outcomes';
import { matchedReading, readingText, type MatchedReading } from './reading';
import type { OutcomeResult, SeatRef } from './types';
import { vocabulary } from './vocabulary';

/** A place a source ties to the unit without naming a seat, and its seats (lib/place-seats) outside the cited sets. */
export interface LinkedPlace {
  name: string;
  /** Every source's link to the place is an event (a mass meeting, a launch), not an organiser or a campaign. */
  eventOnly: boolean;
  seats: SeatRef[];
}

export interface PlaceSensitivity {
  outcome: Outcome;
  key: string;
  /** Chosen seats with a value of the outcome. */
  seats: number;
  places: LinkedPlace[];
  /** The distinct seats of the places, left out of the comparison pools for the check. */
  leftOut: SeatRef[];
  /** The headline's matched seats that lie in the places. */
  inMatched: SeatRef[];
  now: MatchedReading | null;
  without: MatchedReading | null;
  /** Chosen seats matched as published that have no matched seat without the places. */
  lost: SeatRef[];
  /** When some are lost: the published comparison of only the seats still matched without the places (like for like). */
  sameSeats: MatchedReading | null;
  /** A calibration run with the same seats left out checked the intervals of `without`, which then shows its own. */
  withoutChecked: boolean;
}

/**
 * The headline as published (`now`), run again with the places' seats out of the pools (`without`), and, when that
 * leaves some chosen seats unmatched, the published comparison of the rest (`runSameSeats` with their codes).
 * `withoutChecked`: a calibration run with the places' seats left out checked the intervals of `without`.
 */
export function placeSensitivity(
  now: OutcomeResult,
  without: OutcomeResult,
  places: readonly LinkedPlace[],
  runSameSeats: (codes: string[]) => OutcomeResult = () => {
    throw new Error('place sensitivity: a chosen seat lost its matches, but there is no run of the rest');
  },
  withoutChecked = false,
): PlaceSensitivity {
  if (without.key !== now.key) throw new Error(`place sensitivity: ${now.key} against ${without.key}`);
  const leftOut = new Map(places.flatMap((p) => p.seats.map((s) => [s.code, s] as const)));
  const reading = matchedReading(now);
  const after = matchedReading(without);
  const still = after?.treated.map((t) => t.code) ?? [];
  const lost = (reading?.treated ?? []).filter((t) => !still.includes(t.code));
  const same = lost.length && still.length ? runSameSeats(still) : null;
  if (same && same.key !== now.key) throw new Error(`place sensitivity: ${now.key} against ${same.key}`);
  return {
    outcome: now.outcome,
    key: now.key,
    seats: now.set.n,
    places: [...places],
    leftOut: [...leftOut.values()],
    inMatched: (reading?.controls ?? []).filter((c) => leftOut.has(c.code)),
    now: reading,
    without: after,
    lost,
    sameSeats: same ? matchedReading(same) : null,
    withoutChecked,
  };
}

/** Both runs give the same figures to the precision the pages print them. */
function unchanged(a: MatchedReading, b: MatchedReading): boolean {
  const same = (x: number | null, y: number | null) =>
    x === null ? y === null : y !== null && x.toFixed(3) === y.toFixed(3);
  return same(a.estimate, b.estimate) && same(a.low, b.low) && same(a.high, b.high) && a.matched === b.matched;
}

/** +1 when a larger value of the outcome is better for Labour, -1 when smaller is; null for another party's share. */
function labourSign(o: Outcome): 1 | -1 | null {
  if (o.kind === 'swing') return -1;
  return o.kind === 'change' && o.party === 'lab' ? 1 : null;
}

const seatsWord = (n: number) => (n === 1 ? 'one seat' : `${n} seats`);
const rest = (n: number) => (n === 1 ? 'the other seat' : `the other ${n} seats`);

/** Which way leaving the seats out moved the gap, against what an effect hidden in them would have done. */
function direction(s: PlaceSensitivity, without: MatchedReading, them: string): string {
  const sign = labourSign(s.outcome);
  const base = s.sameSeats ?? s.now!;
  if (sign === null) return '';
  const d = sign * (without.estimate - base.estimate);
  const moved =
    formatMagnitude(d) === '0.0'
      ? `Leaving ${them} out barely moves the gap: there is no sign that ${them === 'it' ? 'it' : 'they'} hid an effect.`
      : d > 0
        ? `Leaving ${them} out moves the gap towards Labour, as it would if the unit had helped Labour there; changing comparison seats also moves it by chance, so this does not show that it did.`
        : `Leaving ${them} out moves the gap away from Labour, the opposite of what would happen if the unit had helped Labour there: there is no sign that ${them === 'it' ? 'it' : 'they'} hid an effect.`;
  const { low, high } = s.now!;
  const inside =
    low === null || high === null
      ? ''
      : ` The figure without ${them} lies ${without.estimate >= low && without.estimate <= high ? 'inside' : 'outside'} the headline's 95% interval.`;
  return ` ${moved}${inside}`;
}

/** The figure without the places shows its interval: a calibration run checked it, and the engine gave one. */
export function withoutShowsInterval(s: PlaceSensitivity): boolean {
  return s.withoutChecked && s.now?.low !== null && s.without?.low !== null && s.without?.low !== undefined;
}

function intervalNote(s: PlaceSensitivity, without: MatchedReading): string {
  const m = without.matched;
  if (m < MIN_SEATS_FOR_INTERVAL)
    return s.now?.low === null
      ? ` With ${seatsWord(m)} neither figure has an interval.`
      : ` With ${seatsWord(m)} the figure without them could have no interval anyway.`;
  if (s.now?.low === null) return ' Neither figure has an interval (the reason is given above).';
  if (withoutShowsInterval(s))
    return " Its interval is checked as the headline's is, on random sets of real seats, here with these seats left out of the sets and of the comparison seats too (see the methodology).";
  if (s.withoutChecked)
    return ' That figure has no interval: on random sets of real seats with these seats left out, intervals at this size missed their target.';
  return ' That figure has no interval because we have checked how often our intervals hold only for the comparison as published: it is untested, not known to be worse.';
}

/** The sentences under a matched headline that give it with and without the linked places' seats. */
export function describePlaceSensitivity(s: PlaceSensitivity): string {
  const n = s.leftOut.length;
  const them = n === 1 ? 'it' : 'them';
  const eventOnly = s.places.filter((p) => p.eventOnly).map((p) => p.name);
  const share = `${PLACE_MIN_SHARE * 100}%`;
  const intro =
    `Sources also tie the organising unit to ${s.places.length === 1 ? 'one place' : `${s.places.length} places`} ` +
    `without naming a seat (${listAnd(s.places.map((p) => p.name))})${eventOnly.length ? `; for ${listAnd(eventOnly)} the only link is an event` : ''}. ` +
    `The unit may have been active in ${n === 1 ? 'its one seat' : `any of ${s.places.length === 1 ? 'its' : 'their'} ${n} seats`} outside the cited sets (a seat counts when at least ${share} of its postcodes lie in the place, or it holds ${share} of the place's postcodes; postcodes are not people), so ${n === 1 ? 'it may not be a fair comparison seat' : 'they may not be fair comparison seats'}.`;
  if (!s.now) return `${intro} No seat can be matched either way.`;
  const subject = vocabulary(s.outcome).subject;
  const matched = s.now.controls.length;
  const only = matched === 1 ? s.now.controls[0]!.name : null;
  const among = n === 1 ? 'it' : 'one of them';
  const notAmong = only
    ? `The headline comparison's one matched seat, ${only}, is not ${among}`
    : `None of the headline comparison's ${matched} matched seats is ${among}`;
  if (!s.inMatched.length && s.without && unchanged(s.now, s.without))
    return `${intro} ${notAmong}, so leaving ${them} out does not change the headline.`;
  const which = !s.inMatched.length
    ? `${notAmong}.`
    : only
      ? `The headline comparison's one matched seat, ${only}, is ${among}, so the headline rests on a seat the unit may also have reached.`
      : `${s.inMatched.length} of the headline comparison's ${matched} matched seats ${s.inMatched.length === 1 ? 'is' : 'are'} among them (${listAnd(s.inMatched.map((c) => c.name))}).`;
  if (!s.without) {
    const none = s.lost.length === 1 ? `${s.lost[0]!.name} has no matched seat` : 'no seat can be matched';
    return `${intro} ${which} Without ${them} ${none}.`;
  }
  const gap = `the headline comparison's gap in ${subject}`;
  const figures =
    s.lost.length && s.sameSeats
      ? `Without ${them} ${listAnd(s.lost.map((c) => c.name))} ${s.lost.length === 1 ? 'has' : 'have'} no matched seat left, so the check covers ${rest(s.without.matched)}: ${s.without.matched === 1 ? 'its' : 'their'} gap in ${subject} is ${readingText(s.without, s.outcome, s.without.matched, withoutShowsInterval(s))}. Against the published comparison seats ${s.sameSeats.matched === 1 ? "the same seat's" : `the same ${s.sameSeats.matched} seats'`} gap is ${readingText(s.sameSeats, s.outcome, s.sameSeats.matched)}, and all ${s.now.matched} seats' ${readingText(s.now, s.outcome, s.seats)}.`
      : `Without ${them} ${gap} is ${readingText(s.without, s.outcome, s.seats, withoutShowsInterval(s))}; with ${them} it is ${readingText(s.now, s.outcome, s.seats, withoutShowsInterval(s))}.`;
  return `${intro} ${which} ${figures}${direction(s, s.without, them)}${intervalNote(s, s.without)}`;
}

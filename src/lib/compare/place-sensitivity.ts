// A matched headline of an organiser claim with the seats of linked places left out: places that sources tie to the
// organising unit without naming a seat (a town, a county). Organisers may have worked in any of their seats, so as
// matched seats they may not be untouched; the check shows how much the headline moves without them. The figure
// without them has no interval: the calibration checks the comparison as published.
import { listAnd } from '../format/list';
import { plural } from './format';
import type { Outcome } from './outcomes';
import { matchedReading, noIntervalText, readingText, type MatchedReading } from './reading';
import type { OutcomeResult, SeatRef } from './types';
import { vocabulary } from './vocabulary';

/** A place a source links to the unit without naming a seat, and its seats (lib/place-seats) outside the chosen set. */
export interface LinkedPlace {
  name: string;
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
}

/** The headline as published (`now`) and run again with the places' seats out of the pools (`without`). */
export function placeSensitivity(
  now: OutcomeResult,
  without: OutcomeResult,
  places: readonly LinkedPlace[],
): PlaceSensitivity {
  if (now.key !== without.key) throw new Error(`place sensitivity: ${now.key} against ${without.key}`);
  const leftOut = new Map(places.flatMap((p) => p.seats.map((s) => [s.code, s] as const)));
  const reading = matchedReading(now);
  return {
    outcome: now.outcome,
    key: now.key,
    seats: now.set.n,
    places: [...places],
    leftOut: [...leftOut.values()],
    inMatched: (reading?.controls ?? []).filter((c) => leftOut.has(c.code)),
    now: reading,
    without: matchedReading(without),
  };
}

/** Both runs give the same figures to the precision the pages print them. */
function unchanged(a: MatchedReading, b: MatchedReading): boolean {
  const same = (x: number | null, y: number | null) =>
    x === null ? y === null : y !== null && x.toFixed(3) === y.toFixed(3);
  return same(a.estimate, b.estimate) && same(a.low, b.low) && same(a.high, b.high) && a.matched === b.matched;
}

function intervalNote(s: PlaceSensitivity): string {
  return (
    noIntervalText(s.seats, s.now) ??
    'The figure without them is shown without an interval: the calibration checks the comparison as published.'
  );
}

/** The sentences under a matched headline that give it with and without the linked places' seats. */
export function describePlaceSensitivity(s: PlaceSensitivity): string {
  const gap = `the headline comparison's gap in ${vocabulary(s.outcome).subject}`;
  const intro =
    `Sources also link the organising unit to ${plural(s.places.length, 'place', 'places')} without naming a seat ` +
    `(${listAnd(s.places.map((p) => p.name))}). ${s.leftOut.length === 1 ? 'Organisers may have worked in its seat, so that seat may not be an untouched yardstick.' : `Organisers may have worked in any of their ${s.leftOut.length} seats, so those seats may not be untouched yardsticks.`}`;
  const matched = s.now?.controls.length ?? 0;
  const none = `None of the headline comparison's ${plural(matched, 'matched seat', 'matched seats')} lies in them`;
  if (!s.inMatched.length && s.now && s.without && unchanged(s.now, s.without))
    return `${intro} ${none}, so leaving them out does not change it.`;
  const which = !s.inMatched.length
    ? `${none}.`
    : matched === 1
      ? `The headline comparison's one matched seat, ${s.inMatched[0]!.name}, lies in them.`
      : `${s.inMatched.length} of the headline comparison's ${matched} matched seats ${s.inMatched.length === 1 ? 'lies' : 'lie'} in them (${listAnd(s.inMatched.map((c) => c.name))}).`;
  const leaving = s.leftOut.length === 1 ? 'Leaving that seat out' : `Leaving all ${s.leftOut.length} out`;
  const without = s.without
    ? `${leaving}, ${gap} is ${readingText(s.without, s.outcome, s.seats)}`
    : `${leaving}, no seat can be matched`;
  const now = s.now
    ? `with them ${s.without ? 'it' : gap} is ${readingText(s.now, s.outcome, s.seats)}`
    : 'with them no seat can be matched';
  return `${intro} ${which} ${without}; ${now}.${s.now && s.without ? ` ${intervalNote(s)}` : ''}`;
}

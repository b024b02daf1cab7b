// The places an organiser set's sources link to the unit without naming a seat, with their seats outside every cited
// set (found by the pipeline from postcodes, lib/place-seats): the seats the claim pages' linked-places check and the
// /compare/ switch leave out of the comparison pools; every seat of those places, cited or not, for the map and the
// organisers page; and the calibration runs with those seats left out, which say where a check's interval holds.
import * as data from '../data/index';
import { linkedCalibrations } from '../data/calibration';
import type { LinkedPlace } from '../lib/compare/place-sensitivity';
import type { CalibrationFile } from '../lib/schema/calibration';
import { listAnd } from '../lib/format/list';
import { outcomeByKey, pairById, pairOf } from '../lib/compare/settings';
import { citedSeats, type Pair } from './compare-run';

/**
 * The linked places of the organiser set that holds every one of `codes` (none when no such set), one per place
 * (several sources may name it), each with its seats outside every cited set (those are out of the pools already).
 */
export function linkedPlacesFor(codes: readonly string[]): LinkedPlace[] {
  const set = data.curated().sets.find((s) => s.format === 'organisers' && codes.every((c) => s.codes.includes(c)));
  return set && codes.length ? linkedPlacesOf(set.entry.id) : [];
}

/** The linked places of the seat set `setId` (none for a set whose rows all name seats). */
export function linkedPlacesOf(setId: string): LinkedPlace[] {
  const cur = data.curated();
  const cited = new Set(citedSeats().map((c) => c.code));
  const places = new Map<string, LinkedPlace>();
  for (const u of cur.unresolvedOrganisers.filter((x) => x.row.set_id === setId)) {
    const key = `${u.row.name_in_source}|${u.row.local_authority_code}`;
    const had = places.get(key);
    if (had) {
      had.eventOnly &&= u.row.link_kind === 'event-only';
      continue;
    }
    // Named from the row's election's results, as the comparison names its seats (a mini site has pages for few).
    const seats = u.seats
      .filter((s) => !cited.has(s.code))
      .map((s) => {
        const m = data.metricsFor(s.code, u.row.election);
        if (!m) throw new Error(`linked place ${u.row.name_in_source}: no ${u.row.election} result for ${s.code}`);
        return { code: s.code, name: m.name, region: m.region };
      });
    places.set(key, { name: u.row.name_in_source, eventOnly: u.row.link_kind === 'event-only', seats });
  }
  return [...places.values()].filter((p) => p.seats.length > 0);
}

/** Every seat of the places of the set `setId` (of every set when none), cited seats included, each once. */
export function placeSeatCodes(setId?: string): string[] {
  const places = data.curated().unresolvedOrganisers.filter((u) => setId === undefined || u.row.set_id === setId);
  return [...new Set(places.flatMap((u) => u.seats.map((s) => s.code)))];
}

/**
 * The calibration run (npm run calibrate -- --leave-linked) that checks the intervals of a comparison in `pair` of the
 * outcome `key` with the seats `leftOut` kept out of the pools: null when there is none, or when its run left out other
 * seats (the linked places changed since; run it again).
 */
export function linkedCalibration(pair: Pair, key: string, leftOut: readonly string[]): CalibrationFile | null {
  const want = [...leftOut].sort().join(',');
  const id = pairOf(pair.before, pair.after)?.id;
  const c = linkedCalibrations.find((x) => x.file.outcome === key);
  if (!c || !id || !c.file.pairs.includes(id)) return null;
  return c.file.leaveLinked!.join(',') === want ? c.file : null;
}

/** The elections the calibration runs with the seats of linked places left out cover: "2017 → 2019". */
export function linkedCalibrationPairs(): string {
  return listAnd([...new Set(linkedCalibrations.flatMap((c) => c.file.pairs))].map((id) => pairById(id)?.label ?? id));
}

/** Where intervals with the seats of linked places left out are checked: "2017 → 2019, for the Butler swing … and …". */
export function linkedCalibrationScope(): string {
  const measures = linkedCalibrations.map((c) => {
    const label = outcomeByKey(c.file.outcome)?.label ?? c.file.outcome;
    // "Change in …" is lower-cased; a name ("Butler swing …") is not.
    return `the ${label.startsWith('Change') ? `c${label.slice(1)}` : label}`;
  });
  return `${linkedCalibrationPairs()}, for ${listAnd(measures)}`;
}

/** The pair and measure of each linked-places calibration, as /compare/'s ids: "2017-2019:swing". */
export function linkedCalibratedKeys(): string[] {
  return linkedCalibrations.flatMap((c) => {
    const id = outcomeByKey(c.file.outcome)?.id ?? c.file.outcome;
    return c.file.pairs.map((pair) => `${pair}:${id}`);
  });
}

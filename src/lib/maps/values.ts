// Per-election seat values for the interactive maps: one compact row per seat, built at build time and read in the browser.
import type { BoundarySet, ElectionId } from '../elections';
import { fixedAbs } from '../format/numbers';
import { MAP_METRICS, ordered } from '../metrics/registry';
import { isMissing, type Maybe } from '../missing';
import type { Party } from '../parties';
import type { SeatMetrics } from '../schema/metrics';

export interface ValueSeat {
  code: string;
  name: string;
  region: string;
  winner: Party;
  /** Winner at the previous election on the same boundaries; null when there is none. */
  prevWinner: Party | null;
  majority: number | null;
  /** The value of each map metric under the field its registry entry names; these are the fields of today's metrics. */
  majorityPct: Maybe<number>;
  turnoutPct: Maybe<number>;
  swing: Maybe<number>;
  shares: Partial<Record<Party, number>>;
  change: Partial<Record<Party, number>>;
  [field: string]: unknown;
}

export interface ValuesFile {
  election: ElectionId;
  set: BoundarySet;
  previous: ElectionId | null;
  /** True when the party votes are estimates (2019 notional). */
  estimated: boolean;
  seats: ValueSeat[];
}

/**
 * Rounds to one decimal exactly as the pages display it (halves away from zero), so a label built from the
 * rounded value reads the same as the seat page, and the files stay small.
 */
export function round1(v: number): number {
  const r = Number(fixedAbs(v, 1));
  return r === 0 ? 0 : v < 0 ? -r : r;
}

function roundMaybe(v: Maybe<number>): Maybe<number> {
  return isMissing(v) ? v : round1(v);
}

function roundRecord(r: Partial<Record<Party, number>>): Partial<Record<Party, number>> {
  const out: Partial<Record<Party, number>> = {};
  for (const [p, v] of Object.entries(r) as [Party, number][]) out[p] = round1(v);
  return out;
}

/** The map metrics in the order of their fields in the values files (the order the files had before the registry). */
const FIELDS = ordered(MAP_METRICS, ['majority', 'turnout', 'swing', 'share', 'change']);

export function toValueSeat(m: SeatMetrics): ValueSeat {
  const seat: Record<string, unknown> = {
    code: m.code,
    name: m.name,
    region: m.region,
    winner: m.winner,
    prevWinner: m.prevWinner,
    majority: m.majorityVotes,
  };
  for (const metric of FIELDS) {
    const v = metric.map.compact(m);
    seat[metric.map.field] = typeof v === 'number' || isMissing(v) ? roundMaybe(v) : roundRecord(v);
  }
  return seat as ValueSeat;
}

/** Seats sorted by name then code, so files and tables are stable from build to build. */
export function valuesFile(
  election: ElectionId,
  set: BoundarySet,
  previous: ElectionId | null,
  rows: readonly SeatMetrics[],
): ValuesFile {
  const seats = rows
    .map(toValueSeat)
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.code.localeCompare(b.code));
  return { election, set, previous, estimated: rows.some((r) => r.estimated), seats };
}

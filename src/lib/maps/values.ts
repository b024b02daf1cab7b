// Per-election seat values for the interactive maps: one compact row per seat, built at build time and read in the browser.
import type { BoundarySet, ElectionId } from '../elections';
import { fixedAbs } from '../format/numbers';
import { isMissing, missing, type Maybe } from '../missing';
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
  majorityPct: Maybe<number>;
  turnoutPct: Maybe<number>;
  /** Butler swing, Labour to Conservative, since the previous election. */
  swing: Maybe<number>;
  shares: Partial<Record<Party, number>>;
  change: Partial<Record<Party, number>>;
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

export function toValueSeat(m: SeatMetrics): ValueSeat {
  return {
    code: m.code,
    name: m.name,
    region: m.region,
    winner: m.winner,
    prevWinner: m.prevWinner,
    majority: m.majorityVotes,
    majorityPct: roundMaybe(m.majorityPct),
    turnoutPct: roundMaybe(m.turnoutPct),
    swing: roundMaybe(m.swingLabToCon),
    shares: roundRecord(m.shares),
    change: roundRecord(m.change),
  };
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

/** A party's share, or why there is none: the Speaker's seat, or the party did not stand. */
export function shareOf(seat: ValueSeat, party: Party): Maybe<number> {
  const v = seat.shares[party];
  if (v !== undefined) return v;
  return seat.winner === 'spk' && (party === 'con' || party === 'lab' || party === 'ld')
    ? missing('speaker-seat')
    : missing('party-did-not-stand');
}

/** Change in a party's share since the previous election, or why there is none. */
export function changeOf(seat: ValueSeat, party: Party, hasPrevious: boolean): Maybe<number> {
  if (!hasPrevious) return missing('no-previous-election');
  const v = seat.change[party];
  return v === undefined ? missing('party-did-not-stand') : v;
}

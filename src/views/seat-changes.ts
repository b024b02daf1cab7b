// Seats that changed hands between two general elections on the same boundaries, by nation and by pair of parties
// (the earlier election's winner to the later one's). By-elections in between are not in the data: a seat is a gain
// when its general-election winner differs from the previous general election's.
import { areaByCode } from '../lib/geography';
import type { Party } from '../lib/parties';
import type { SeatMetrics } from '../lib/schema/metrics';

export interface SeatChange {
  code: string;
  name: string;
  nation: string;
  from: Party;
  to: Party;
}

export function seatChanges(after: readonly SeatMetrics[]): SeatChange[] {
  return after
    .filter((m) => m.prevWinner !== null && m.prevWinner !== undefined && m.prevWinner !== m.winner)
    .map((m) => ({
      code: m.code,
      name: m.name,
      nation: areaByCode(m.nation)?.name ?? m.nation,
      from: m.prevWinner as Party,
      to: m.winner,
    }))
    .sort((a, b) => a.nation.localeCompare(b.nation) || a.name.localeCompare(b.name));
}

/** Changes from one party to another, optionally in some nations only. */
export function changesBetween(
  changes: readonly SeatChange[],
  from: Party,
  to: Party,
  nations?: readonly string[],
): SeatChange[] {
  return changes.filter((c) => c.from === from && c.to === to && (!nations || nations.includes(c.nation)));
}

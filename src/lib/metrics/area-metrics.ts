// Derives region, nation and UK metrics for an election by summing seat votes (never averaging shares).
import { election, type ElectionId } from '../elections';
import { NATIONS, REGIONS, UK, type Area } from '../geography';
import type { AreaMetrics } from '../schema/metrics';
import type { SeatResult } from '../schema/result';
import { aggregate } from './aggregate';
import { turnoutPct } from './majority';
import { ownColumnsOf } from './like-with-like';
import { changesOf, sharesOf } from './seat-metrics';
import { butlerSwing, steedSwing } from './swing';

export interface AreaMembership {
  code: string;
  region: string;
  nation: string;
}

function areasOf(seat: AreaMembership): string[] {
  return [...new Set([seat.region, seat.nation, UK.code])];
}

export function areaMetrics(
  resultsByElection: ReadonlyMap<ElectionId, readonly SeatResult[]>,
  membership: ReadonlyMap<string, AreaMembership>,
): AreaMetrics[] {
  const out: AreaMetrics[] = [];
  const areas: Area[] = [...REGIONS, ...NATIONS.filter((n) => !REGIONS.some((r) => r.code === n.code)), UK];
  const group = (id: ElectionId) => {
    const by = new Map<string, SeatResult[]>();
    for (const r of resultsByElection.get(id) ?? []) {
      const m = membership.get(r.code);
      if (!m) throw new Error(`no region for seat ${r.code}`);
      for (const a of areasOf(m)) by.set(a, [...(by.get(a) ?? []), r]);
    }
    return by;
  };
  for (const [id] of resultsByElection) {
    const e = election(id);
    const now = group(id);
    const before = e.previous ? group(e.previous) : null;
    for (const area of areas) {
      const rows = now.get(area.code);
      if (!rows?.length) continue;
      const agg = aggregate(rows);
      const prevRows = before?.get(area.code);
      const prev = prevRows?.length ? aggregate(prevRows) : null;
      out.push({
        election: id,
        area: area.code,
        areaName: area.name,
        kind: area.kind,
        seats: agg.seats,
        electorate: agg.electorate,
        validVotes: agg.validVotes,
        turnoutPct: turnoutPct(agg.validVotes, agg.seatsWithElectorate === agg.seats ? agg.electorate : null),
        seatsWon: agg.seatsWon,
        shares: sharesOf(agg),
        prevElection: e.previous,
        change: changesOf(agg, prev, ownColumnsOf(id)),
        swingLabToCon: butlerSwing(agg, prev),
        steedSwing: steedSwing(agg, prev),
        estimated: e.notional || (e.previous ? election(e.previous).notional : false),
      });
    }
  }
  return out;
}

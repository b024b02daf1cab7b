// Benchmark (a): the set's regions as a whole, by sum of votes (from region rows when given, else summed from seats).
import { missing, type Maybe } from '../missing';
import { regionByCode } from '../geography';
import type { AreaMetrics, SeatMetrics } from '../schema/metrics';
import { addRowVotes, areaOutcome, totalsOutcome, type Outcome, type VoteTotals } from './outcomes';

export type RegionalSource = 'region-aggregates' | 'summed-from-seats';

export interface RegionFigure {
  region: string;
  name: string;
  value: Maybe<number>;
  source: RegionalSource;
  /** Seats of the set (with this outcome) in the region. */
  setSeats: number;
}

export interface RegionalBenchmark {
  regions: RegionFigure[];
  /** All the set's regions together; for one region it is that region's figure. Null when the set is empty. */
  combined: { value: Maybe<number>; source: RegionalSource; regions: string[] } | null;
}

/** Sum-of-votes figure over every seat of the given regions, using the earlier election's rows for "before". */
function summedFromSeats(
  regions: ReadonlySet<string>,
  after: readonly SeatMetrics[],
  beforeByCode: ReadonlyMap<string, SeatMetrics>,
  o: Outcome,
): Maybe<number> {
  const now: VoteTotals = { validVotes: 0, votes: {} };
  const before: VoteTotals = { validVotes: 0, votes: {} };
  for (const row of after) {
    if (!regions.has(row.region)) continue;
    const prev = beforeByCode.get(row.code);
    if (!prev) return missing('no-previous-election');
    addRowVotes(now, row);
    addRowVotes(before, prev);
  }
  return totalsOutcome(now, before, o);
}

function aggregateFor(region: string, aggregates: readonly AreaMetrics[]): AreaMetrics | undefined {
  return aggregates.find((a) => a.area === region && a.kind === 'region') ?? aggregates.find((a) => a.area === region);
}

/**
 * Region rows give only the later election's valid votes, so several regions cannot be combined from them;
 * a multi-region combined figure is therefore always summed from the seat rows.
 */
export function regionalBenchmark(
  o: Outcome,
  setRegionCounts: ReadonlyMap<string, number>,
  after: readonly SeatMetrics[],
  beforeByCode: ReadonlyMap<string, SeatMetrics>,
  aggregates: readonly AreaMetrics[] | undefined,
): RegionalBenchmark {
  const codes = [...setRegionCounts.keys()].sort();
  const regions = codes.map((region): RegionFigure => {
    const agg = aggregates ? aggregateFor(region, aggregates) : undefined;
    const setSeats = setRegionCounts.get(region)!;
    if (agg) return { region, name: agg.areaName, value: areaOutcome(agg, o), source: 'region-aggregates', setSeats };
    const name = regionByCode(region)?.name ?? region;
    return {
      region,
      name,
      value: summedFromSeats(new Set([region]), after, beforeByCode, o),
      source: 'summed-from-seats',
      setSeats,
    };
  });
  if (regions.length === 0) return { regions, combined: null };
  if (regions.length === 1) {
    const only = regions[0]!;
    return { regions, combined: { value: only.value, source: only.source, regions: codes } };
  }
  const value = summedFromSeats(new Set(codes), after, beforeByCode, o);
  return { regions, combined: { value, source: 'summed-from-seats', regions: codes } };
}

// The data the test-your-own-seats page downloads for one election pair: each seat's votes at both elections, its
// matching context, the region rows and the cells of the calibration that missed in this pair. The browser rebuilds
// the engine's input with the same metric code the build uses (seatMetrics), so its numbers match the claim pages.
import type { CalibrationMiss } from './calibration-misses';
import { pairOf } from './settings';
import type { BoundarySet, ElectionId } from '../elections';
import { seatMetrics, type SeatFacts } from '../metrics/seat-metrics';
import type { Party } from '../parties';
import type { AreaMetrics, SeatContext, SeatMetrics } from '../schema/metrics';
import type { SeatResult } from '../schema/result';

/** [code, validVotes, electorate, votes, winner, second, majority, estimated (1/0)] */
export type ResultRow = [
  string,
  number,
  number | null,
  Partial<Record<Party, number>>,
  Party,
  Party | null,
  number | null,
  0 | 1,
];

export interface PairPayload {
  v: 1;
  dataVersion: string;
  before: ElectionId;
  after: ElectionId;
  boundarySet: BoundarySet;
  /** [code, name, region code, nation code], in the order of the derived metrics table. */
  seats: [string, string, string, string][];
  after_results: ResultRow[];
  before_results: ResultRow[];
  /** [code, Leave estimate, IMD score] */
  context: [string, number | null, number | null][];
  /** Region rows of the later election (sums of votes). */
  regions: AreaMetrics[];
  /** The missed cells of the calibration for this pair, whose figures the engine withholds. */
  misses: CalibrationMiss[];
}

export interface PayloadInput {
  dataVersion: string;
  misses: readonly CalibrationMiss[];
  before: ElectionId;
  after: ElectionId;
  boundarySet: BoundarySet;
  /** Seat rows of the later election, in table order (names, regions). */
  afterMetrics: readonly Pick<SeatMetrics, 'code' | 'name' | 'region' | 'nation'>[];
  afterResults: readonly SeatResult[];
  beforeResults: readonly SeatResult[];
  context: readonly SeatContext[];
  regions: readonly AreaMetrics[];
}

const row = (r: SeatResult): ResultRow => [
  r.code,
  r.validVotes,
  r.electorate,
  r.votes,
  r.winner,
  r.second,
  r.majority,
  r.estimated ? 1 : 0,
];

export function toPayload(input: PayloadInput): PairPayload {
  const seats = input.afterMetrics.map((m): [string, string, string, string] => [m.code, m.name, m.region, m.nation]);
  const afterByCode = new Map(input.afterResults.map((r) => [r.code, r]));
  const after = seats.map(([code]) => {
    const r = afterByCode.get(code);
    if (!r) throw new Error(`compare payload: no ${input.after} result for ${code}`);
    return row(r);
  });
  const known = new Set(seats.map(([code]) => code));
  const pair = pairOf(input.before, input.after)?.id;
  return {
    v: 1,
    dataVersion: input.dataVersion,
    before: input.before,
    after: input.after,
    boundarySet: input.boundarySet,
    seats,
    after_results: after,
    /** In the earlier table's own order, so the engine sees its rows exactly as the build does. */
    before_results: input.beforeResults.filter((r) => known.has(r.code)).map(row),
    context: input.context
      .filter((c) => c.boundarySet === input.boundarySet)
      .map((c) => [c.code, c.leavePct, c.imdScore]),
    regions: input.regions.filter((a) => a.election === input.after && a.kind === 'region'),
    misses: input.misses.filter((m) => m.pair === pair),
  };
}

export interface Hydrated {
  /** Every seat of the later election, as the derived metrics table has it. */
  after: SeatMetrics[];
  /**
   * Every seat of the earlier election: shares, votes and majority as in the table; changes and swings are
   * left empty because the engine reads them only from `after`.
   */
  before: SeatMetrics[];
  context: SeatContext[];
  regionAggregates: AreaMetrics[];
  misses: readonly CalibrationMiss[];
}

const result = (election: ElectionId, r: ResultRow): SeatResult => ({
  election,
  code: r[0],
  validVotes: r[1],
  electorate: r[2],
  votes: r[3],
  winner: r[4],
  second: r[5],
  majority: r[6],
  estimated: r[7] === 1,
  sources: {},
});

export function hydrate(p: PairPayload): Hydrated {
  const facts = new Map<string, SeatFacts>(
    p.seats.map(([code, name, region, nation]) => [code, { code, name, region, nation }]),
  );
  const before = new Map(p.before_results.map((r) => [r[0], result(p.before, r)]));
  const factsOf = (code: string) => {
    const f = facts.get(code);
    if (!f) throw new Error(`compare payload: ${code} has results but no name`);
    return f;
  };
  return {
    after: p.after_results.map((r) => seatMetrics(factsOf(r[0]), result(p.after, r), before.get(r[0]) ?? null)),
    before: p.before_results.map((r) => seatMetrics(factsOf(r[0]), result(p.before, r), null)),
    context: p.context.map(([code, leavePct, imdScore]) => ({ code, boundarySet: p.boundarySet, leavePct, imdScore })),
    regionAggregates: p.regions,
    misses: p.misses,
  };
}

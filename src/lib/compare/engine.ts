// compareSeats: a chosen set of seats against (a) every seat of its regions by sum of votes, (b) the other seats of
// those regions (stratified by region: Welch-type t interval and studentised permutation test) and (c) matched
// similar seats (bias-corrected gap with a t interval and t test over pairs, balance table, placebo with the same controls),
// plus a regression-to-the-mean check. Seats of cited seat sets are kept out of the comparison pools.
import type { MissingReason } from '../missing';
import type { SeatContext, SeatMetrics } from '../schema/metrics';
import { stratifiedPermutationTest } from '../stats/permutation';
import { createRng, deriveSeed } from '../stats/random';
import { mean } from '../stats/summary';
import { meanInterval, MIN_SEATS_FOR_INTERVAL, stratifiedInterval, type StratumValues } from '../stats/t-interval';
import { withholdMissed } from './calibration-misses';
import { resolveSet } from './codes';
import { covariatesOf, type CovariateValues } from './covariates';
import { matchedComparison } from './matched';
import { outcomeKey, type Outcome } from './outcomes';
import { regionalBenchmark } from './regional';
import { regressionToMean } from './regression-to-mean';
import { pairOf } from './settings';
import { MIN_SEATS_AGAINST_OTHERS, MIN_SEATS_FOR_SET_INTERVAL } from './withhold';
import type {
  CompareInput,
  CompareResult,
  DroppedSeat,
  OtherSeatsComparison,
  OutcomeResult,
  SeatRef,
  SeatValue,
  SetSummary,
  TestResult,
} from './types';
import { ref, sizeClass, split, testResult } from './values';

const LEVEL = 0.95;
export const DEFAULT_DRAWS = { batch: 2000, maxDraws: 50000 } as const;

interface Prepared {
  input: CompareInput;
  setRows: SeatMetrics[];
  setCodes: ReadonlySet<string>;
  /** Comparison seats: not chosen, not in a cited set (unless chosen), passing the pool filter. */
  poolRows: SeatMetrics[];
  beforeByCode: Map<string, SeatMetrics>;
  rowsByCode: Map<string, SeatMetrics>;
  contextByCode: Map<string, SeatContext>;
  draws: { batch: number; maxDraws: number };
}

function checkElections(input: CompareInput): SeatMetrics {
  const first = input.after[0];
  if (!first) throw new Error('compareSeats: `after` has no seats');
  if (input.after.some((r) => r.election !== first.election)) throw new Error('compareSeats: `after` mixes elections');
  const wrong = input.before.find((r) => r.election !== first.prevElection || r.boundarySet !== first.boundarySet);
  if (wrong) {
    throw new Error(
      `compareSeats: \`before\` must hold ${first.prevElection ?? 'no'} rows on the ${first.boundarySet} boundaries, found ${wrong.election}`,
    );
  }
  return first;
}

function setSummary(values: SeatValue[], dropped: DroppedSeat[]): SetSummary {
  const size = sizeClass(values.length);
  if (values.length === 0) return { n: 0, size, mean: null, interval: null, values, dropped };
  const xs = values.map((v) => v.value);
  const interval = meanInterval(xs, { level: LEVEL, min: MIN_SEATS_FOR_SET_INTERVAL });
  return { n: xs.length, size, mean: mean(xs), interval, values, dropped };
}

function otherSeats(p: Prepared, key: string, o: Outcome, set: SeatValue[]): OtherSeatsComparison {
  const regions = [...new Set(set.map((v) => v.region))].sort();
  const others = p.poolRows.filter((r) => regions.includes(r.region));
  const { values, dropped } = split(others, o);
  const counts = new Map<MissingReason, number>();
  for (const d of dropped) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
  const excluded = [...counts].map(([reason, count]) => ({ reason, count }));
  const strata: StratumValues[] = [];
  const uncompared: SeatRef[] = [];
  for (const region of regions) {
    const s = set.filter((v) => v.region === region);
    const oth = values.filter((v) => v.region === region).map((v) => v.value);
    if (oth.length < 2) uncompared.push(...s.map(({ code, name, region: g }) => ({ code, name, region: g })));
    else strata.push({ set: s.map((v) => v.value), others: oth });
  }
  const setN = strata.reduce((a, r) => a + r.set.length, 0);
  const comparator = setN ? strata.reduce((a, r) => a + r.set.length * mean(r.others), 0) / setN : null;
  const base = { regions, values, n: values.length, setN, comparator, excluded, uncompared };
  if (values.length === 0 || setN === 0)
    return {
      ...base,
      mean: values.length ? mean(values.map((v) => v.value)) : null,
      difference: null,
      test: null,
      p: null,
    };
  const interval = stratifiedInterval(strata, { level: LEVEL });
  const difference =
    setN >= MIN_SEATS_FOR_INTERVAL && setN < MIN_SEATS_AGAINST_OTHERS
      ? { ...interval, low: null, high: null, reason: 'small-against-others' as const }
      : interval;
  let test: TestResult | null = null;
  if (setN >= MIN_SEATS_FOR_INTERVAL) {
    const rng = createRng(deriveSeed(p.input.seed, `${key}|others-permutation`));
    test = testResult(stratifiedPermutationTest(strata, { rng, ...p.draws }), strata.length > 1);
  }
  return { ...base, mean: mean(values.map((v) => v.value)), difference, test, p: test?.p ?? null };
}

function compareOutcome(p: Prepared, o: Outcome): OutcomeResult {
  const key = outcomeKey(o);
  const { values, dropped } = split(p.setRows, o);
  const set = setSummary(values, dropped);
  const regionCounts = new Map<string, number>();
  for (const v of values) regionCounts.set(v.region, (regionCounts.get(v.region) ?? 0) + 1);
  const regional = regionalBenchmark(o, regionCounts, p.input.after, p.beforeByCode, p.input.regionAggregates);
  if (values.length === 0)
    return { outcome: o, key, set, regional, otherSeats: null, matched: null, regressionToMean: null };
  const pool = split(p.poolRows, o).values;
  const covariates = new Map<string, CovariateValues>(
    [...p.setRows, ...p.poolRows].map((r) => [
      r.code,
      covariatesOf(o, p.beforeByCode.get(r.code), p.contextByCode.get(r.code)),
    ]),
  );
  const earlier = p.input.earlier;
  const earlierValues = earlier ? new Map(split(earlier.after, o).values.map((v) => [v.code, v.value])) : null;
  const matched = matchedComparison({
    treated: values,
    pool,
    rows: p.rowsByCode,
    covariates,
    holders: new Map(
      [...p.setRows, ...p.poolRows].map((r) => [
        r.code,
        p.input.exact === 'nation' ? null : (p.beforeByCode.get(r.code)?.winner ?? null),
      ]),
    ),
    k: p.input.k ?? 3,
    earlier: earlierValues,
    caliper: p.input.caliper,
  });
  const regressionToMeanResult = earlierValues ? regressionToMean(values, pool, p.input.after, earlierValues, o) : null;
  return {
    outcome: o,
    key,
    set,
    regional,
    otherSeats: otherSeats(p, key, o, values),
    matched,
    regressionToMean: regressionToMeanResult,
  };
}

export function compareSeats(input: CompareInput): CompareResult {
  const first = checkElections(input);
  const boundarySet = first.boundarySet;
  const pair = first.prevElection ? pairOf(first.prevElection, first.election)?.id : undefined;
  const rowsByCode = new Map(input.after.map((r) => [r.code, r]));
  const beforeByCode = new Map(input.before.map((r) => [r.code, r]));
  const contextByCode = new Map<string, SeatContext>(
    input.context.filter((c) => c.boundarySet === boundarySet).map((c) => [c.code, c]),
  );
  const resolved = resolveSet(input.set, rowsByCode, boundarySet);
  const setCodes = new Set(resolved.rows.map((r) => r.code));
  const setsOf = new Map<string, string[]>();
  for (const e of input.exclude ?? []) {
    if (setCodes.has(e.code) || !rowsByCode.has(e.code)) continue;
    const list = setsOf.get(e.code) ?? [];
    if (!list.includes(e.set)) list.push(e.set);
    setsOf.set(e.code, list);
  }
  const filter = input.poolFilter;
  const poolRows = input.after
    .filter((r) => !setCodes.has(r.code) && !setsOf.has(r.code) && (!filter || filter(r)))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const draws = {
    batch: input.iterations?.batch ?? DEFAULT_DRAWS.batch,
    maxDraws: input.iterations?.maxDraws ?? DEFAULT_DRAWS.maxDraws,
  };
  const prepared: Prepared = {
    input,
    setRows: resolved.rows,
    setCodes,
    poolRows,
    beforeByCode,
    rowsByCode,
    contextByCode,
    draws,
  };
  return {
    election: first.election,
    previous: first.prevElection,
    boundarySet,
    requested: [...input.set],
    seats: resolved.rows.map(ref),
    unknown: resolved.unknown,
    unresolved: resolved.unresolved,
    duplicates: resolved.duplicates,
    outcomes: input.outcomes.map((o) => {
      const r = compareOutcome(prepared, o);
      return input.misses && pair ? withholdMissed(r, input.misses, pair) : r;
    }),
    excluded: [...setsOf]
      .map(([code, sets]) => ({ ...ref(rowsByCode.get(code)!), sets }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    seed: input.seed,
    iterations: draws,
    level: LEVEL,
  };
}

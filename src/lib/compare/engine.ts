// compareSeats: a chosen set of seats against (a) its regions, (b) the other seats of those regions and
// (c) matched similar seats, for each outcome, with bootstrap intervals and permutation p-values.
import { describeMissing, isMissing, type MissingReason } from '../missing';
import type { SeatContext, SeatMetrics } from '../schema/metrics';
import { bootstrapMean, bootstrapMeanDifference } from '../stats/bootstrap';
import { permutationTestMeanDifference } from '../stats/permutation';
import { createRng, deriveSeed } from '../stats/random';
import { mean } from '../stats/summary';
import { resolveSet } from './codes';
import { covariatesOf, type CovariateValues } from './covariates';
import { matchedComparison } from './matched';
import { outcomeKey, seatOutcome, type Outcome } from './outcomes';
import { regionalBenchmark } from './regional';
import type { CompareInput, CompareResult, DroppedSeat, OtherSeatsComparison, OutcomeResult, SeatValue, SetSummary } from './types';

const LEVEL = 0.95;

interface Prepared {
  input: CompareInput;
  setRows: SeatMetrics[];
  setCodes: ReadonlySet<string>;
  beforeByCode: Map<string, SeatMetrics>;
  rowsByCode: Map<string, SeatMetrics>;
  covariates: Map<string, CovariateValues>;
  bootstrap: number;
  permutations: number;
}

const ref = (r: SeatMetrics) => ({ code: r.code, name: r.name, region: r.region });

function checkElections(input: CompareInput): SeatMetrics {
  const first = input.after[0];
  if (!first) throw new Error('compareSeats: `after` has no seats');
  if (input.after.some((r) => r.election !== first.election)) throw new Error('compareSeats: `after` mixes elections');
  const wrong = input.before.find((r) => r.election !== first.prevElection || r.boundarySet !== first.boundarySet);
  if (wrong) {
    throw new Error(`compareSeats: \`before\` must hold ${first.prevElection ?? 'no'} rows on the ${first.boundarySet} boundaries, found ${wrong.election}`);
  }
  return first;
}

function split(rows: readonly SeatMetrics[], o: Outcome): { values: SeatValue[]; dropped: DroppedSeat[] } {
  const values: SeatValue[] = [];
  const dropped: DroppedSeat[] = [];
  for (const r of rows) {
    const v = seatOutcome(r, o);
    if (isMissing(v)) dropped.push({ ...ref(r), reason: v.missing, message: describeMissing(v) });
    else values.push({ ...ref(r), value: v });
  }
  return { values, dropped };
}

function setSummary(p: Prepared, key: string, values: SeatValue[], dropped: DroppedSeat[]): SetSummary {
  if (values.length === 0) return { n: 0, mean: null, interval: null, values, dropped };
  const xs = values.map((v) => v.value);
  const rng = createRng(deriveSeed(p.input.seed, `${key}|set-bootstrap`));
  return { n: xs.length, mean: mean(xs), interval: bootstrapMean(xs, { rng, iterations: p.bootstrap, level: LEVEL }), values, dropped };
}

function otherSeats(p: Prepared, key: string, o: Outcome, set: SeatValue[]): OtherSeatsComparison {
  const regions = [...new Set(set.map((v) => v.region))].sort();
  const others = p.input.after.filter((r) => regions.includes(r.region) && !p.setCodes.has(r.code)).sort((a, b) => (a.code < b.code ? -1 : 1));
  const { values, dropped } = split(others, o);
  const counts = new Map<MissingReason, number>();
  for (const d of dropped) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
  const excluded = [...counts].map(([reason, count]) => ({ reason, count }));
  const base = { regions, n: values.length, permutations: p.permutations, excluded };
  if (values.length === 0) return { ...base, mean: null, difference: null, p: null };
  const a = set.map((v) => v.value);
  const b = values.map((v) => v.value);
  const difference = bootstrapMeanDifference(a, b, { rng: createRng(deriveSeed(p.input.seed, `${key}|others-bootstrap`)), iterations: p.bootstrap, level: LEVEL });
  const test = permutationTestMeanDifference(a, b, { rng: createRng(deriveSeed(p.input.seed, `${key}|others-permutation`)), iterations: p.permutations });
  return { ...base, mean: mean(b), difference, p: test.p };
}

function compareOutcome(p: Prepared, o: Outcome): OutcomeResult {
  const key = outcomeKey(o);
  const { values, dropped } = split(p.setRows, o);
  const set = setSummary(p, key, values, dropped);
  const regionCounts = new Map<string, number>();
  for (const v of values) regionCounts.set(v.region, (regionCounts.get(v.region) ?? 0) + 1);
  const regional = regionalBenchmark(o, regionCounts, p.input.after, p.beforeByCode, p.input.regionAggregates);
  if (values.length === 0) return { outcome: o, key, set, regional, otherSeats: null, matched: null };
  const pool = split(p.input.after.filter((r) => !p.setCodes.has(r.code)), o).values;
  const matched = matchedComparison({
    key,
    treated: values,
    pool,
    rows: p.rowsByCode,
    covariates: p.covariates,
    k: p.input.k ?? 3,
    seed: p.input.seed,
    bootstrap: p.bootstrap,
    permutations: p.permutations,
  });
  return { outcome: o, key, set, regional, otherSeats: otherSeats(p, key, o, values), matched };
}

export function compareSeats(input: CompareInput): CompareResult {
  const first = checkElections(input);
  const boundarySet = first.boundarySet;
  const rowsByCode = new Map(input.after.map((r) => [r.code, r]));
  const beforeByCode = new Map(input.before.map((r) => [r.code, r]));
  const contextByCode = new Map<string, SeatContext>(input.context.filter((c) => c.boundarySet === boundarySet).map((c) => [c.code, c]));
  const covariates = new Map(input.after.map((r) => [r.code, covariatesOf(beforeByCode.get(r.code), contextByCode.get(r.code))]));
  const resolved = resolveSet(input.set, rowsByCode, boundarySet);
  const bootstrap = input.iterations?.bootstrap ?? 2000;
  const permutations = input.iterations?.permutations ?? 5000;
  const prepared: Prepared = {
    input,
    setRows: resolved.rows,
    setCodes: new Set(resolved.rows.map((r) => r.code)),
    beforeByCode,
    rowsByCode,
    covariates,
    bootstrap,
    permutations,
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
    outcomes: input.outcomes.map((o) => compareOutcome(prepared, o)),
    seed: input.seed,
    iterations: { bootstrap, permutations },
    level: LEVEL,
  };
}


// Comparison (c): each set seat against its k nearest similar seats of the same nation (region first, within a
// caliper). Interval: t over pairs of (seat - mean of its controls), allowing for shared controls
// (stats/matched-interval). Test: studentised within-set permutation, or the t test when controls are shared.
// Balance: standardised mean differences before and after matching. Placebo: the same seats against the same
// controls one pair earlier, and the difference-in-differences.
import { balanceTable } from '../stats/balance';
import { matchNearest, type DroppedCovariate } from '../stats/matching';
import { matchedSetPermutationTest } from '../stats/permutation';
import { createRng, deriveSeed } from '../stats/random';
import { mean } from '../stats/summary';
import { matchedDifference, matchedInterval, matchedTP } from '../stats/matched-interval';
import { MIN_SEATS_FOR_INTERVAL } from '../stats/t-interval';
import type { SeatMetrics } from '../schema/metrics';
import { CALIPER, COVARIATE_KEYS, covariateLabel, matchUnit, type CovariateKey, type CovariateValues } from './covariates';
import { testResult } from './values';
import type { MatchedComparison, MatchedPair, MatchedPlacebo, MatchedSeat, SeatValue, TestResult } from './types';

export interface MatchedInput {
  key: string;
  treated: readonly SeatValue[];
  pool: readonly SeatValue[];
  rows: ReadonlyMap<string, Pick<SeatMetrics, 'code' | 'nation' | 'region'>>;
  covariates: ReadonlyMap<string, CovariateValues>;
  k: number;
  seed: number;
  draws: { batch: number; maxDraws: number };
  /** Each seat's value of the outcome in the earlier pair, when there is one. */
  earlier: ReadonlyMap<string, number> | null;
  caliper?: number;
}

function droppedMessage(d: DroppedCovariate, seatName: string, candidates: number): string {
  const label = covariateLabel(d.covariate);
  switch (d.reason) {
    case 'missing-for-treated': return `${label} not available for ${seatName}`;
    case 'missing-for-candidates': return `${label} not available for ${d.candidates} of the ${candidates} candidate seats`;
    case 'no-variation': return `${label} is the same for ${seatName} and every candidate seat`;
  }
}

function seat(v: SeatValue, covariates: ReadonlyMap<string, CovariateValues>): MatchedSeat {
  return { ...v, covariates: covariates.get(v.code)! };
}

const setValues = (pairs: readonly MatchedPair[], value: (code: string, now: number) => number) =>
  pairs.map((p) => ({ treated: value(p.treated.code, p.treated.value), controls: p.controls.map((c) => ({ id: c.code, value: value(c.code, c.value) })) }));

function placebo(pairs: readonly MatchedPair[], earlier: ReadonlyMap<string, number> | null): MatchedPlacebo | null {
  const both = pairs.filter((p) => p.earlierDifference !== null);
  if (!earlier || both.length === 0) return null;
  return {
    n: both.length,
    earlier: matchedInterval(setValues(both, (code) => earlier.get(code)!)),
    did: matchedInterval(setValues(both, (code, now) => now - earlier.get(code)!)),
  };
}

export function matchedComparison(input: MatchedInput): MatchedComparison {
  const { treated, pool, covariates, k } = input;
  const caliper = input.caliper ?? CALIPER;
  const unit = (v: SeatValue) => matchUnit(input.rows.get(v.code)!, covariates.get(v.code)!);
  const match = matchNearest(treated.map(unit), pool.map(unit), { covariates: COVARIATE_KEYS, k, caliper });
  const byCode = new Map([...treated, ...pool].map((v) => [v.code, v]));
  const earlierOf = (code: string) => input.earlier?.get(code);
  const pairs: MatchedPair[] = match.sets
    .filter((s) => s.controls.length > 0)
    .map((s) => {
      const t = seat(byCode.get(s.treated)!, covariates);
      const controls = s.controls.map((c) => ({ ...seat(byCode.get(c.id)!, covariates), distance: c.distance, sameRegion: c.sameGroup }));
      const controlMean = mean(controls.map((c) => c.value));
      const te = earlierOf(t.code);
      const ce = controls.map((c) => earlierOf(c.code));
      const earlierDifference = te === undefined || ce.some((x) => x === undefined) ? null : te - mean(ce as number[]);
      return {
        treated: t,
        controls,
        controlMean,
        difference: t.value - controlMean,
        earlierDifference,
        used: s.used as CovariateKey[],
        dropped: s.dropped.map((d) => ({ covariate: d.covariate as CovariateKey, reason: d.reason, message: droppedMessage(d, t.name, s.candidates) })),
      };
    });
  const unmatched = match.unmatched.map((u) => {
    const v = byCode.get(u.id)!;
    const message = u.reason === 'no-candidates' ? 'No other seat of the same nation has this outcome' : `No seat of the same nation is within the matching caliper (${caliper} standard deviation)`;
    return { code: v.code, name: v.name, region: v.region, message };
  });
  const notes: string[] = [];
  if (match.withReplacement) {
    notes.push('Too few candidate seats to give every seat its own controls, so some controls serve more than one seat; the test treats the matched sets as independent, which overstates certainty.');
  }
  if (pairs.some((p) => p.controls.length < k)) notes.push(`Some seats have fewer than ${k} controls because few candidate seats are close enough.`);
  if (pairs.some((p) => p.controls.some((c) => !c.sameRegion))) notes.push('Some controls come from another region of the same nation because the region ran out of close candidates.');

  const covOf = (code: string) => covariates.get(code)!;
  const matchedTreated = pairs.map((p) => covOf(p.treated.code));
  const nations = new Set(pairs.map((p) => input.rows.get(p.treated.code)!.nation));
  const candidates = pool.filter((v) => nations.has(input.rows.get(v.code)!.nation)).map((v) => covOf(v.code));
  const controlsCov = pairs.flatMap((p) => p.controls.map((c) => covOf(c.code)));
  const balance = balanceTable(COVARIATE_KEYS, matchedTreated, candidates, controlsCov);

  const base = { k, withReplacement: match.withReplacement, caliper, pairs, unmatched, notes, balance, placebo: placebo(pairs, input.earlier) };
  if (pairs.length === 0) return { ...base, n: 0, setMean: null, controlMean: null, difference: null, test: null, p: null };
  const values = setValues(pairs, (_, now) => now);
  const shared = matchedDifference(values).shared;
  let test: TestResult | null = null;
  if (pairs.length >= MIN_SEATS_FOR_INTERVAL) {
    // Relabelling within matched sets is exact only when no control serves two sets; otherwise the t test on the
    // variance that allows for shared controls.
    test = shared
      ? { p: matchedTP(values), exact: false, draws: 0, mcError: 0, settled: true, stratified: false, method: 't' }
      : testResult(matchedSetPermutationTest(
        pairs.map((p) => ({ treated: p.treated.value, controls: p.controls.map((c) => c.value) })),
        { rng: createRng(deriveSeed(input.seed, `${input.key}|matched-permutation`)), ...input.draws },
      ), false);
  }
  return {
    ...base,
    n: pairs.length,
    setMean: mean(pairs.map((p) => p.treated.value)),
    controlMean: mean(pairs.map((p) => p.controlMean)),
    difference: matchedInterval(values),
    test,
    p: test?.p ?? null,
  };
}

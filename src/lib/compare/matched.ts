// Comparison (c): each set seat against its k nearest similar seats of the same nation (region first).
// Interval: bootstrap over pairs of (seat - mean of its controls). Test: within-matched-set permutation
// (the seat is equally likely to be any member of its matched set under no effect; sign-flip when k = 1).
import type { SeatMetrics } from '../schema/metrics';
import { bootstrapMean } from '../stats/bootstrap';
import { matchNearest, type DroppedCovariate } from '../stats/matching';
import { matchedSetPermutationTest } from '../stats/permutation';
import { createRng, deriveSeed } from '../stats/random';
import { mean } from '../stats/summary';
import { COVARIATE_KEYS, covariateLabel, matchUnit, type CovariateKey, type CovariateValues } from './covariates';
import type { MatchedComparison, MatchedPair, MatchedSeat, SeatValue } from './types';

export interface MatchedInput {
  key: string;
  treated: readonly SeatValue[];
  pool: readonly SeatValue[];
  rows: ReadonlyMap<string, Pick<SeatMetrics, 'code' | 'nation' | 'region'>>;
  covariates: ReadonlyMap<string, CovariateValues>;
  k: number;
  seed: number;
  bootstrap: number;
  permutations: number;
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

export function matchedComparison(input: MatchedInput): MatchedComparison {
  const { treated, pool, covariates, k } = input;
  const unit = (v: SeatValue) => matchUnit(input.rows.get(v.code)!, covariates.get(v.code)!);
  const match = matchNearest(treated.map(unit), pool.map(unit), { covariates: COVARIATE_KEYS, k });
  const byCode = new Map([...treated, ...pool].map((v) => [v.code, v]));
  const pairs: MatchedPair[] = match.sets
    .filter((s) => s.controls.length > 0)
    .map((s) => {
      const t = seat(byCode.get(s.treated)!, covariates);
      const controls = s.controls.map((c) => ({ ...seat(byCode.get(c.id)!, covariates), distance: c.distance, sameRegion: c.sameGroup }));
      const controlMean = mean(controls.map((c) => c.value));
      return {
        treated: t,
        controls,
        controlMean,
        difference: t.value - controlMean,
        used: s.used as CovariateKey[],
        dropped: s.dropped.map((d) => ({ covariate: d.covariate as CovariateKey, reason: d.reason, message: droppedMessage(d, t.name, s.candidates) })),
      };
    });
  const unmatched = match.unmatched.map((u) => {
    const v = byCode.get(u.id)!;
    return { code: v.code, name: v.name, region: v.region, message: `No other seat of the same nation has this outcome` };
  });
  const notes: string[] = [];
  if (match.withReplacement) {
    notes.push('Too few candidate seats to give every seat its own controls, so some controls serve more than one seat; the test treats the matched sets as independent, which overstates certainty.');
  }
  if (pairs.some((p) => p.controls.length < k)) notes.push(`Some seats have fewer than ${k} controls because few candidate seats exist.`);
  if (pairs.some((p) => p.controls.some((c) => !c.sameRegion))) notes.push('Some controls come from another region of the same nation because the region ran out of candidates.');

  const base = { k, withReplacement: match.withReplacement, test: 'matched-set-permutation' as const, permutations: input.permutations, pairs, unmatched, notes };
  if (pairs.length === 0) return { ...base, n: 0, setMean: null, controlMean: null, difference: null, p: null };
  const diffs = pairs.map((p) => p.difference);
  const difference = bootstrapMean(diffs, { rng: createRng(deriveSeed(input.seed, `${input.key}|matched-bootstrap`)), iterations: input.bootstrap });
  const test = matchedSetPermutationTest(
    pairs.map((p) => ({ treated: p.treated.value, controls: p.controls.map((c) => c.value) })),
    { rng: createRng(deriveSeed(input.seed, `${input.key}|matched-permutation`)), iterations: input.permutations },
  );
  return {
    ...base,
    n: pairs.length,
    setMean: mean(pairs.map((p) => p.treated.value)),
    controlMean: mean(pairs.map((p) => p.controlMean)),
    difference,
    p: test.p,
  };
}

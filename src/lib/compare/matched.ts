// Comparison (c): each set seat against its k nearest similar seats of the same nation held by the same party at the
// earlier election (region first, within a caliper). From 5 seats up the gap is bias-corrected
// (stats/bias-correction: the controls' values adjusted by a fit on the matching covariates and region over every
// candidate seat), with a t interval over pairs that allows for shared controls and for the fit
// (stats/matched-interval), and the t test on the same estimate and standard error. With 4 seats or fewer the raw gap
// is shown seat by seat. Balance: standardised mean differences before and after matching.
// Placebo: the same seats against the same controls one pair earlier, and the difference-in-differences.
import { balanceTable } from '../stats/balance';
import { matchNearest, type DroppedCovariate } from '../stats/matching';
import { biasCorrect, type AdjustUnit } from '../stats/bias-correction';
import { mean } from '../stats/summary';
import { studentTTwoSided } from '../stats/distributions';
import { matchedDifference } from '../stats/matched-interval';
import { MIN_SEATS_FOR_INTERVAL, tInterval, withheld, type Interval } from '../stats/t-interval';
import type { SeatMetrics } from '../schema/metrics';
import type { Party } from '../parties';
import {
  CALIPER,
  COVARIATE_KEYS,
  covariateLabel,
  exactKey,
  matchUnit,
  type CovariateKey,
  type CovariateValues,
} from './covariates';
import { MAX_MATCHED_SEATS } from './withhold';
import type { MatchedComparison, MatchedPair, MatchedPlacebo, MatchedSeat, SeatValue, TestResult } from './types';

export interface MatchedInput {
  treated: readonly SeatValue[];
  pool: readonly SeatValue[];
  rows: ReadonlyMap<string, Pick<SeatMetrics, 'code' | 'nation' | 'region'>>;
  covariates: ReadonlyMap<string, CovariateValues>;
  /** The party that won each seat at the earlier election (null where there was none): matched exactly. */
  holders: ReadonlyMap<string, Party | null>;
  k: number;
  /** Each seat's value of the outcome in the earlier pair, when there is one. */
  earlier: ReadonlyMap<string, number> | null;
  caliper?: number;
}

function droppedMessage(d: DroppedCovariate, seatName: string, candidates: number): string {
  const label = covariateLabel(d.covariate);
  switch (d.reason) {
    case 'missing-for-treated':
      return `${label} not available for ${seatName}`;
    case 'missing-for-candidates':
      return `${label} not available for ${d.candidates} of the ${candidates} candidate seats`;
    case 'no-variation':
      return `${label} is the same for ${seatName} and every candidate seat`;
  }
}

function seat(v: SeatValue, covariates: ReadonlyMap<string, CovariateValues>): MatchedSeat {
  return { ...v, covariates: covariates.get(v.code)! };
}

/** A seat's value of what is compared (the outcome now, earlier, or their difference); undefined when it has none. */
type ValueOf = (code: string, now: number) => number | undefined;

interface Corrected {
  n: number;
  estimate: number;
  se: number;
  df: number;
  fit: MatchedComparison['adjustment'];
}

/**
 * The mean gap of `pairs` on `value`, bias-corrected by a fit over their controls from 5 pairs up, with its standard
 * error (stats/bias-correction); raw below 5 pairs, where the gaps are shown seat by seat with no interval.
 */
export function corrected(
  pairs: readonly MatchedPair[],
  value: ValueOf,
  unit: (code: string, value: number) => AdjustUnit,
): Corrected {
  const units = pairs.map((p) => ({
    treated: unit(p.treated.code, value(p.treated.code, p.treated.value)!),
    controls: p.controls.map((c) => unit(c.code, value(c.code, c.value)!)),
  }));
  if (pairs.length < MIN_SEATS_FOR_INTERVAL) {
    const raw = matchedDifference(
      units.map((u) => ({ treated: u.treated.value, controls: u.controls.map((c) => ({ id: c.id, value: c.value })) })),
    );
    return { n: pairs.length, ...raw, fit: null };
  }
  const a = biasCorrect(units, COVARIATE_KEYS);
  return {
    n: pairs.length,
    estimate: a.estimate,
    se: a.se,
    df: a.df,
    fit: a.fit
      ? { covariates: a.fit.covariates as CovariateKey[], regions: a.fit.groups, controls: a.fit.controls }
      : null,
  };
}

/**
 * The t interval of a corrected gap; the estimate alone below 5 pairs, when the pool is thin (see `thinPool`) or from
 * 30 chosen seats, matched or not (compare/withhold).
 */
function interval(c: Corrected, thin: boolean, large: boolean): Interval {
  if (c.n < MIN_SEATS_FOR_INTERVAL) return withheld(c.estimate);
  if (thin) return withheld(c.estimate, 0.95, 'thin-pool');
  if (large) return withheld(c.estimate, 0.95, 'large-matched');
  return tInterval(c.estimate, c.se, c.df);
}

/** Two-sided t p-value on the same estimate and standard error as `interval`. */
function tP(c: Corrected): number {
  return c.se > 0 ? studentTTwoSided(c.estimate / c.se, c.df) : c.estimate === 0 ? 1 : 0;
}

function placebo(
  pairs: readonly MatchedPair[],
  earlier: ReadonlyMap<string, number> | null,
  unit: (code: string, value: number) => AdjustUnit,
  thin: boolean,
  large: boolean,
): MatchedPlacebo | null {
  const both = pairs.filter((p) => p.earlierDifference !== null);
  if (!earlier || both.length === 0) return null;
  const gap = corrected(both, (code) => earlier.get(code), unit);
  const did = corrected(both, (code, now) => (earlier.has(code) ? now - earlier.get(code)! : undefined), unit);
  return { n: both.length, earlier: interval(gap, thin, large), did: interval(did, thin, large) };
}

/**
 * The rule for a thin pool: fewer comparison seats in the chosen seats' regions, held by the parties that held the
 * chosen seats there, than chosen seats. Most similar seats then come from other regions, where the election moved
 * differently, and on placebo sets the intervals were too narrow (npm run calibrate), so the matched gap is shown with
 * no interval or p-value.
 */
export function thinPool(
  treated: readonly SeatValue[],
  pool: readonly SeatValue[],
  holderOf: (code: string) => Party | null,
): { thin: boolean; inRegions: number } {
  const key = (v: SeatValue) => `${v.region}|${holderOf(v.code) ?? ''}`;
  const strata = new Set(treated.map(key));
  const inRegions = pool.filter((v) => strata.has(key(v))).length;
  return { thin: inRegions < treated.length, inRegions };
}

export function matchedComparison(input: MatchedInput): MatchedComparison {
  const { treated, pool, covariates, k } = input;
  const caliper = input.caliper ?? CALIPER;
  const holderOf = (code: string) => input.holders.get(code) ?? null;
  const exactOf = (code: string) => exactKey(input.rows.get(code)!, holderOf(code));
  const unit = (v: SeatValue) => matchUnit(input.rows.get(v.code)!, covariates.get(v.code)!, holderOf(v.code));
  const match = matchNearest(treated.map(unit), pool.map(unit), { covariates: COVARIATE_KEYS, k, caliper });
  const byCode = new Map([...treated, ...pool].map((v) => [v.code, v]));
  const earlierOf = (code: string) => input.earlier?.get(code);
  const pairs: MatchedPair[] = match.sets
    .filter((s) => s.controls.length > 0)
    .map((s) => {
      const t = seat(byCode.get(s.treated)!, covariates);
      const controls = s.controls.map((c) => ({
        ...seat(byCode.get(c.id)!, covariates),
        distance: c.distance,
        sameRegion: c.sameGroup,
        earlier: earlierOf(c.id) ?? null,
      }));
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
        dropped: s.dropped.map((d) => ({
          covariate: d.covariate as CovariateKey,
          reason: d.reason,
          message: droppedMessage(d, t.name, s.candidates),
        })),
      };
    });
  const unmatched = match.unmatched.map((u) => {
    const v = byCode.get(u.id)!;
    const message =
      u.reason === 'no-candidates'
        ? 'No other seat of the same nation, held by the same party, has this outcome'
        : `No seat of the same nation held by the same party is within the matching limit of ${caliper === 1 ? 'one standard deviation' : `${caliper} standard deviations`} (on the matching measures together)`;
    return { code: v.code, name: v.name, region: v.region, message };
  });
  const notes: string[] = [];
  if (match.withReplacement) {
    notes.push(
      'Too few candidate seats to give every seat its own controls, so some controls serve more than one seat; an interval and test, where shown, allow for that.',
    );
  }
  if (pairs.some((p) => p.controls.length < k))
    notes.push(`Some seats have fewer than ${k} controls because few candidate seats are close enough.`);
  if (pairs.some((p) => p.controls.some((c) => !c.sameRegion)))
    notes.push(
      'Some controls come from another region of the same nation because the region ran out of close candidates.',
    );

  const covOf = (code: string) => covariates.get(code)!;
  const matchedTreated = pairs.map((p) => covOf(p.treated.code));
  const strata = new Set(pairs.map((p) => exactOf(p.treated.code)));
  const candidateSeats = pool.filter((v) => strata.has(exactOf(v.code)));
  const controlsCov = pairs.flatMap((p) => p.controls.map((c) => covOf(c.code)));
  const controlWeights = pairs.flatMap((p) => p.controls.map(() => 1 / p.controls.length));
  const balance = balanceTable(
    COVARIATE_KEYS,
    matchedTreated,
    candidateSeats.map((v) => covOf(v.code)),
    controlsCov,
    controlWeights,
  );
  const unitOf = (code: string, value: number): AdjustUnit => ({
    id: code,
    value,
    group: input.rows.get(code)!.region,
    covariates: covOf(code),
  });

  const pool_ = thinPool(treated, pool, holderOf);
  const thin = pool_.thin && pairs.length >= MIN_SEATS_FOR_INTERVAL;
  const large = treated.length > MAX_MATCHED_SEATS;
  const base = {
    k,
    withReplacement: match.withReplacement,
    caliper,
    pairs,
    unmatched,
    notes,
    balance,
    thinPool: thin ? { inRegions: pool_.inRegions } : null,
    placebo: placebo(pairs, input.earlier, unitOf, thin, large),
  };
  if (pairs.length === 0)
    return { ...base, n: 0, setMean: null, controlMean: null, difference: null, adjustment: null, test: null, p: null };
  const now = corrected(pairs, (_, v) => v, unitOf);
  const test: TestResult | null =
    pairs.length >= MIN_SEATS_FOR_INTERVAL && !large && !thin
      ? { p: tP(now), exact: false, draws: 0, mcError: 0, settled: true, stratified: false, method: 't' }
      : null;
  return {
    ...base,
    n: pairs.length,
    setMean: mean(pairs.map((p) => p.treated.value)),
    controlMean: mean(pairs.map((p) => p.controlMean)),
    difference: interval(now, thin, large),
    adjustment: now.fit,
    test,
    p: test?.p ?? null,
  };
}

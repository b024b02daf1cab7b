// Input and result types of the comparison engine (compareSeats).
import type { BoundarySet, ElectionId } from '../elections';
import type { MissingReason } from '../missing';
import type { AreaMetrics, SeatContext, SeatMetrics } from '../schema/metrics';
import type { BalanceRow } from '../stats/balance';
import type { Interval } from '../stats/t-interval';
import type { CalibrationMiss } from './calibration-misses';
import type { UnresolvedCode } from './codes';
import type { CovariateKey, CovariateValues } from './covariates';
import type { Outcome } from './outcomes';
import type { RegionalBenchmark } from './regional';

/** What a matched seat must share exactly with its chosen seat: its nation and holder at the earlier election, or its nation only. */
export type ExactRule = 'nation-and-holder' | 'nation';

export interface CompareInput {
  /** ONS codes of the chosen seats. */
  set: readonly string[];
  /** Every seat of the later election; each row's `change` is against its prevElection. */
  after: readonly SeatMetrics[];
  /** Every seat of the earlier election on the same boundaries (covariates, summed regional figures). */
  before: readonly SeatMetrics[];
  context: readonly SeatContext[];
  /** Region rows of the later election (sum of votes); without them regional figures are summed from seats. */
  regionAggregates?: readonly AreaMetrics[];
  outcomes: readonly Outcome[];
  seed: number;
  /** Monte Carlo draws per batch and at most, for permutation tests (defaults 2,000 and 50,000). */
  iterations?: { batch?: number; maxDraws?: number };
  /** Matched controls per seat (default 3). */
  k?: number;
  /** Matching caliper in standardised distance (default CALIPER). */
  caliper?: number;
  /** What matched seats must share exactly (default 'nation-and-holder'; 'nation' is the rule before 2026-12-07). */
  exact?: ExactRule;
  /**
   * Seats of cited seat sets (organiser seats of any link kind, pact seats): left out of every comparison pool
   * (other seats and matched candidates) unless they are in the chosen set. Listed in the result.
   */
  exclude?: readonly { code: string; set: string }[];
  /** Cells where the calibration of a measure missed its target: the figures they cover are withheld. */
  misses?: readonly CalibrationMiss[];
  /** Keep only these seats as comparison seats (the regional benchmark still counts every seat). */
  poolFilter?: (row: SeatMetrics) => boolean;
  /** The previous pair on the same boundaries, for the placebo (same controls) and regression-to-the-mean checks. */
  earlier?: { after: readonly SeatMetrics[]; before: readonly SeatMetrics[] };
}

export interface SeatRef {
  code: string;
  name: string;
  region: string;
}

export interface SeatValue extends SeatRef {
  value: number;
}

export interface DroppedSeat extends SeatRef {
  reason: MissingReason;
  message: string;
}

/** How the site may show a figure from n seats: nothing (0), seat by seat (1-4), marked small (5-14), plain. */
export type SizeClass = 'none' | 'seats-only' | 'small' | 'full';

/** A permutation p-value and how it was reached. */
export interface TestResult {
  p: number;
  exact: boolean;
  draws: number;
  /** Monte Carlo standard error of p (0 when exact). */
  mcError: number;
  settled: boolean;
  stratified: boolean;
  /** 'permutation' (default) or 't' (matched comparisons: the t test on the bias-corrected gap and its standard error). */
  method?: 't';
}

export interface SetSummary {
  n: number;
  size: SizeClass;
  mean: number | null;
  /** t interval of the mean; null when n = 0; low/high null below 13 seats (compare/withhold). */
  interval: Interval | null;
  values: SeatValue[];
  dropped: DroppedSeat[];
}

export interface OtherSeatsComparison {
  /** Regions of the set seats that have this outcome. */
  regions: string[];
  n: number;
  /** Set seats compared (those in a region with at least 2 other seats). */
  setN: number;
  /** The other seats of those regions that have the outcome: the seats compared with (charts draw these). */
  values: SeatValue[];
  /** Mean of all the other seats of those regions. */
  mean: number | null;
  /**
   * What the difference is taken from: the mean of the other seats of each compared set seat's region, averaged over
   * the compared set seats (each region weighted by its set seats). The same as `mean` with one region.
   */
  comparator: number | null;
  /**
   * Mean over set seats of (seat - mean of the other seats of its region), with a Welch-type t interval (stratified
   * by region); low/high null with fewer than 5 set seats.
   */
  difference: Interval | null;
  /** Studentised permutation test, labels reshuffled within regions; null with fewer than 5 set seats. */
  test: TestResult | null;
  p: number | null;
  /** Other seats of those regions left out, by reason. */
  excluded: { reason: MissingReason; count: number }[];
  /** Set seats left out because their region has fewer than 2 other seats. */
  uncompared: SeatRef[];
}

export interface MatchedSeat extends SeatValue {
  covariates: CovariateValues;
}

export interface MatchedControlSeat extends MatchedSeat {
  distance: number;
  sameRegion: boolean;
  /** The control's value of the outcome one pair earlier (the placebo), when there is one. */
  earlier: number | null;
}

export interface DroppedCovariateNote {
  covariate: CovariateKey;
  reason: 'missing-for-treated' | 'missing-for-candidates' | 'no-variation';
  message: string;
}

export interface MatchedPair {
  treated: MatchedSeat;
  controls: MatchedControlSeat[];
  controlMean: number;
  /** Treated value minus its controls' mean. */
  difference: number;
  /** The same seat minus the same controls' mean in the earlier pair (null when there is none or a value is missing). */
  earlierDifference: number | null;
  used: CovariateKey[];
  dropped: DroppedCovariateNote[];
}

/** Difference-in-differences: the matched gap now minus the same seats' gap against the same controls one pair earlier. */
export interface MatchedPlacebo {
  n: number;
  /** Mean earlier gap (same controls), with a t interval over pairs. */
  earlier: Interval;
  /** Mean of (gap now - gap earlier), with a t interval over pairs. */
  did: Interval;
}

export interface MatchedComparison {
  k: number;
  withReplacement: boolean;
  /** Set seats with at least one control. */
  n: number;
  setMean: number | null;
  /** Mean over set seats of their controls' mean. */
  controlMean: number | null;
  /**
   * Mean of the pair differences, with a t interval over pairs (low/high null with fewer than 5 pairs). From 5 pairs
   * up the controls' values are bias-corrected (see `adjustment`), so the estimate may differ from setMean - controlMean.
   */
  difference: Interval | null;
  /** The fit behind the bias correction: covariates used, region effects, distinct controls; null when none was made. */
  adjustment: { covariates: CovariateKey[]; regions: boolean; controls: number } | null;
  p: number | null;
  test: TestResult | null;
  caliper: number;
  pairs: MatchedPair[];
  /** Standardised mean differences of the covariates, all candidate seats against matched controls. */
  balance: BalanceRow[];
  placebo: MatchedPlacebo | null;
  /**
   * Set when the matched interval, p-value and placebo intervals are withheld because the chosen seats' regions have
   * fewer comparison seats (inRegions) than there are chosen seats (compare/matched thinPool).
   */
  thinPool: { inRegions: number } | null;
  unmatched: (SeatRef & { message: string })[];
  notes: string[];
}

/**
 * Regression to the mean: across comparison seats, each seat's gap to its region's average in this pair regressed on
 * its gap in the earlier pair; the set's expected gap now, given how it did then, against its actual gap.
 */
export interface RegressionToMean {
  /** Comparison seats the line was fitted on. */
  n: number;
  slope: number;
  intercept: number;
  /** Set seats with both gaps. */
  setN: number;
  setEarlier: number;
  setNow: number;
  /** What comparison seats that did as the set did earlier did now, on average (the line at setEarlier). */
  expectedNow: number;
}

export interface OutcomeResult {
  outcome: Outcome;
  key: string;
  set: SetSummary;
  regional: RegionalBenchmark;
  /** Null when no set seat has this outcome. */
  otherSeats: OtherSeatsComparison | null;
  matched: MatchedComparison | null;
  regressionToMean: RegressionToMean | null;
}

export interface CompareResult {
  election: ElectionId;
  previous: ElectionId | null;
  boundarySet: BoundarySet;
  requested: string[];
  /** The chosen seats found in the data, in code order. */
  seats: SeatRef[];
  unknown: string[];
  unresolved: UnresolvedCode[];
  duplicates: string[];
  outcomes: OutcomeResult[];
  /** Seats kept out of the comparison pools because they belong to a cited seat set, by code, with their sets. */
  excluded: (SeatRef & { sets: string[] })[];
  seed: number;
  iterations: { batch: number; maxDraws: number };
  level: number;
}

// Input and result types of the comparison engine (compareSeats).
import type { BoundarySet, ElectionId } from '../elections';
import type { MissingReason } from '../missing';
import type { AreaMetrics, SeatContext, SeatMetrics } from '../schema/metrics';
import type { Interval } from '../stats/bootstrap';
import type { UnresolvedCode } from './codes';
import type { CovariateKey, CovariateValues } from './covariates';
import type { Outcome } from './outcomes';
import type { RegionalBenchmark } from './regional';

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
  iterations?: { bootstrap?: number; permutations?: number };
  /** Matched controls per seat (default 3). */
  k?: number;
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

export interface SetSummary {
  n: number;
  mean: number | null;
  /** Bootstrap interval of the mean; null when n = 0, flagged degenerate when n = 1. */
  interval: Interval | null;
  values: SeatValue[];
  dropped: DroppedSeat[];
}

export interface OtherSeatsComparison {
  /** Regions of the set seats that have this outcome. */
  regions: string[];
  n: number;
  mean: number | null;
  /** Set mean minus other seats' mean, with a bootstrap interval (each group resampled independently). */
  difference: Interval | null;
  p: number | null;
  permutations: number;
  /** Other seats of those regions left out, by reason. */
  excluded: { reason: MissingReason; count: number }[];
}

export interface MatchedSeat extends SeatValue {
  covariates: CovariateValues;
}

export interface MatchedControlSeat extends MatchedSeat {
  distance: number;
  sameRegion: boolean;
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
  used: CovariateKey[];
  dropped: DroppedCovariateNote[];
}

export interface MatchedComparison {
  k: number;
  withReplacement: boolean;
  /** Set seats with at least one control. */
  n: number;
  setMean: number | null;
  /** Mean over set seats of their controls' mean. */
  controlMean: number | null;
  /** Mean of the pair differences, with a bootstrap interval over pairs. */
  difference: Interval | null;
  p: number | null;
  test: 'matched-set-permutation';
  permutations: number;
  pairs: MatchedPair[];
  unmatched: (SeatRef & { message: string })[];
  notes: string[];
}

export interface OutcomeResult {
  outcome: Outcome;
  key: string;
  set: SetSummary;
  regional: RegionalBenchmark;
  /** Null when no set seat has this outcome. */
  otherSeats: OtherSeatsComparison | null;
  matched: MatchedComparison | null;
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
  seed: number;
  iterations: { bootstrap: number; permutations: number };
  level: number;
}

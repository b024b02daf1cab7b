// The comparison engine's public surface: compareSeats, outcomes, placebo pairs and wording.
export { compareSeats } from './engine';
export { outcomeKey, outcomeOf, seatOutcome, areaOutcome, isSpeakerSeat, type Outcome } from './outcomes';
export { placeboPair, type ElectionPair } from './placebo';
export { boundarySetsOfCode, type UnresolvedCode, type UnresolvedReason } from './codes';
export { COVARIATES, type CovariateKey, type CovariateValues } from './covariates';
export { chancePhrase, evidence, excludesZero, type Evidence } from './evidence';
export {
  differencePhrase,
  describeAgainstOthers,
  describeOutcome,
  describeUnresolved,
  smallMarker,
  type OutcomeWording,
  type WordingOptions,
  type CaveatKey,
} from './wording';
export { sizeClass } from './values';
export {
  MAX_MATCHED_SEATS,
  MIN_SEATS_AGAINST_OTHERS,
  MIN_SEATS_FOR_SET_INTERVAL,
  fewMatchedReason,
  matchedLargeReason,
  othersSmallReason,
  setSeatsReason,
  thinPoolReason,
} from './withhold';
export { vocabulary } from './vocabulary';
export { CALIPER, covariateLabel } from './covariates';
export { formatP, formatSigned, formatMagnitude } from './format';
export type { RegionalBenchmark, RegionFigure, RegionalSource } from './regional';
export type * from './types';

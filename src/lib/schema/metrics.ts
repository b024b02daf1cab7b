// Schema of the derived per-seat metrics row (published as /data/seats.csv) and per-area rows (/data/regions.csv).
import { z } from 'zod';
import { MISSING_REASONS } from '../missing';
import { electionIdSchema, partySchema, seatCodeSchema } from './result';

export const missingSchema = z.object({
  missing: z.enum(Object.keys(MISSING_REASONS) as [keyof typeof MISSING_REASONS]),
});
export const maybeNumber = z.union([z.number(), missingSchema]);

/** Changes since the previous election and whether the votes are estimates: the same fields in seat and area rows. */
const sincePrevious = {
  /** Change in share (points) against prevElection, for each party that stood in either. */
  change: z.partialRecord(partySchema, z.number()),
  swingLabToCon: maybeNumber,
  steedSwing: maybeNumber,
  /** True when party votes are estimates (2019 notional). */
  estimated: z.boolean(),
};

export const seatMetricsSchema = z.object({
  election: electionIdSchema,
  code: seatCodeSchema,
  name: z.string().min(1),
  region: z.string(),
  nation: z.string(),
  boundarySet: z.enum(['2010', '2024']),
  electorate: z.number().int().positive().nullable(),
  validVotes: z.number().nonnegative(),
  turnoutPct: maybeNumber,
  winner: partySchema,
  second: partySchema.nullable(),
  majorityVotes: z.number().nonnegative().nullable(),
  majorityPct: maybeNumber,
  /** Percent of valid votes for each party that stood. */
  shares: z.partialRecord(partySchema, z.number()),
  prevElection: electionIdSchema.nullable(),
  /** Winner at prevElection in this seat (for "gain from"/"hold"); null when there is no previous election. */
  prevWinner: partySchema.nullable(),
  ...sincePrevious,
});
export type SeatMetrics = z.infer<typeof seatMetricsSchema>;

export const areaMetricsSchema = z.object({
  election: electionIdSchema,
  area: z.string(),
  areaName: z.string(),
  kind: z.enum(['region', 'nation', 'uk']),
  seats: z.number().int(),
  electorate: z.number(),
  validVotes: z.number(),
  turnoutPct: maybeNumber,
  seatsWon: z.partialRecord(partySchema, z.number().int()),
  shares: z.partialRecord(partySchema, z.number()),
  prevElection: electionIdSchema.nullable(),
  ...sincePrevious,
});
export type AreaMetrics = z.infer<typeof areaMetricsSchema>;

/** Covariates used to match seats in the comparison engine. */
export const seatContextSchema = z.object({
  code: seatCodeSchema,
  boundarySet: z.enum(['2010', '2024']),
  /** Hanretty's estimated 2016 Leave share, percent (GB only). */
  leavePct: z.number().nullable(),
  /** mySociety composite UK IMD deprivation score (2010-set seats only; higher = more deprived). */
  imdScore: z.number().nullable(),
});
export type SeatContext = z.infer<typeof seatContextSchema>;

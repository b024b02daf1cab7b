// Schema of the 2019 notional result of a 2024 seat: the official figures beside Groundwork's estimate.
import { z } from 'zod';
import { partySchema, seatCodeSchema } from './result';

export const notionalSeatSchema = z.object({
  code: seatCodeSchema,
  official: z.object({
    winner: partySchema,
    majority: z.number().nonnegative(),
    electorate: z.number().int().positive(),
    validVotes: z.number().positive(),
  }),
  estimate: z.object({
    winner: partySchema,
    second: partySchema.nullable(),
    majority: z.number(),
    validVotes: z.number(),
    electorate: z.number(),
    /** Estimated votes of the official winner minus its strongest estimated rival (negative when the estimate disagrees). */
    officialWinnerMargin: z.number(),
  }),
  winnerAgrees: z.boolean(),
});
export type NotionalSeat = z.infer<typeof notionalSeatSchema>;

export const notionalSummarySchema = z.object({
  seats: z.number().int(),
  winnersAgree: z.number().int(),
  disagreements: z.array(z.object({ code: z.string(), official: partySchema, estimate: partySchema })),
  /** Estimated margin of the official winner minus the official majority, in votes. */
  majorityDifference: z.object({
    median: z.number(),
    meanAbsolute: z.number(),
    p10: z.number(),
    p90: z.number(),
    min: z.number(),
    max: z.number(),
  }),
  seatsWonOfficial: z.partialRecord(partySchema, z.number().int()),
  seatsWonEstimate: z.partialRecord(partySchema, z.number().int()),
});
export type NotionalSummary = z.infer<typeof notionalSummarySchema>;

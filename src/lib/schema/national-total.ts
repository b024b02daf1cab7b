// Labour's votes and all votes at one general election, summed by the pipeline from the Commons Library's 1918-2019
// long-run file (pipeline/parse/national-totals.ts), for Labour's long-run share (/elections/labour-share/).
import { z } from 'zod';

const count = z.number().int().nonnegative();

export const nationalTotalSchema = z.object({
  /** Election as the file writes it: a year, or 1974F / 1974O for February and October 1974. */
  election: z.string().regex(/^\d{4}[FO]?$/),
  /** Polling year, and an order key that puts 1974F before 1974O. */
  year: z.number().int(),
  order: z.number(),
  labVotes: count,
  totalVotes: count,
  /** Constituency rows of the election in the file, and those summed. */
  rows: count,
  rowsCounted: count,
  /** Rows left out: no votes recorded (returned unopposed, marked -1, or blank), or Labour returned unopposed. */
  rowsUncounted: count,
  /** Rows whose total_votes is empty although party votes are given (two-member seats): the party votes are summed. */
  rowsTotalFromParties: count,
  /** Votes those rows add to totalVotes (their summed party votes). */
  votesTotalFromParties: count,
  /** Rows of university seats and of two- or three-member seats (each elector had several votes), which are summed. */
  universityRows: count,
  multiMemberRows: count,
});
export type NationalTotal = z.infer<typeof nationalTotalSchema>;

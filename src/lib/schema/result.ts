// Schema of one seat's result at one election: the typed row every metric is computed from.
import { z } from 'zod';
import { ELECTION_IDS } from '../elections';
import { PARTY_CODES } from '../parties';

export const partySchema = z.enum(PARTY_CODES);
export const electionIdSchema = z.enum(ELECTION_IDS);
export const seatCodeSchema = z.string().regex(/^(E14|W07|S14|N05|N06)\d{6}$/, 'not an ONS constituency code');

/** Which source file supplied a number, by its id in data/sources.json (or `estimate:<method>`). */
export const provenanceSchema = z.record(z.string(), z.string());

export const seatResultSchema = z.object({
  election: electionIdSchema,
  code: seatCodeSchema,
  electorate: z.number().int().positive().nullable(),
  validVotes: z.number().nonnegative(),
  /** Votes by party; a party absent from the record did not stand. Notional estimates may be fractional. */
  votes: z.partialRecord(partySchema, z.number().nonnegative()),
  winner: partySchema,
  second: partySchema.nullable(),
  /** Majority in votes as published (null when only estimates exist). */
  majority: z.number().nonnegative().nullable(),
  estimated: z.boolean(),
  sources: provenanceSchema,
});

export type SeatResult = z.infer<typeof seatResultSchema>;

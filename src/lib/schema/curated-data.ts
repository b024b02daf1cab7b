// The hand-curated data as the pipeline loads and checks it (pipeline/steps/curated.ts) and the site reads it back
// from data/derived/curated.json: the seat-set registry, each set's rows and seats, organiser links and membership.
// The CSV row schemas (./curated) read text cells; these are the same rows once read (codes resolved, counts numbers).
import { z } from 'zod';
import {
  LOCAL_AUTHORITY_CODE,
  membershipRowSchema,
  organiserRowSchema,
  seatSetEntrySchema,
  seatSetRowSchema,
} from './curated';
import { seatCodeSchema } from './result';

const organiserSchema = z.object({
  ...organiserRowSchema.shape,
  ons_code: seatCodeSchema.nullable(),
  local_authority_code: z.string().regex(LOCAL_AUTHORITY_CODE).nullable(),
});
const seatSetRowOutSchema = z.object({
  ...seatSetRowSchema.shape,
  attributes: z.record(z.string(), z.string()),
});
const membershipSchema = z.object({ ...membershipRowSchema.shape, members: z.number().int().nonnegative() });

const codesSchema = z.array(seatCodeSchema);
export const curatedSetSchema = z.discriminatedUnion('format', [
  z.object({
    format: z.literal('organisers'),
    entry: seatSetEntrySchema,
    rows: z.array(organiserSchema),
    codes: codesSchema,
  }),
  z.object({
    format: z.literal('seat-set'),
    entry: seatSetEntrySchema,
    rows: z.array(seatSetRowOutSchema),
    codes: codesSchema,
  }),
]);
export type CuratedSet = z.infer<typeof curatedSetSchema>;

/** A seat of a place's local authority: the shares of its postcodes in the place and of the place's in it (lib/place-seats). */
const placeSeatSchema = z.object({
  code: seatCodeSchema,
  share: z.number().min(0).max(1),
  ofPlace: z.number().min(0).max(1),
});

/**
 * An organiser row naming a place that matches no single seat: kept and reported, never given a guessed code. Its
 * seats are those of its local authority by lib/place-seats, largest share first.
 */
const unresolvedPlaceSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
  row: organiserSchema,
  seats: z.array(placeSeatSchema).min(1),
});
export type UnresolvedPlace = z.infer<typeof unresolvedPlaceSchema>;

export const curatedDataSchema = z.object({
  registry: z.array(seatSetEntrySchema),
  /** One per registry entry, in registry order; `codes` are the distinct resolved seats, sorted. */
  sets: z.array(curatedSetSchema),
  organisers: z.array(organiserSchema),
  unresolvedOrganisers: z.array(unresolvedPlaceSchema),
  /** What the CSV reader noticed but accepted (e.g. a byte-order mark), as "file: note". */
  notes: z.array(z.string()),
  membership: z.object({
    labourYearEnd: z.array(membershipSchema),
    parties: z.array(membershipSchema),
    others: z.array(membershipSchema),
  }),
});
export type CuratedData = z.infer<typeof curatedDataSchema>;

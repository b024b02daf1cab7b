// Schema of a per-district postcode file (data/derived/site/postcodes/{DISTRICT}.json), written by the pipeline and
// served to the browser as written: src/data parses each one whole before the site serves it.
import { z } from 'zod';
import type { PostcodeDistrictFile } from '../postcode/district-file';
import { seatCodeSchema } from './result';

/** [index into the seat list (-1: no seat), count of postcodes, …]. */
const runs = z
  .array(z.number().int().min(-1))
  .refine((r) => r.length % 2 === 0, 'must be pairs of (seat index, count)');

export const postcodeDistrictFileSchema = z.object({
  v: z.literal(2),
  district: z.string().regex(/^[A-Z]{1,2}[0-9][A-Z0-9]?$/, 'must be a postcode district such as SW15'),
  kind: z.enum(['gb', 'ni']),
  /** Sector digit -> base64 of a 400-bit (50-byte) map. */
  sectors: z.record(
    z.string().regex(/^[0-9]$/),
    z.string().regex(/^[A-Za-z0-9+/]{67}=$/, 'must be 50 bytes in base64'),
  ),
  newSeats: z.array(seatCodeSchema),
  newRuns: runs,
  oldSeats: z.array(seatCodeSchema),
  oldRuns: runs,
  candidates: z.array(seatCodeSchema).optional(),
  lineage: z
    .array(z.tuple([seatCodeSchema, seatCodeSchema, z.number().min(0).max(1), z.number().min(0).max(1)]))
    .optional(),
}) satisfies z.ZodType<PostcodeDistrictFile>;

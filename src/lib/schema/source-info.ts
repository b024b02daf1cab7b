// Schemas of data/derived/sources.json (every source the pipeline read, for citations and the sources page) and
// data/derived/version.json (the data version and each source's hash).
import { z } from 'zod';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex');

export const sourceInfoSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  /** Empty for a source with no download address (a file received directly). */
  url: z.string().regex(/^(https?:\/\/\S+)?$/),
  publisherUrl: z
    .string()
    .regex(/^https?:\/\/\S+$/)
    .nullable(),
  publisher: z.string().min(1),
  title: z.string().min(1),
  licence: z.string().min(1),
  attribution: z.string().min(1),
  sha256,
  note: z.string().nullable(),
});

export const dataVersionSchema = z.object({
  version: z.string().regex(/^[0-9a-f]{10}$/),
  sources: z.array(z.object({ id: z.string().min(1), sha256 })),
});

// Schemas of data/derived/sources.json (every source the pipeline read, for citations and the sources page) and
// data/derived/version.json (the data version and each source's hash).
import { z } from 'zod';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex');

export const sourceInfoSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string().min(1),
  /** As data/sources.json gives it (empty for a file received directly); escaped where it is shown. */
  url: z.string(),
  publisherUrl: z.string().nullable(),
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

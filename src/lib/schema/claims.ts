// Schema of data/claims.json, the hand-written registry of claim pages: shared by the claim views and `npm run data`.
import { z } from 'zod';
import { partyListSchema } from './curated';
import { electionIdSchema } from './result';

export const quoteSchema = z.object({
  text: z.string().min(1),
  who: z.string().min(1),
  where: z.string().min(1).optional(),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/)
    .nullable(),
  title: z.string().min(1),
  note: z.string().min(1).optional(),
});

const pairSchema = z.object({ before: electionIdSchema, after: electionIdSchema });

export const claimEntrySchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  kind: z.enum(['organisers-region', 'single-seat', 'remain', 'pact', 'organisers-all']),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Either the quote itself or the id of a seat set whose registry entry holds the claim. */
  claim: z.union([quoteSchema, z.object({ set: z.string().min(1) })]),
  also: z.array(quoteSchema).optional(),
  pair: pairSchema,
  params: z.object({
    region: z.string().optional(),
    set: z.string().optional(),
    seat: z.string().optional(),
    threshold: z.number().optional(),
    alsoPair: pairSchema.optional(),
    parties: partyListSchema.optional(),
  }),
  /** The claim's headline comparison: a block id of its page, an outcome key and what it is set against. Every other figure is exploratory. */
  headline: z.object({
    comparison: z.string().min(1),
    outcome: z.string().min(1),
    against: z.enum(['others', 'matched', 'level']),
    reason: z.string().min(1),
  }),
  verdict: z.string().min(1),
});
export type ClaimEntry = z.infer<typeof claimEntrySchema>;

export const claimsFileSchema = z.array(claimEntrySchema);

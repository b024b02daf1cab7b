// Schema of data/article-claims.json: every claim of fact in the source articles, checked or not. Shared by the
// article-claims view and the curated-file checks of `npm run data`.
import { z } from 'zod';

export const STATUSES = ['checked', 'checked-elsewhere', 'context', 'not-yet-checkable', 'not-checkable'] as const;

export const articleSchema = z.strictObject({
  id: z.string().min(1),
  file: z.string().min(1),
  author: z.string().min(1),
  title: z.string().min(1),
  where: z.string().min(1),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/)
    .nullable(),
});
export const articleClaimSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  article: z.string(),
  speaker: z.string().optional(),
  quote: z.string().min(1),
  status: z.enum(STATUSES),
  page: z
    .string()
    .regex(/^[a-z0-9/-]+\/$/)
    .optional(),
  why: z.string().min(1),
});
export const articleClaimsFileSchema = z.strictObject({
  articles: z.array(articleSchema),
  claims: z.array(articleClaimSchema),
});

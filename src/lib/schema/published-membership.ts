// Schema of data/derived/local-membership.json: the constituency-party membership figures the site publishes
// (counts under each file's threshold already suppressed to "fewer than N").
import { z } from 'zod';
import type { PublishedMembership } from '../membership/published';
import { seatCodeSchema } from './result';

const count = z.union([z.number().nonnegative(), z.object({ under: z.number().int().positive() })]);

const publishedFileSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  party: z.string().nullable(),
  boundarySet: z.enum(['2010', '2024']),
  records: z.array(
    z.object({
      code: seatCodeSchema,
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      members: count,
      activists: count.nullable(),
      trained: count.nullable(),
    }),
  ),
  published: z.literal(true),
  threshold: z.number().int().positive(),
  source: z.object({
    title: z.string().min(1),
    source: z.string().min(1),
    sourceUrl: z.string().nullable(),
    licence: z.string().min(1),
    permission: z.string().min(1),
  }),
  fileName: z.null(),
  file: z.string().min(1),
  rowsRead: z.number().int().nonnegative(),
  rowsUsed: z.number().int().nonnegative(),
  notes: z.array(z.string()),
});

export const publishedMembershipSchema = z.object({
  files: z.array(publishedFileSchema),
}) as unknown as z.ZodType<PublishedMembership>;

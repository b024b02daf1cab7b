// Schema of the sidecar JSON beside each published local membership CSV (data/membership/local/<name>.json).
import { z } from 'zod';

/** The sidecar `<name>.json` beside each `<name>.csv`. `contact` is for the site owner and is never published. */
export const sidecarSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    source: z.string().trim().min(1, 'source must say where the figures come from'),
    source_url: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'source_url must be an http(s) address')
      .optional(),
    party: z.string().trim().min(1),
    licence: z.string().trim().min(1, 'licence must say under what terms the figures may be published'),
    permission: z.string().trim().min(1, 'permission must say who agreed to publication, and when'),
    contact: z.string().optional(),
    threshold: z.number().int().min(1).optional(),
    boundary_set: z.enum(['2010', '2024']).optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof sidecarSchema>;

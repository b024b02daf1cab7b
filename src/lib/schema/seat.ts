// Schema of a constituency as the pipeline publishes it (seats.json): code, name, URL slug, boundary set, region.
import { z } from 'zod';
import { seatCodeSchema } from './result';

export const seatSchema = z.object({
  code: seatCodeSchema,
  name: z.string().min(1),
  /** ONS region code (E12…), or the nation's code outside England. */
  region: z.string(),
  nation: z.string(),
  slug: z.string().min(1),
  boundarySet: z.enum(['2010', '2024']),
});

export type Seat = z.infer<typeof seatSchema>;

// Schema of an old (2010-2023) to new (2024) seat overlap, by share of population (mySociety).
import { z } from 'zod';
import { seatCodeSchema } from './result';

export const lineageSchema = z.object({
  old: seatCodeSchema,
  new: seatCodeSchema,
  /** Fraction of the old seat's population that lives in the new seat. */
  popShareOfOld: z.number().min(0).max(1),
  /** Fraction of the new seat's population that came from the old seat. */
  popShareOfNew: z.number().min(0).max(1),
});
export type Lineage = z.infer<typeof lineageSchema>;

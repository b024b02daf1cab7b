// Schema of the people in the official results: every 2024 candidate, and the member elected in each seat.
import { z } from 'zod';
import { seatCodeSchema } from './result';

export const candidateSchema = z.object({
  code: seatCodeSchema,
  name: z.string().min(1),
  /** Groundwork party code (small parties are 'other'); `partyName` keeps the file's own label. */
  party: z.string().min(1),
  partyName: z.string().min(1),
  votes: z.number().int().min(0),
  elected: z.boolean(),
});
export type Candidate = z.infer<typeof candidateSchema>;

export const memberSchema = z.object({
  election: z.enum(['2019', '2024']),
  code: seatCodeSchema,
  name: z.string().min(1),
});
export type Member = z.infer<typeof memberSchema>;

export const peopleSchema = z.object({ candidates2024: z.array(candidateSchema), members: z.array(memberSchema) });

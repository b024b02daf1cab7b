// Schema of data/calibration*.json, written by `npm run calibrate`: how often the comparison engine's 95% intervals
// contain zero and its p-values fall below 0.05 on placebo sets of real seats. Read by /methodology/, /compare/ and the
// claim pages.
import { z } from 'zod';

const rate = z.number().min(0).max(1).nullable();

export const calibrationRowSchema = z.strictObject({
  pair: z.string().min(1),
  mode: z.enum(['within one region', 'across regions']),
  size: z.number().int().positive(),
  against: z.enum(['others', 'matched', 'placebo-did', 'average']),
  sets: z.number().int().nonnegative(),
  withInterval: z.number().int().nonnegative(),
  withP: z.number().int().nonnegative(),
  coverage: rate,
  falsePositive: rate,
  meanWidth: z.number().nonnegative().nullable(),
  crying: rate,
});

export const calibrationFileSchema = z.strictObject({
  dataVersion: z.string().regex(/^[0-9a-f]{6,64}$/),
  outcome: z.string().min(1),
  reps: z.number().int().positive(),
  /** Sets drawn in a cell whose first `reps` came near a target's edge. */
  edgeReps: z.number().int().positive(),
  /** Sets drawn for a cell still outside a target after edgeReps. */
  confirmReps: z.number().int().positive(),
  seed: z.number().int(),
  sizes: z.array(z.number().int().positive()),
  pairs: z.array(z.string().min(1)),
  /**
   * The seats of linked places (places the sources tie to a set without naming a seat) kept out of the placebo sets and
   * the pools, as the claim pages' linked-places check keeps them out of its pools: set only in such a run's file.
   */
  leaveLinked: z.array(z.string().regex(/^[ENSW]\d{8}$/)).optional(),
  note: z.string().min(1),
  rows: z.array(calibrationRowSchema),
});

export type CalibrationFile = z.infer<typeof calibrationFileSchema>;

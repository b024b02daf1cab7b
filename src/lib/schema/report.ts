// Schema of data/derived/report.json: the pipeline's row ledger (every input row used or skipped with a reason).
import { z } from 'zod';
import { notionalSummarySchema } from './notional';

const count = z.number().int().nonnegative();

/** One source file's rows: read, used, and skipped by reason (with the lines skipped). */
export const fileLedgerSchema = z.object({
  source: z.string().min(1),
  file: z.string().min(1),
  rowsRead: count,
  rowsUsed: count,
  skipped: z.array(z.object({ reason: z.string().min(1), count, lines: z.array(z.number().int()) })),
  notes: z.array(z.string()),
});
export type FileLedger = z.infer<typeof fileLedgerSchema>;

export const dataReportSchema = z.object({
  version: z.string().regex(/^[0-9a-f]{10}$/),
  totals: z.object({ read: count, used: count, skipped: count }),
  files: z.array(fileLedgerSchema),
  notional: notionalSummarySchema,
});

// Schema of data/archive/manifest.json: every published data version with its files, row counts and checksums.
import { z } from 'zod';
import { calendarDateSchema } from './calendar-date';
import { firstRepeat } from '../repeats';

const archivedFileSchema = z.strictObject({
  file: z.string().regex(/^[a-z0-9-]+\.csv$/),
  rows: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export const archivedVersionSchema = z.strictObject({
  version: z.string().regex(/^[0-9a-f]{6,64}$/),
  date: calendarDateSchema,
  files: z
    .array(archivedFileSchema)
    .min(1)
    .superRefine((files, ctx) => {
      const twice = firstRepeat(files, (f) => f.file);
      if (twice) ctx.addIssue({ code: 'custom', message: `${twice.file} is listed twice` });
    }),
});
export const archiveManifestSchema = z.strictObject({ versions: z.array(archivedVersionSchema) });

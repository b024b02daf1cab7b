// Schema of data/archive/manifest.json: every published data version with its files, row counts and checksums.
import { z } from 'zod';
import { calendarDateSchema } from './calendar-date';
import { firstRepeat } from '../repeats';

const versionIdSchema = z.string().regex(/^[0-9a-f]{6,64}$/);
const archivedFileSchema = z.strictObject({
  file: z.string().regex(/^[a-z0-9-]+\.csv$/),
  rows: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The earlier version whose folder holds these same bytes (src/lib/publish/table-home.ts); absent: this version's. */
  in: versionIdSchema.optional(),
});
export const archivedVersionSchema = z.strictObject({
  version: versionIdSchema,
  date: calendarDateSchema,
  files: z
    .array(archivedFileSchema)
    .min(1)
    .superRefine((files, ctx) => {
      const twice = firstRepeat(files, (f) => f.file);
      if (twice) ctx.addIssue({ code: 'custom', message: `${twice.file} is listed twice` });
    }),
});
export const archiveManifestSchema = z
  .strictObject({ versions: z.array(archivedVersionSchema) })
  .superRefine(({ versions }, ctx) => {
    // A file kept in another version's folder must be there: an earlier version that holds it, with the same bytes.
    versions.forEach((v, i) =>
      v.files.forEach((f, j) => {
        if (f.in === undefined) return;
        const home = versions.slice(0, i).find((h) => h.version === f.in);
        const held = home?.files.find((h) => h.file === f.file);
        if (!held || held.in !== undefined || held.sha256 !== f.sha256)
          ctx.addIssue({
            code: 'custom',
            path: ['versions', i, 'files', j, 'in'],
            message: `${v.version}/${f.file} is said to be kept in ${f.in}, which does not hold it with the same checksum`,
          });
      }),
    );
  });

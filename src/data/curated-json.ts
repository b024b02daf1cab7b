// A hand-curated JSON file of data/ read with its schema: the first problem stops the build, naming the file and field.
import type { z } from 'zod';

export function parseCuratedJson<S extends z.ZodType>(file: string, schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`${file} field "${i.path.join('.')}": ${i.message}`);
  }
  return r.data;
}

// The raw-source manifest (data/sources.json): where each raw file comes from, its licence and checksum.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string().min(1),
  url: z.string(),
  publisherUrl: z.string().nullable(),
  publisher: z.string().min(1),
  title: z.string().min(1),
  licence: z.string().min(1),
  attribution: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  encoding: z.enum(['utf-8', 'windows-1252', 'binary']),
  note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const manifestSchema = z.object({ $comment: z.string().optional(), sources: z.array(sourceSchema) });

export function loadManifest(path: string): Source[] {
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const s of parsed.data.sources) {
    if (ids.has(s.id)) throw new Error(`${path}: duplicate source id ${s.id}`);
    ids.add(s.id);
  }
  return parsed.data.sources;
}

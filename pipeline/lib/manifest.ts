// The raw-source manifest (data/sources.json): where each raw file comes from, its licence and checksum, and what the
// site cites of each.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { sourceInfoSchema } from '../../src/lib/schema/source-info';

/** A raw file's entry: the fields the site cites (src/lib/schema/source-info.ts), its size and encoding; no note needed. */
export const sourceSchema = sourceInfoSchema.extend({
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

/** What the site cites of a raw file (data/derived/sources.json): its entry without size and encoding. */
export function citedSource({
  id,
  file,
  url,
  publisherUrl,
  publisher,
  title,
  licence,
  attribution,
  sha256,
  note,
}: Source) {
  return { id, file, url, publisherUrl, publisher, title, licence, attribution, sha256, note: note ?? null };
}

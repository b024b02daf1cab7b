// The claims registry (data/claims.json), checked with its schema: every claim page's quotes, sets, comparison and
// verdict wording, with unique slugs.
import { z } from 'zod';
import claimsJson from '../../data/claims.json';
import { claimEntrySchema, type ClaimEntry } from '../lib/schema/claims';

let entries: ClaimEntry[] | undefined;
/** Every claim in data/claims.json, validated; throws naming the entry and field at the first problem. */
export function claimEntries(): ClaimEntry[] {
  if (entries) return entries;
  const parsed = z.array(claimEntrySchema).safeParse(claimsJson);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`data/claims.json: ${issue.path.join('.')}: ${issue.message}`);
  }
  const slugs = new Set<string>();
  for (const e of parsed.data) {
    if (slugs.has(e.slug)) throw new Error(`data/claims.json: slug "${e.slug}" appears twice`);
    slugs.add(e.slug);
  }
  entries = parsed.data;
  return entries;
}

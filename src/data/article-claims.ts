// Every claim in the source articles (data/article-claims.json), checked with its schema: unique article and claim
// ids, known articles, and a page for every claim marked checked.
import type { z } from 'zod';
import raw from '../../data/article-claims.json';
import { articleClaimsFileSchema } from '../lib/schema/article-claims';

export function parseArticleClaims(value: unknown): z.infer<typeof articleClaimsFileSchema> {
  const r = articleClaimsFileSchema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`data/article-claims.json field "${i.path.join('.')}": ${i.message}`);
  }
  const articleIds = new Set<string>();
  for (const a of r.data.articles) {
    if (articleIds.has(a.id)) throw new Error(`data/article-claims.json: article ${a.id} is listed twice`);
    articleIds.add(a.id);
  }
  const ids = new Set<string>();
  for (const c of r.data.claims) {
    if (ids.has(c.id)) throw new Error(`data/article-claims.json: claim ${c.id} is listed twice`);
    ids.add(c.id);
    if (!r.data.articles.some((a) => a.id === c.article))
      throw new Error(`data/article-claims.json: claim ${c.id} names unknown article ${c.article}`);
    if ((c.status === 'checked' || c.status === 'checked-elsewhere') && !c.page)
      throw new Error(`data/article-claims.json: claim ${c.id} is ${c.status} but has no page`);
  }
  return r.data;
}

export const articleClaims = parseArticleClaims(raw);

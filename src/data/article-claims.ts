// Every claim in the source articles (data/article-claims.json), checked with its schema: unique article and claim
// ids, known articles, and a page for every claim marked checked.
import type { z } from 'zod';
import raw from '../../data/article-claims.json';
import { articleClaimsFileSchema } from '../lib/schema/article-claims';
import { firstRepeat } from '../lib/repeats';
import { parseCuratedJson } from './curated-json';

export function parseArticleClaims(value: unknown): z.infer<typeof articleClaimsFileSchema> {
  const data = parseCuratedJson('data/article-claims.json', articleClaimsFileSchema, value);
  const article = firstRepeat(data.articles, (a) => a.id);
  if (article) throw new Error(`data/article-claims.json: article ${article.id} is listed twice`);
  const claim = firstRepeat(data.claims, (c) => c.id);
  if (claim) throw new Error(`data/article-claims.json: claim ${claim.id} is listed twice`);
  for (const c of data.claims) {
    if (!data.articles.some((a) => a.id === c.article))
      throw new Error(`data/article-claims.json: claim ${c.id} names unknown article ${c.article}`);
    if ((c.status === 'checked' || c.status === 'checked-elsewhere') && !c.page)
      throw new Error(`data/article-claims.json: claim ${c.id} is ${c.status} but has no page`);
  }
  return data;
}

export const articleClaims = parseArticleClaims(raw);

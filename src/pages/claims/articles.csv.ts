// /claims/articles.csv: every claim in the source articles with who said it (the author, or a reader in the comments),
// its status, page and reason (UTF-8 with BOM).
import type { APIRoute } from 'astro';
import { toCsvFile } from '../../lib/format/csv';
import { absolute } from '../../site/paths';
import { articleClaims } from '../../data/article-claims';
import { articleOf, STATUS_LABEL } from '../../views/article-claims';

const COLUMNS = ['id', 'article', 'speaker', 'quote', 'status', 'verdict', 'page', 'why'] as const;

export const GET: APIRoute = ({ site }) => {
  const rows = articleClaims.claims.map((c) => {
    const a = articleOf(c);
    return {
      id: c.id,
      article: `${a.author}, ${a.title}`,
      speaker: c.speaker ?? a.author,
      quote: c.quote,
      status: c.status,
      verdict: STATUS_LABEL[c.status],
      page: c.page ? absolute(c.page, site) : null,
      why: c.why,
    };
  });
  return new Response(toCsvFile(COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

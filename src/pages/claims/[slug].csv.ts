// /claims/{slug}.csv: every figure a claim page shows (claimed and computed figures, comparisons, placebo), formula-safe.
import type { APIRoute } from 'astro';
import { toCsvFile } from '../../lib/format/csv';
import { claimSlugs, claimView } from '../../views/claims';

export function getStaticPaths() {
  return claimSlugs().map((slug) => ({ params: { slug } }));
}

export const GET: APIRoute = ({ params }) => {
  const v = claimView(params.slug!);
  return new Response(toCsvFile(v.csv.columns, v.csv.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

// /compare/data/{pair}.json: what the test-your-own-seats page needs for one election pair (votes, context, regions).
import type { APIRoute } from 'astro';
import { pairIds, pairPayload } from '../../../views/compare';

export function getStaticPaths() {
  return pairIds().map((pair) => ({ params: { pair } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(pairPayload(params.pair!)), { headers: { 'Content-Type': 'application/json' } });

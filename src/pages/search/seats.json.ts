// /search/seats.json: the compact name index the search box downloads on first use.
import { seats } from '../../data/index';
import { buildSearchIndex } from '../../lib/search/seat-index';

export function GET(): Response {
  return new Response(JSON.stringify(buildSearchIndex(seats())), { headers: { 'Content-Type': 'application/json' } });
}

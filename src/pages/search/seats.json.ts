// /search/seats.json: the compact name index (with the curated other names) the search box downloads on first use.
import { seats } from '../../data/index';
import { seatAliases } from '../../data/seat-aliases';
import { buildSearchIndex } from '../../lib/search/seat-index';

export function GET(): Response {
  const all = seats();
  return new Response(JSON.stringify(buildSearchIndex(all, seatAliases(all))), {
    headers: { 'Content-Type': 'application/json' },
  });
}

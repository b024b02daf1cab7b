// Where the search box gets its data and sends people, as paths under the site's base URL (ending in "/").
import type { SearchSeat } from './seat-index';

/** Written from buildSearchIndex(...) as JSON. */
export const SEARCH_INDEX_PATH = 'search/seats.json';
/** The A–Z list of seats: the no-JavaScript fallback and the form's action. */
export const SEATS_LIST_PATH = 'seats/';

/** The seat's permanent page, as src/site/paths.ts seatUrl builds it: `${base}seat/{ONS code}/`. */
export function seatHref(base: string, seat: Pick<SearchSeat, 'code'>): string {
  return `${base}seat/${encodeURIComponent(seat.code)}/`;
}

/** The A–Z list filtered to what was typed (src/client/seats-filter.ts), as the form sends it without JavaScript. */
export function seatsListHref(base: string, query: string): string {
  return `${base}${SEATS_LIST_PATH}?${new URLSearchParams({ q: query.trim() }).toString()}`;
}

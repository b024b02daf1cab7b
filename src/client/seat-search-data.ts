// SeatSearch's seat index, fetched once (fetch-json.ts) and keyed by set and code.
import { SEARCH_INDEX_PATH } from '../lib/search/paths';
import { fetchJson } from './fetch-json';
import { seatsOfIndex, type SearchIndex, type SearchSeat } from '../lib/search/seat-index';

export interface Seats {
  index: SearchIndex;
  byKey: Map<string, SearchSeat>;
}

const seatsByBase = new Map<string, Promise<Seats>>();

export function loadSeats(base: string): Promise<Seats> {
  let p = seatsByBase.get(base);
  if (!p) {
    p = fetchJson<SearchIndex>(base, SEARCH_INDEX_PATH).then((index) => ({
      index,
      byKey: new Map(seatsOfIndex(index).map((s) => [`${s.boundarySet}:${s.code}`, s])),
    }));
    p.catch(() => seatsByBase.delete(base));
    seatsByBase.set(base, p);
  }
  return p;
}

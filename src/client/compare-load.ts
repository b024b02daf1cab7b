// The compare page's data, each fetched once from the site (fetch-json.ts): a pair's seat tables and the names of
// every seat. A failed load is tried again next time.
import type { PasteSeat } from '../lib/compare/paste';
import { seatsOfIndex, type SearchIndex } from '../lib/search/seat-index';
import { hydrate, type PairPayload } from '../lib/compare/payload';
import type { Loaded } from './compare-result';
import { fetchJson } from './fetch-json';
import { SEARCH_INDEX_PATH } from '../lib/search/paths';

export function compareLoader(base: string): {
  loadPair(id: string): Promise<Loaded>;
  loadSeats(): Promise<PasteSeat[]>;
} {
  const loaded = new Map<string, Promise<Loaded>>();
  let allSeats: Promise<PasteSeat[]> | null = null;

  function loadPair(id: string): Promise<Loaded> {
    let p = loaded.get(id);
    if (!p) {
      p = fetchJson<PairPayload>(base, `compare/data/${encodeURIComponent(id)}.json`).then(
        (payload) => ({
          ...hydrate(payload),
          payload,
          names: new Map(payload.seats.map(([code, name]) => [code, name])),
        }),
        (e: Error) => {
          loaded.delete(id);
          throw new Error(`could not load the data for ${id} (${e.message})`);
        },
      );
      loaded.set(id, p);
    }
    return p;
  }

  function loadSeats(): Promise<PasteSeat[]> {
    allSeats ??= fetchJson<SearchIndex>(base, SEARCH_INDEX_PATH).then(
      (index) => seatsOfIndex(index).map((s) => ({ code: s.code, name: s.name, boundarySet: s.boundarySet })),
      (e: Error) => {
        allSeats = null;
        throw new Error(`could not load the seat names (${e.message})`);
      },
    );
    return allSeats;
  }

  return { loadPair, loadSeats };
}

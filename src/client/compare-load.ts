// The compare page's data, each fetched once from the site: a pair's seat tables and the names of every seat.
import type { PasteSeat } from '../lib/compare/paste';
import { seatsOfIndex, type SearchIndex } from '../lib/search/seat-index';
import { hydrate, type PairPayload } from '../lib/compare/payload';
import type { Loaded } from './compare-result';

export function compareLoader(base: string): {
  loadPair(id: string): Promise<Loaded>;
  loadSeats(): Promise<PasteSeat[]>;
} {
  const loaded = new Map<string, Promise<Loaded>>();
  let allSeats: Promise<PasteSeat[]> | null = null;

  function loadPair(id: string): Promise<Loaded> {
    let p = loaded.get(id);
    if (!p) {
      p = fetch(`${base}compare/data/${encodeURIComponent(id)}.json`, { credentials: 'same-origin' })
        .then((r) => {
          if (!r.ok) throw new Error(`could not load the data for ${id} (${r.status})`);
          return r.json() as Promise<PairPayload>;
        })
        .then((payload) => ({
          ...hydrate(payload),
          payload,
          names: new Map(payload.seats.map(([code, name]) => [code, name])),
        }));
      loaded.set(id, p);
    }
    return p;
  }

  function loadSeats(): Promise<PasteSeat[]> {
    allSeats ??= fetch(`${base}search/seats.json`, { credentials: 'same-origin' })
      .then((r) => {
        if (!r.ok) throw new Error(`could not load the seat names (${r.status})`);
        return r.json() as Promise<SearchIndex>;
      })
      .then((index) => seatsOfIndex(index).map((s) => ({ code: s.code, name: s.name, boundarySet: s.boundarySet })));
    return allSeats;
  }

  return { loadPair, loadSeats };
}

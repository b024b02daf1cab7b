// SeatSearch's downloads: JSON from this site only, each URL fetched once, and the seat index keyed by set and code.
import { SEARCH_INDEX_PATH } from '../lib/search/paths';
import { seatsOfIndex, type SearchIndex, type SearchSeat } from '../lib/search/seat-index';

const downloads = new Map<string, Promise<unknown>>();

class DownloadError extends Error {}

/** Fetches JSON from this site only (mode same-origin refuses anything else), once per URL; with `missingIsNull`, a 404 gives null. */
export function getJson<T>(base: string, path: string, missingIsNull = false): Promise<T> {
  const url = new URL(`${base}${path}`, window.location.href);
  if (url.origin !== window.location.origin) return Promise.reject(new DownloadError(`not on this site: ${url.href}`));
  let p = downloads.get(url.href);
  if (!p) {
    p = fetch(url.href, { mode: 'same-origin', credentials: 'same-origin' }).then((r) => {
      if (missingIsNull && r.status === 404) return null;
      if (!r.ok) throw new DownloadError(`HTTP ${r.status} for ${url.pathname}`);
      return r.json() as Promise<unknown>;
    });
    p.catch(() => downloads.delete(url.href));
    downloads.set(url.href, p);
  }
  return p as Promise<T>;
}

export interface Seats {
  index: SearchIndex;
  byKey: Map<string, SearchSeat>;
}

const seatsByBase = new Map<string, Promise<Seats>>();

export function loadSeats(base: string): Promise<Seats> {
  let p = seatsByBase.get(base);
  if (!p) {
    p = getJson<SearchIndex>(base, SEARCH_INDEX_PATH).then((index) => ({
      index,
      byKey: new Map(seatsOfIndex(index).map((s) => [`${s.boundarySet}:${s.code}`, s])),
    }));
    p.catch(() => seatsByBase.delete(base));
    seatsByBase.set(base, p);
  }
  return p;
}

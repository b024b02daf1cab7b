// As-you-type seat search: whole-name prefix first, then word prefixes, then substrings; current seats before
// 2010-2023 seats of the same name.
import { normaliseName } from './normalise';
import { seatsOfIndex, type SearchIndex, type SearchSeat } from './seat-index';

export type MatchKind = 'exact' | 'prefix' | 'word' | 'substring';

export interface SearchHit extends SearchSeat {
  match: MatchKind;
}

interface Prepared {
  seat: SearchSeat;
  norm: string;
  words: string[];
  compact: string;
}

const RANK: Record<MatchKind, number> = { exact: 0, prefix: 1, word: 2, substring: 3 };
const MAX_QUERY = 100;
const prepared = new WeakMap<SearchIndex, Prepared[]>();

function prepare(index: SearchIndex): Prepared[] {
  let p = prepared.get(index);
  if (!p) {
    p = seatsOfIndex(index).map((seat) => {
      const norm = normaliseName(seat.name);
      return { seat, norm, words: norm.split(' '), compact: norm.replace(/ /g, '') };
    });
    prepared.set(index, p);
  }
  return p;
}

function matchKind(p: Prepared, query: string, tokens: readonly string[], compactQuery: string): MatchKind | null {
  if (p.norm === query) return 'exact';
  if (p.norm.startsWith(query)) return 'prefix';
  if (tokens.every((t) => p.words.some((w) => w.startsWith(t)))) return 'word';
  if (tokens.every((t) => p.norm.includes(t)) || p.compact.includes(compactQuery)) return 'substring';
  return null;
}

/** Seats matching what has been typed so far, best first, at most `limit` (Infinity for all). */
export function searchSeats(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = normaliseName(query.slice(0, MAX_QUERY));
  if (q === '') return [];
  const tokens = q.split(' ');
  const compactQuery = q.replace(/ /g, '');
  const hits: { p: Prepared; match: MatchKind }[] = [];
  for (const p of prepare(index)) {
    const match = matchKind(p, q, tokens, compactQuery);
    if (match) hits.push({ p, match });
  }
  hits.sort((a, b) =>
    RANK[a.match] - RANK[b.match]
    || (a.p.norm < b.p.norm ? -1 : a.p.norm > b.p.norm ? 1 : 0)
    || (a.p.seat.boundarySet === b.p.seat.boundarySet ? 0 : a.p.seat.boundarySet === '2024' ? -1 : 1)
    || a.p.seat.code.localeCompare(b.p.seat.code));
  return hits.slice(0, Math.max(0, limit)).map(({ p, match }) => ({ ...p.seat, match }));
}

// As-you-type seat search: an ONS code first, then whole-name prefix, word prefixes, substrings, and last names within
// a few typing mistakes (edit distance, fastest-levenshtein) when nothing else matches; other names (aliases) count
// like the seat's own name.
// Current seats come before 2010-2023 seats of the same name.
// It also decides what Search opens (searchAnswer: one seat, or the list of matches), and holds the typing-mistake
// cost /compare/ uses for its "Did you mean" (typoCost).
import { distance } from 'fastest-levenshtein';
import { normaliseName } from './normalise';
import { seatsOfIndex, type SearchIndex, type SearchSeat } from './seat-index';

export type MatchKind = 'code' | 'exact' | 'prefix' | 'word' | 'substring' | 'fuzzy';

export interface SearchHit extends SearchSeat {
  match: MatchKind;
  /** The other name that matched, when it was not the seat's own name. */
  via?: string;
}

interface Name {
  norm: string;
  words: string[];
  compact: string;
  alias: string | null;
}

interface Prepared {
  seat: SearchSeat;
  names: Name[];
}

const RANK: Record<MatchKind, number> = { code: 0, exact: 1, prefix: 2, word: 3, substring: 4, fuzzy: 5 };
const MAX_QUERY = 100;
const ONS_CODE = /^[ewsn][0-9]{8}$/;
const prepared = new WeakMap<SearchIndex, Prepared[]>();

function prepareName(text: string, alias: string | null): Name {
  const norm = normaliseName(text);
  return { norm, words: norm.split(' '), compact: norm.replace(/ /g, ''), alias };
}

function prepare(index: SearchIndex): Prepared[] {
  let p = prepared.get(index);
  if (!p) {
    p = seatsOfIndex(index).map((seat) => ({
      seat,
      names: [prepareName(seat.name, null), ...(seat.aliases ?? []).map((a) => prepareName(a, a))],
    }));
    prepared.set(index, p);
  }
  return p;
}

/** Typing mistakes allowed in a word of this length: none up to 3 letters, 1 up to 5, then 2. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : 2;
}

/** Edits needed for `token` to be a word of the name or the start of one (Infinity when none is close enough). */
function tokenCost(token: string, words: readonly string[]): number {
  const allowed = allowedEdits(token.length);
  let best = Infinity;
  for (const w of words) {
    if (w.startsWith(token)) return 0;
    if (allowed === 0) continue;
    const whole = distance(token, w);
    const start = w.length > token.length ? distance(token, w.slice(0, token.length)) : Infinity;
    best = Math.min(best, whole, start);
  }
  return best <= allowed ? best : Infinity;
}

/** Typing mistakes for every word typed to be a word of the name or the start of one (Infinity when too many). */
export function typoCost(tokens: readonly string[], words: readonly string[]): number {
  return tokens.reduce((sum, t) => sum + tokenCost(t, words), 0);
}

function matchKind(n: Name, query: string, tokens: readonly string[], compactQuery: string): MatchKind | null {
  if (n.norm === query) return 'exact';
  if (n.norm.startsWith(query)) return 'prefix';
  if (tokens.every((t) => n.words.some((w) => w.startsWith(t)))) return 'word';
  if (tokens.every((t) => n.norm.includes(t)) || n.compact.includes(compactQuery)) return 'substring';
  return null;
}

/** Seats matching what has been typed so far, best first, at most `limit` (Infinity for all). */
export function searchSeats(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = normaliseName(query.slice(0, MAX_QUERY));
  if (q === '') return [];
  const all = prepare(index);
  if (ONS_CODE.test(q)) {
    const code = q.toUpperCase();
    return all
      .filter((p) => p.seat.code === code)
      .sort((a, b) => (a.seat.boundarySet === b.seat.boundarySet ? 0 : a.seat.boundarySet === '2024' ? -1 : 1))
      .slice(0, Math.max(0, limit))
      .map((p) => ({ ...p.seat, match: 'code' as const }));
  }
  const tokens = q.split(' ');
  const compactQuery = q.replace(/ /g, '');
  const hits: { p: Prepared; match: MatchKind; cost: number; name: Name }[] = [];
  for (const p of all) {
    let best: { match: MatchKind; name: Name } | null = null;
    for (const n of p.names) {
      const m = matchKind(n, q, tokens, compactQuery);
      if (m && (!best || RANK[m] < RANK[best.match])) best = { match: m, name: n };
    }
    if (best) hits.push({ p, ...best, cost: 0 });
  }
  if (hits.length === 0) {
    const found = new Set(hits.map((h) => h.p));
    for (const p of all) {
      if (found.has(p)) continue;
      let best: { cost: number; name: Name } | null = null;
      for (const n of p.names) {
        const cost = typoCost(tokens, n.words);
        if (cost < Infinity && (!best || cost < best.cost)) best = { cost, name: n };
      }
      if (best) hits.push({ p, match: 'fuzzy', ...best });
    }
  }
  hits.sort(
    (a, b) =>
      RANK[a.match] - RANK[b.match] ||
      a.cost - b.cost ||
      (a.name.norm < b.name.norm ? -1 : a.name.norm > b.name.norm ? 1 : 0) ||
      (a.p.seat.boundarySet === b.p.seat.boundarySet ? 0 : a.p.seat.boundarySet === '2024' ? -1 : 1) ||
      a.p.seat.code.localeCompare(b.p.seat.code),
  );
  return hits
    .slice(0, Math.max(0, limit))
    .map(({ p, match, name }) => (name.alias ? { ...p.seat, match, via: name.alias } : { ...p.seat, match }));
}

export type SearchAnswer = { kind: 'seat'; seat: SearchHit } | { kind: 'list'; count: number } | { kind: 'none' };

/**
 * What Search (or Enter with no option chosen) does with a name or code. It opens a seat only when the text
 * identifies one: an ONS code; the exact name or other name of one 2024 seat (Putney, though a 2010-2023 seat shares
 * it); the exact name of one 2010-2023 seat that no 2024 seat matches (Richmond (Yorks), not Kensington, whose name
 * starts Kensington and Bayswater); or matches that all bear one name (putny: Putney, new and old), the 2024 seat
 * among them or the only one. Otherwise the matches go to the list (Edinburgh, Isle of Wight), or there are none.
 */
export function searchAnswer(index: SearchIndex, query: string): SearchAnswer {
  const hits = searchSeats(index, query, Infinity);
  const top = hits[0];
  if (!top) return { kind: 'none' };
  if (top.match === 'code') return { kind: 'seat', seat: top };
  const current = (hs: readonly SearchHit[]) => hs.filter((h) => h.boundarySet === '2024');
  const exact = hits.filter((h) => h.match === 'exact');
  const only = (hs: readonly SearchHit[]) => (hs.length === 1 ? hs[0] : undefined);
  const seat =
    only(current(exact)) ??
    (current(hits).length === 0 ? only(exact) : undefined) ??
    (new Set(hits.map((h) => normaliseName(h.name))).size === 1 ? (only(current(hits)) ?? only(hits)) : undefined);
  return seat ? { kind: 'seat', seat } : { kind: 'list', count: hits.length };
}

/** True for an ONS constituency code ("E14001434"), typed in any case with spaces around. */
export function looksLikeSeatCode(text: string): boolean {
  return ONS_CODE.test(normaliseName(text));
}

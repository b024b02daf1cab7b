// Reads a typed or pasted list of seats (names, ONS codes or postcodes, one per line or separated by commas, semicolons
// or tabs) and resolves each entry against the seats of one boundary set, reporting every entry it does not use and why.
// Postcodes arrive already placed (`places`, from postcode-place.ts): their district files are fetched by the page.
import type { BoundarySet } from '../elections';
import type { PostcodePlace } from './postcode-place';
import { isSeatCode } from '../geography';
import { normaliseName } from '../search/normalise';
import { nearMatches, typoMatch, type Named } from './paste-near';

export interface PasteSeat {
  code: string;
  name: string;
  boundarySet: BoundarySet;
}

export type PasteEntry =
  /** A seat of the chosen boundary set, read from its code or its exact name. */
  | {
      status: 'seat';
      input: string;
      code: string;
      name: string;
      via: 'code' | 'name' | 'postcode';
      sameNameInOtherSet: boolean;
      /** For a postcode: which seat it is ("the seat SW15 1AA is in on the 2024 boundaries"). */
      placed?: string;
    }
  /** A postcode that gives no seat on these boundaries, or several to choose from. */
  | { status: 'postcode'; input: string; reason: string; candidates: Named[] }
  /** Listed earlier in the same text (used once). */
  | { status: 'duplicate'; input: string; code: string; name: string }
  /** Already in the reader's list before this text was added. */
  | { status: 'already-chosen'; input: string; code: string; name: string }
  /** A seat, but on the other boundaries. */
  | { status: 'other-boundary-set'; input: string; code: string; name: string; boundarySet: BoundarySet }
  /** Matches the start of several seat names and none exactly. */
  | { status: 'ambiguous'; input: string; candidates: Named[]; more: number }
  /** Not a seat: an unknown code, or a name that matches no seat exactly (with the one near match, if there is one). */
  | { status: 'unknown'; input: string; reason: 'code-not-found' | 'no-such-name'; suggestion: Named | null };

export interface PasteResult {
  entries: PasteEntry[];
  /** Codes of the seats to add, in the order they were listed, each once. */
  codes: string[];
  /** Entries beyond the limit, not read at all (0 normally). */
  skipped: number;
}

export interface PasteOptions {
  /** Codes already in the reader's list. */
  chosen?: Iterable<string>;
  /** At most this many entries are read (default 2,000). */
  maxEntries?: number;
  /** Postcode entries, as split from the text, placed on the pair's boundaries. */
  places?: ReadonlyMap<string, PostcodePlace>;
}

/** Longest entry shown back to the reader; longer input is cut with an ellipsis. */
const MAX_SHOWN = 80;
const MAX_CANDIDATES = 12;

export function boundarySetLabel(set: BoundarySet): string {
  return set === '2024' ? '2024 boundaries' : '2010–2023 boundaries';
}

/** The entry as shown back: whitespace collapsed, cut at 80 characters. */
export function shownInput(raw: string): string {
  const s = raw.replace(/\s+/g, ' ').trim();
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 1)}…` : s;
}

interface Lookup {
  byCode: Map<string, PasteSeat>;
  otherByCode: Map<string, PasteSeat>;
  byName: Map<string, PasteSeat[]>;
  otherByName: Map<string, PasteSeat[]>;
  prepared: { seat: PasteSeat; norm: string; words: string[] }[];
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function lookup(seats: readonly PasteSeat[], set: BoundarySet): Lookup {
  const l: Lookup = {
    byCode: new Map(),
    otherByCode: new Map(),
    byName: new Map(),
    otherByName: new Map(),
    prepared: [],
  };
  for (const s of seats) {
    const norm = normaliseName(s.name);
    if (s.boundarySet === set) {
      l.byCode.set(s.code, s);
      push(l.byName, norm, s);
      l.prepared.push({ seat: s, norm, words: norm.split(' ') });
    } else {
      l.otherByCode.set(s.code, s);
      push(l.otherByName, norm, s);
    }
  }
  l.prepared.sort((a, b) => (a.norm < b.norm ? -1 : a.norm > b.norm ? 1 : 0));
  return l;
}

const codeOf = (text: string) => text.trim().toUpperCase();

/** True when the text is a whole entry: a seat code of either set or an exact seat name. */
function isWhole(text: string, l: Lookup): boolean {
  const code = codeOf(text);
  if (l.byCode.has(code) || l.otherByCode.has(code)) return true;
  const norm = normaliseName(text);
  return norm !== '' && (l.byName.has(norm) || l.otherByName.has(norm));
}

/**
 * Splits a line on commas, joining neighbouring pieces back together when together they are a seat name
 * ("Brighton, Pavilion"): the longest run that names a seat wins, else a single piece is one entry.
 */
function splitCommas(line: string, l: Lookup): string[] {
  const pieces = line.split(',');
  const out: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    let taken = 1;
    for (let j = pieces.length; j > i + 1; j--) {
      if (isWhole(pieces.slice(i, j).join(','), l)) {
        taken = j - i;
        break;
      }
    }
    out.push(pieces.slice(i, i + taken).join(','));
    i += taken;
  }
  return out;
}

/** The entries of a text, blank ones removed. */
export function splitEntries(text: string, seats: readonly PasteSeat[], set: BoundarySet): string[] {
  return splitWith(text, lookup(seats, set));
}

function splitWith(text: string, l: Lookup): string[] {
  return text
    .split(/\r\n|\n|\r|;|\t/)
    .flatMap((line) => splitCommas(line, l))
    .map((e) => e.trim())
    .filter((e) => e !== '');
}

function resolveOne(raw: string, l: Lookup, places?: ReadonlyMap<string, PostcodePlace>): PasteEntry {
  const input = shownInput(raw);
  const code = codeOf(raw);
  const place = places?.get(raw);
  if (place) {
    const seat = place.code === null ? undefined : l.byCode.get(place.code);
    if (!seat) return { status: 'postcode', input, reason: place.reason, candidates: place.candidates };
    return {
      status: 'seat',
      input,
      code: seat.code,
      name: seat.name,
      via: 'postcode',
      sameNameInOtherSet: false,
      placed: place.reason,
    };
  }
  if (isSeatCode(code)) {
    const seat = l.byCode.get(code);
    if (seat) return { status: 'seat', input, code, name: seat.name, via: 'code', sameNameInOtherSet: false };
    const other = l.otherByCode.get(code);
    if (other) return { status: 'other-boundary-set', input, code, name: other.name, boundarySet: other.boundarySet };
    return { status: 'unknown', input, reason: 'code-not-found', suggestion: null };
  }
  const norm = normaliseName(raw);
  const exact = l.byName.get(norm) ?? [];
  if (exact.length === 1) {
    const s = exact[0]!;
    return {
      status: 'seat',
      input,
      code: s.code,
      name: s.name,
      via: 'name',
      sameNameInOtherSet: l.otherByName.has(norm),
    };
  }
  if (exact.length > 1) {
    return {
      status: 'ambiguous',
      input,
      candidates: exact.slice(0, MAX_CANDIDATES).map(({ code: c, name }) => ({ code: c, name })),
      more: Math.max(0, exact.length - MAX_CANDIDATES),
    };
  }
  const other = l.otherByName.get(norm);
  if (other && other.length > 0) {
    const s = other[0]!;
    return { status: 'other-boundary-set', input, code: s.code, name: s.name, boundarySet: s.boundarySet };
  }
  const near = nearMatches(norm, l.prepared);
  if (near.length > 1)
    return {
      status: 'ambiguous',
      input,
      candidates: near.slice(0, MAX_CANDIDATES),
      more: Math.max(0, near.length - MAX_CANDIDATES),
    };
  return { status: 'unknown', input, reason: 'no-such-name', suggestion: near[0] ?? typoMatch(norm, l.prepared) };
}

/** Resolves every entry of the text against the seats of `set`; `seats` may hold both boundary sets. */
export function resolvePaste(
  text: string,
  seats: readonly PasteSeat[],
  set: BoundarySet,
  options: PasteOptions = {},
): PasteResult {
  const l = lookup(seats, set);
  const all = splitWith(text, l);
  const max = options.maxEntries ?? 2000;
  const chosen = new Set(options.chosen ?? []);
  const seen = new Set<string>();
  const entries: PasteEntry[] = [];
  const codes: string[] = [];
  for (const raw of all.slice(0, max)) {
    const e = resolveOne(raw, l, options.places);
    if (e.status !== 'seat') {
      entries.push(e);
      continue;
    }
    if (seen.has(e.code)) entries.push({ status: 'duplicate', input: e.input, code: e.code, name: e.name });
    else if (chosen.has(e.code)) entries.push({ status: 'already-chosen', input: e.input, code: e.code, name: e.name });
    else {
      entries.push(e);
      codes.push(e.code);
    }
    seen.add(e.code);
  }
  return { entries, codes, skipped: Math.max(0, all.length - max) };
}

/** Plain-words line for one entry, for the list shown back to the reader. */
export function describeEntry(e: PasteEntry, set: BoundarySet): string {
  switch (e.status) {
    case 'seat':
      if (e.placed) return `“${e.input}”: added ${e.name} (${e.code}), ${e.placed}.`;
      return e.sameNameInOtherSet
        ? `“${e.input}”: added ${e.name} (${e.code}), the seat on the ${boundarySetLabel(set)}; a seat of the same name also exists on the ${boundarySetLabel(set === '2010' ? '2024' : '2010')}.`
        : `“${e.input}”: added ${e.name} (${e.code}).`;
    case 'duplicate':
      return `“${e.input}”: ${e.name} is listed more than once; it is used once.`;
    case 'already-chosen':
      return `“${e.input}”: ${e.name} is already in your list.`;
    case 'other-boundary-set':
      return `“${e.input}”: ${e.name} (${e.code}) is a seat on the ${boundarySetLabel(e.boundarySet)}, but this election pair uses the ${boundarySetLabel(set)}. Not added.`;
    case 'ambiguous':
      return `“${e.input}” matches ${e.candidates.length + e.more} seats (${e.candidates.map((c) => c.name).join('; ')}${e.more ? `; and ${e.more} more` : ''}). Not added: give the full name or the code.`;
    case 'postcode':
      return e.candidates.length ? `“${e.input}”: ${e.reason}` : `“${e.input}”: ${e.reason} Not added.`;
    case 'unknown':
      if (e.reason === 'code-not-found') return `“${e.input}” is not the code of any seat in the data. Not added.`;
      return e.suggestion
        ? `“${e.input}” is not a seat name. Did you mean ${e.suggestion.name} (${e.suggestion.code})? Not added.`
        : `“${e.input}” is not a seat name, ONS code or postcode. Not added.`;
  }
}

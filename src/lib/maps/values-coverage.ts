// Cited seat sets as map layers: organiser seats by their strongest kind of link, other sets by their first attribute;
// the seats of places a set's sources name without a seat in a category of their own, after every link.
import type { ElectionId } from '../elections';
import { isParty, partyInfo } from '../parties';
import type { LegendItem } from './colour';

/** One row of a curated set, reduced to what a map needs. */
export interface CoverageRowInput {
  code: string | null;
  /** Organiser rows: the kind of link. */
  kind?: string;
  /** Seat-set rows: declared extra columns. */
  attributes?: Record<string, string>;
}

export interface CoverageSetInput {
  id: string;
  title: string;
  election: ElectionId;
  format: 'organisers' | 'seat-set';
  completeness: 'complete' | 'partial';
  caveat: string;
  /** Organisers: link kinds, strongest first. Seat sets: the first declared attribute, if any. */
  categories: readonly string[];
  /** Seat sets: the attribute column the categories come from (null for organisers or a plain set). */
  attribute: string | null;
  /** What the categories are, e.g. "Strongest link" or "Party given a clear run". */
  categoryLabel: string;
  labels: Readonly<Record<string, string>>;
  rows: readonly CoverageRowInput[];
  /** Seats of places the set's sources name without a seat (lib/place-seats); a seat of the set keeps its own link. */
  placeSeats?: readonly string[];
}

/** The category of a seat that lies in a linked place but is not itself named. */
export const LINKED_PLACE = 'linked-place';

export interface CoverageLayer {
  id: string;
  title: string;
  election: ElectionId;
  complete: boolean;
  /** What the colours mean, and for a partial list that it is partial. */
  note: string;
  categoryLabel: string;
  items: LegendItem[];
  outside: LegendItem;
  /** Seat code -> category key (seats not in the set are absent). */
  seats: Record<string, string>;
}

/** Okabe-Ito colours (safe for the common colour-vision deficiencies), for categories that are not parties. */
export const CATEGORY_COLOURS = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'] as const;
export const OUTSIDE_COLOUR = '#cfd4da';

function colourOf(key: string, index: number): string {
  return isParty(key) ? partyInfo(key).colour : CATEGORY_COLOURS[index % CATEGORY_COLOURS.length]!;
}

function labelOf(key: string, labels: Readonly<Record<string, string>>): string {
  return labels[key] ?? (isParty(key) ? partyInfo(key).name.replace(/ \(.*\)$/, '') : key);
}

/**
 * Each seat gets one category: for organiser sets the strongest link recorded for it (the first in `categories`),
 * for seat sets the value of the first attribute (or "in the set" when there is none).
 */
export function coverageLayer(input: CoverageSetInput): CoverageLayer {
  const rank = (k: string): number => {
    const i = input.categories.indexOf(k);
    return i < 0 ? input.categories.length : i;
  };
  const seats: Record<string, string> = {};
  for (const row of input.rows) {
    if (!row.code) continue;
    const key =
      input.format === 'organisers'
        ? (row.kind ?? 'in-set')
        : input.attribute
          ? (row.attributes?.[input.attribute] ?? 'in-set')
          : 'in-set';
    const had = seats[row.code];
    if (had === undefined || rank(key) < rank(had)) seats[row.code] = key;
  }
  const count = Object.keys(seats).length;
  let placeCount = 0;
  for (const code of input.placeSeats ?? [])
    if (seats[code] === undefined) {
      seats[code] = LINKED_PLACE;
      placeCount++;
    }
  const present = new Set(Object.values(seats));
  const keys = [
    ...input.categories.filter((k) => present.has(k)),
    ...[...present].filter((k) => !input.categories.includes(k)).sort(),
  ];
  const items = keys.map((key) => ({
    key,
    colour:
      key === 'in-set'
        ? CATEGORY_COLOURS[0]
        : key === LINKED_PLACE
          ? CATEGORY_COLOURS[6]
          : colourOf(key, input.categories.indexOf(key) < 0 ? 0 : input.categories.indexOf(key)),
    label:
      key === 'in-set'
        ? 'In the set'
        : key === LINKED_PLACE
          ? 'In a place the sources name, no seat named'
          : labelOf(key, input.labels),
  }));
  const partial = input.completeness === 'partial';
  const seatsWord = (n: number) => `${n} ${n === 1 ? 'seat' : 'seats'}`;
  const places = placeCount
    ? ` ${placeCount} more ${placeCount === 1 ? 'seat lies' : 'seats lie'} in places the sources name without naming a seat; they are not counted as covered.`
    : '';
  const note = partial
    ? `${seatsWord(count)}. This list is partial: it holds only the seats that public sources name, so a grey seat may have been covered too.${places}`
    : `${seatsWord(count)}. This list is complete.${places}`;
  return {
    id: input.id,
    title: input.title,
    election: input.election,
    complete: !partial,
    note: input.format === 'organisers' ? `Each seat is coloured by its strongest recorded link. ${note}` : note,
    categoryLabel: input.categoryLabel,
    items,
    outside: {
      key: 'outside',
      colour: OUTSIDE_COLOUR,
      label: partial ? 'Not named in the list (the list is partial)' : 'Not in the set',
    },
    seats,
  };
}

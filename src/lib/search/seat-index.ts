// The compact seat-name index the search box downloads: both boundary sets, names, regions and page slugs.
import { regionByCode, slugify } from '../geography';

export type BoundarySet = '2010' | '2024';

export interface SearchSeat {
  code: string;
  name: string;
  boundarySet: BoundarySet;
  /** The seat's name slug (kept for name-based links; seatHref links by code). */
  slug: string;
  /** Region name, or an ONS region/nation code (E12…, W92…, S92…, N92…), which the index stores as its name. */
  region: string;
  /** Other names people use for the seat (data/seat-aliases.csv). */
  aliases?: string[];
}

/** [code, name, region index, slug when it is not slugify(name)]. */
export type IndexRow = [string, string, number] | [string, string, number, string];

export interface SearchIndex {
  v: 1;
  regions: string[];
  /** Current (2024) seats. */
  current: IndexRow[];
  /** 2010-2023 seats. */
  old: IndexRow[];
  /** [code, boundary set, other name]. */
  aliases?: [string, BoundarySet, string][];
}

/** Packs seats (and their aliases) into the index JSON; throws on a duplicate code within a boundary set or an empty name. */
export function buildSearchIndex(
  seats: readonly SearchSeat[],
  aliases: readonly { code: string; boundarySet: BoundarySet; alias: string }[] = [],
): SearchIndex {
  const regionName = (region: string) => regionByCode(region)?.name ?? region;
  const regions = [...new Set(seats.map((s) => regionName(s.region)))].sort();
  const regionIndex = new Map(regions.map((r, i) => [r, i]));
  const seen = new Set<string>();
  const rows: Record<BoundarySet, IndexRow[]> = { '2010': [], '2024': [] };
  for (const s of [...seats].sort((a, b) => a.code.localeCompare(b.code))) {
    const key = `${s.boundarySet}:${s.code}`;
    if (seen.has(key)) throw new Error(`search index: ${s.code} appears twice in the ${s.boundarySet} set`);
    if (s.name.trim() === '' || s.slug.trim() === '') throw new Error(`search index: ${s.code} has no name or slug`);
    seen.add(key);
    const region = regionIndex.get(regionName(s.region)) as number;
    rows[s.boundarySet].push(s.slug === slugify(s.name) ? [s.code, s.name, region] : [s.code, s.name, region, s.slug]);
  }
  for (const a of aliases)
    if (!seen.has(`${a.boundarySet}:${a.code}`))
      throw new Error(`search index: alias "${a.alias}" names ${a.code}, not a ${a.boundarySet} seat`);
  const index: SearchIndex = { v: 1, regions, current: rows['2024'], old: rows['2010'] };
  if (aliases.length) index.aliases = aliases.map((a) => [a.code, a.boundarySet, a.alias]);
  return index;
}

/** Unpacks the index back into seats, current seats first. */
export function seatsOfIndex(index: SearchIndex): SearchSeat[] {
  const aliases = new Map<string, string[]>();
  for (const [code, set, alias] of index.aliases ?? [])
    aliases.set(`${set}:${code}`, [...(aliases.get(`${set}:${code}`) ?? []), alias]);
  const unpack =
    (boundarySet: BoundarySet) =>
    ([code, name, region, slug]: IndexRow): SearchSeat => {
      const seat: SearchSeat = {
        code,
        name,
        boundarySet,
        slug: slug ?? slugify(name),
        region: index.regions[region] ?? '',
      };
      const other = aliases.get(`${boundarySet}:${code}`);
      if (other) seat.aliases = other;
      return seat;
    };
  return [...index.current.map(unpack('2024')), ...index.old.map(unpack('2010'))];
}

export function boundarySetLabel(set: BoundarySet): string {
  return set === '2024' ? '2024 seat' : '2010–2023 seat';
}

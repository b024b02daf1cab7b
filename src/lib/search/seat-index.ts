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
}

/** Packs seats into the index JSON; throws on a duplicate code within a boundary set or an empty name. */
export function buildSearchIndex(seats: readonly SearchSeat[]): SearchIndex {
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
  return { v: 1, regions, current: rows['2024'], old: rows['2010'] };
}

/** Unpacks the index back into seats, current seats first. */
export function seatsOfIndex(index: SearchIndex): SearchSeat[] {
  const unpack = (boundarySet: BoundarySet) => ([code, name, region, slug]: IndexRow): SearchSeat => ({
    code, name, boundarySet, slug: slug ?? slugify(name), region: index.regions[region] ?? '',
  });
  return [...index.current.map(unpack('2024')), ...index.old.map(unpack('2010'))];
}

export function boundarySetLabel(set: BoundarySet): string {
  return set === '2024' ? '2024 seat' : '2010–2023 seat';
}

// Per-area postcode slices: the pipeline's intermediate cut of the old-seat regexes, district candidates and overlaps
// (the browser fetches district files built from them, see district-file.ts).
import type { Lineage } from '../schema/lineage';
import type { LineageTuple } from './district-file';

export type { Lineage, LineageTuple };

/** Everything known about one postcode area (e.g. "SW") before the district files are built. */
export interface PostcodeSlice {
  area: string;
  /** Old (2010-2023) seat code -> regex (space-free, upper case) matching exactly its Feb 2021 postcodes in this area. */
  old: Record<string, string>;
  /** Postcode district -> candidate 2024 seat codes (May 2026 live postcodes). */
  districts: Record<string, string[]>;
  /** Old -> new population overlaps for the old seats in `old`. */
  lineage: LineageTuple[];
}

/** The list of postcode areas that have a slice, so "no such area" can be told from a failed download. */
export interface PostcodeAreasIndex {
  areas: string[];
}

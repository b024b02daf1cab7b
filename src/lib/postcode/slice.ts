// Shapes of the per-area postcode files the browser fetches, and where they are served from.
import type { Lineage } from '../schema/lineage';

export type { Lineage };

/** [old code, new code, popShareOfOld, popShareOfNew]; only pairs with popShareOfOld > 0 are kept. */
export type LineageTuple = [string, string, number, number];

/** Everything needed to resolve a postcode of one area (e.g. "SW") in one request. */
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

/** Paths under the site's base URL (import.meta.env.BASE_URL, ending in "/"). */
export const POSTCODE_DIR = 'postcodes/';
export const POSTCODE_AREAS_PATH = `${POSTCODE_DIR}areas.json`;

export function postcodeSlicePath(area: string): string {
  if (!/^[A-Z]{1,3}$/.test(area)) throw new Error(`not a postcode area: ${area}`);
  return `${POSTCODE_DIR}${area}.json`;
}

export function lineageOfSlice(slice: PostcodeSlice): Lineage[] {
  return slice.lineage.map(([o, n, popShareOfOld, popShareOfNew]) => ({ old: o, new: n, popShareOfOld, popShareOfNew }));
}

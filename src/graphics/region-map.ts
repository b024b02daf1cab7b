// Graphic family "region-map": each region's and nation's geographic map of 2024 winners, keyed by the area's slug.
import { mapGraphic } from './map-graphic';
import { MAP_AREAS } from '../views/map-data';
import type { Graphic, GraphicFamily } from './types';

export function buildRegionMap(slug: string): Graphic {
  if (!MAP_AREAS.some((a) => a.slug === slug)) throw new Error(`region-map: no area ${slug}`);
  return mapGraphic(
    'region-map',
    slug,
    slug,
    { kind: 'geo', election: '2024', mode: { kind: 'winner' } },
    `region/${slug}/#map`,
  );
}

export const regionMap: GraphicFamily = {
  family: 'region-map',
  label: 'Region and nation maps',
  keys: () => MAP_AREAS.map((a) => a.slug),
  build: buildRegionMap,
  /** The map is the region page's headline, so it is the page's social card. */
  socialCard: true,
};

// Ring winding in d3-geo's spherical convention: outer rings enclose less than a hemisphere, holes more.
import { geoArea } from 'd3';
import type { MultiPolygon, Polygon, Position } from 'geojson';

function ringArea(ring: Position[]): number {
  return geoArea({ type: 'Polygon', coordinates: [ring] });
}

/** Reverse rings wound the wrong way for d3-geo; returns the rings as fixed and how many were reversed. */
export function fixPolygonWinding(rings: Position[][]): { rings: Position[][]; fixed: number } {
  let fixed = 0;
  const out = rings.map((ring, i) => {
    if (ring.length < 4) return ring;
    const big = ringArea(ring) > 2 * Math.PI;
    const wrong = i === 0 ? big : !big;
    if (!wrong) return ring;
    fixed++;
    return [...ring].reverse();
  });
  return { rings: out, fixed };
}

export function fixWinding<G extends Polygon | MultiPolygon>(geometry: G): { geometry: G; fixed: number } {
  if (geometry.type === 'Polygon') {
    const { rings, fixed } = fixPolygonWinding(geometry.coordinates);
    return { geometry: { ...geometry, coordinates: rings }, fixed };
  }
  let fixed = 0;
  const coordinates = geometry.coordinates.map((polygon) => {
    const r = fixPolygonWinding(polygon);
    fixed += r.fixed;
    return r.rings;
  });
  return { geometry: { ...geometry, coordinates }, fixed };
}

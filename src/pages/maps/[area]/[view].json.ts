// /maps/{area}/{kind}-{set}.json: the geometry of one map view (code, path and neighbours per seat), loaded on demand.
import type { APIRoute } from 'astro';
import type { BoundarySet } from '../../../lib/elections';
import type { MapKind } from '../../../lib/maps/types';
import { toWire } from '../../../lib/maps/values-geometry';
import { BOUNDARY_SETS, MAP_AREAS, MAP_KINDS, geometryFor } from '../../../views/map-data';

export function getStaticPaths() {
  const areas = ['uk', ...MAP_AREAS.map((a) => a.slug)];
  return areas.flatMap((area) =>
    MAP_KINDS.flatMap((kind) => BOUNDARY_SETS.map((set) => ({ params: { area, view: `${kind}-${set}` } }))),
  );
}

export const GET: APIRoute = ({ params }) => {
  const [kind, set] = String(params.view).split('-') as [MapKind, BoundarySet];
  return new Response(JSON.stringify(toWire(geometryFor(String(params.area), kind, set))), {
    headers: { 'Content-Type': 'application/json' },
  });
};

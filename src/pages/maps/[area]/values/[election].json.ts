// /maps/{area}/values/{election}.json: the values of the area's seats at one election (winner, and each map metric of
// the registry), loaded by the map script on first hover or change; 'uk' holds every seat.
import type { APIRoute } from 'astro';
import { ELECTION_IDS, type ElectionId } from '../../../../lib/elections';
import { MAP_AREAS, areaValues } from '../../../../views/map-data';

export function getStaticPaths() {
  const areas = ['uk', ...MAP_AREAS.map((a) => a.slug)];
  return areas.flatMap((area) => ELECTION_IDS.map((election) => ({ params: { area, election } })));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(areaValues(String(params.area), params.election as ElectionId)), {
    headers: { 'Content-Type': 'application/json' },
  });

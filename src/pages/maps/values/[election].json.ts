// /maps/values/{election}.json: every seat's values at one election (winner, shares, changes, swing, majority, turnout).
import type { APIRoute } from 'astro';
import { ELECTION_IDS, type ElectionId } from '../../../lib/elections';
import { electionValues } from '../../../views/map-data';

export function getStaticPaths() {
  return ELECTION_IDS.map((election) => ({ params: { election } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(electionValues(params.election as ElectionId)), { headers: { 'Content-Type': 'application/json' } });

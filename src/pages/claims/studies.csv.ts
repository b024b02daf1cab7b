// /claims/studies.csv: what studies of local campaigning found, with sources, how each was read and its confidence.
import type { APIRoute } from 'astro';
import { campaignStudies } from '../../data/campaign-studies';
import { campaignStudiesCsv } from '../../lib/publish/campaign-studies';

export const GET: APIRoute = () =>
  new Response(campaignStudiesCsv(campaignStudies), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

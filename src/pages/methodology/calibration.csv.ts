// /methodology/calibration.csv: every cell of every measure's placebo calibration, as /methodology/ sums it up.
import type { APIRoute } from 'astro';
import { calibrations } from '../../data/calibration';
import { calibrationCsv } from '../../lib/publish/calibration';

export const GET: APIRoute = () =>
  new Response(calibrationCsv(calibrations), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

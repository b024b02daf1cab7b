// /methodology/calibration.csv: every cell of every measure's placebo calibration, as /methodology/ sums it up; the runs
// with the seats of linked places left out as measure "{id}-linked".
import type { APIRoute } from 'astro';
import { calibrations, linkedCalibrations } from '../../data/calibration';
import { calibrationCsv } from '../../lib/publish/calibration';

export const GET: APIRoute = () =>
  new Response(calibrationCsv([...calibrations, ...linkedCalibrations.map((c) => ({ ...c, id: `${c.id}-linked` }))]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

// The placebo calibration of every measure (data/calibration*.json) as one downloadable CSV, /methodology/calibration.csv:
// a row per measure, election pair, way of drawing seats, set size and comparison, with what the calibration found and
// whether it met its target (a missed cell withholds its figure on the site).
import { toCsvFile } from '../format/csv';
import { roundTo } from '../format/numbers';
import type { CalibrationFile } from '../schema/calibration';
import { rowOffTarget } from '../stats/calibration';

export const CALIBRATION_COLUMNS = [
  'measure',
  'outcome',
  'pair',
  'drawn',
  'set_size',
  'comparison',
  'sets',
  'with_interval',
  'coverage',
  'with_p',
  'p_below_005',
  'says_unlikely_chance',
  'mean_width',
  'on_target',
  'data_version',
] as const;

const COMPARISON = {
  others: 'other seats',
  matched: 'matched seats',
  'placebo-did': 'placebo',
  average: 'set average',
};
const rate = (x: number | null) => (x === null ? null : roundTo(x, 4));

export function calibrationCsv(runs: readonly { id: string; file: CalibrationFile }[]): string {
  const rows = runs.flatMap(({ id, file }) =>
    file.rows.map((r) => ({
      measure: id,
      outcome: file.outcome,
      pair: r.pair,
      drawn: r.mode,
      set_size: r.size,
      comparison: COMPARISON[r.against],
      sets: r.sets,
      with_interval: r.withInterval,
      coverage: rate(r.coverage),
      with_p: r.withP,
      p_below_005: rate(r.falsePositive),
      says_unlikely_chance: rate(r.crying),
      mean_width: r.meanWidth === null ? null : roundTo(r.meanWidth, 2),
      on_target: r.coverage === null && r.falsePositive === null ? null : !rowOffTarget(r),
      data_version: file.dataVersion,
    })),
  );
  return toCsvFile(CALIBRATION_COLUMNS, rows);
}

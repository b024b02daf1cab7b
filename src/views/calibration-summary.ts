// The placebo calibration as the methodology page reports it: which cells miss their targets (a 95% interval should
// contain its true value 93-97% of the time; p < 0.05 at most 6%), and a one-line account of each measure's whole run.
import { outcomeByKey } from '../lib/compare/settings';
import type { CalibrationFile } from '../lib/schema/calibration';
import { formatRate, rowOffTarget } from '../lib/stats/calibration';

/** The claims' headline measures, named as such. */
const HEADLINE: Record<string, string> = {
  'swing:butler': 'the organiser claims’ headline measure',
  'combinedChange:ld+green+pc': 'the Unite to Remain claim’s measure',
};

/** The measure a calibration file ran on, in words (as /compare/ labels it, lower-cased). */
export function measureWords(outcome: string): string {
  const label = outcomeByKey(outcome)?.label;
  const words = label ? `${label[0]!.toLowerCase()}${label.slice(1)}` : outcome;
  return HEADLINE[outcome] ? `${words} (${HEADLINE[outcome]})` : words;
}

const against = {
  others: 'against other seats',
  matched: 'against matched seats',
  'placebo-did': 'the placebo',
  average: "the set's own average",
} as const;

/** One sentence on a whole run: how many cells show a figure, the range of coverage, and every cell off target. */
export function runSummary(file: CalibrationFile): string {
  const shown = file.rows.filter((r) => r.coverage !== null || r.falsePositive !== null);
  const covs = shown.flatMap((r) => (r.coverage === null ? [] : [r.coverage]));
  const fps = shown.flatMap((r) => (r.falsePositive === null ? [] : [r.falsePositive]));
  const off = shown.filter(rowOffTarget);
  const range = covs.length
    ? `95% intervals held the true value ${formatRate(Math.min(...covs))} to ${formatRate(Math.max(...covs))} of the time`
    : '';
  const fp = fps.length ? `p fell below 0.05 at most ${formatRate(Math.max(...fps))} of the time` : '';
  const misses = off.length
    ? `; off target: ${off.map((r) => `${r.pair}, ${r.mode}, ${r.size} seats, ${against[r.against]} (${r.coverage === null ? '' : `interval ${formatRate(r.coverage)}`}${r.coverage !== null && r.falsePositive !== null ? ', ' : ''}${r.falsePositive === null ? '' : `p < 0.05 ${formatRate(r.falsePositive)}`})`).join('; ')}`
    : ', all within target';
  const measure = measureWords(file.outcome);
  return `${measure[0]!.toUpperCase()}${measure.slice(1)}: ${shown.length} cells show a figure; ${[range, fp].filter(Boolean).join(', and ')}${misses}.`;
}

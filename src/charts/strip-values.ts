// The values a strip chart's axis must cover, shared by the Plot spec (claim-strip.ts) and the hand layout
// (compare-strip.ts); free of Plot so the browser's compare chart does not bundle it.
import type { StripInput } from './claim-strip';

/** Every value the chart draws (dots, averages and their intervals, rules) and 0, which the axis always shows. */
export function stripValues(input: Pick<StripInput, 'dots' | 'summaries' | 'rules'>): number[] {
  return [
    ...input.dots.map((d) => d.value),
    ...input.summaries.flatMap((s) => [s.estimate, s.low ?? s.estimate, s.high ?? s.estimate]),
    ...input.rules.map((r) => r.value),
    0,
  ];
}

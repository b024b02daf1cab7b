// One run of the comparison engine on a pair's data for the chosen seats and outcome, with the claim pages' seed.
import { compareSeats, type CompareResult } from '../lib/compare/index';
import { COMPARE_ITERATIONS, COMPARE_SEED, outcomeById } from '../lib/compare/settings';
import type { Hydrated } from '../lib/compare/payload';
import type { ComparePreset } from '../lib/compare/settings';
import type { CompareState } from './compare-result';

/**
 * The seats kept out of the comparison pools: every cited set's (the presets') unless the reader includes them, and
 * the seats of places linked to a set without a named seat when the reader leaves those out too.
 */
export function excludedSeats(
  presets: readonly ComparePreset[],
  options: { includeCited: boolean; leaveLinked: boolean },
): { code: string; set: string }[] {
  return [
    ...(options.includeCited ? [] : presets.flatMap((p) => p.codes.map((code) => ({ code, set: p.id })))),
    ...(options.leaveLinked
      ? presets.flatMap((p) => p.linked.map((l) => ({ code: l.code, set: `${p.id}, place: ${l.place}` })))
      : []),
  ];
}

/** exclude: seats kept out of the comparison pools. */
export function runCompare(
  state: CompareState,
  d: Hydrated,
  earlier: Hydrated | null,
  exclude: readonly { code: string; set: string }[],
): CompareResult {
  return compareSeats({
    set: state.codes,
    after: d.after,
    before: d.before,
    context: d.context,
    regionAggregates: d.regionAggregates,
    outcomes: [outcomeById(state.outcome)!.outcome],
    seed: COMPARE_SEED,
    iterations: { ...COMPARE_ITERATIONS },
    exclude,
    misses: d.misses,
    earlier: earlier ? { after: earlier.after, before: earlier.before } : undefined,
  });
}

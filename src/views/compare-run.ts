// Runs the comparison engine over one election pair of the derived data, as the claim pages, the batch command
// (tools/compare-cli.ts) and the calibration (tools/calibrate.ts) all do: every seat of the pair, the previous
// pair for the placebo, and the seats of every cited seat set kept out of the comparison pools unless asked.
import * as data from '../data/index';
import { compareSeats, type CompareResult, type Outcome } from '../lib/compare/index';
import { placeboPair } from '../lib/compare/placebo';
import type { CompareInput } from '../lib/compare/types';
import type { ElectionId } from '../lib/elections';
import type { SeatMetrics } from '../lib/schema/metrics';
import { COMPARE_SEED } from '../lib/compare/settings';

export interface Pair {
  before: ElectionId;
  after: ElectionId;
}

/** Every seat of every cited seat set (organiser seats of any link kind, pact seats), with its set's id. */
export function citedSeats(): { code: string; set: string }[] {
  return data.curated().sets.flatMap((s) => s.codes.map((code) => ({ code, set: s.entry.id })));
}

export interface RunOptions {
  /** Keep only these seats as comparison seats (the chosen seats and the regional benchmark are unaffected). */
  pool?: (row: SeatMetrics) => boolean;
  /** Leave the seats of cited sets in the comparison pools (default false: they are excluded). */
  includeCited?: boolean;
  seed?: number;
  iterations?: CompareInput['iterations'];
  /** What matched seats share exactly (the engine's default: nation and holder). */
  exact?: CompareInput['exact'];
  /** Missed cells of the calibration whose figures are withheld (the site's, siteMisses(); none for the calibration). */
  misses?: CompareInput['misses'];
}

const cache = new Map<string, Omit<CompareInput, 'set' | 'outcomes' | 'seed'>>();

/** The engine's input for a pair, built once: rows, context, region rows and the earlier pair for the placebo. */
export function pairInput(pair: Pair): Omit<CompareInput, 'set' | 'outcomes' | 'seed'> {
  const key = `${pair.before}-${pair.after}`;
  let v = cache.get(key);
  if (!v) {
    const after = data.metricsOf(pair.after);
    if (after[0]?.prevElection !== pair.before)
      throw new Error(`${pair.after} is not compared with ${pair.before} in the data`);
    const earlierPair = placeboPair(pair);
    v = {
      after,
      before: data.metricsOf(pair.before),
      context: data.context(),
      regionAggregates: data.areaMetrics().filter((a) => a.election === pair.after),
      earlier: earlierPair
        ? { after: data.metricsOf(earlierPair.after), before: data.metricsOf(earlierPair.before) }
        : undefined,
    };
    cache.set(key, v);
  }
  return v;
}

export function runPair(
  pair: Pair,
  codes: readonly string[],
  outcomes: readonly Outcome[],
  options: RunOptions = {},
): CompareResult {
  return compareSeats({
    ...pairInput(pair),
    set: codes,
    outcomes,
    seed: options.seed ?? COMPARE_SEED,
    iterations: options.iterations,
    exclude: options.includeCited ? [] : citedSeats(),
    poolFilter: options.pool,
    misses: options.misses,
    exact: options.exact,
  });
}

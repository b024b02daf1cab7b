// Runs the comparison engine for the claim pages (same seed and settings as /compare/) and turns a result into
// the rows, sentences and notes a claim page shows.
import { compareSeats, describeOutcome, placeboPair, type CompareResult, type Outcome, type WordingOptions } from '../lib/compare/index';
import * as data from '../data/index';
import { election, type ElectionId } from '../lib/elections';
import type { Outcome as CuratedOutcome } from '../lib/schema/curated';
import type { SeatMetrics } from '../lib/schema/metrics';
import { stateQuery } from '../scripts/compare-state';
import { COMPARE_ITERATIONS, COMPARE_SEED, outcomeIdOf, pairOf } from './compare-settings';
import type { ComparisonBlock, OutcomeBlock } from './claims-types';
import { outcomeNotes, statRows } from './compare-rows';

export interface Pair {
  before: ElectionId;
  after: ElectionId;
}

export const LAB: Outcome = { kind: 'change', party: 'lab' };
export const SWING: Outcome = { kind: 'swing' };

export function pairLabel(p: Pair): string {
  return `${election(p.before).label} → ${election(p.after).label}`;
}

/** The engine's outcome for a registry outcome: one party's change, several parties' combined change, or the Con-Lab Butler swing. */
export function engineOutcome(o: CuratedOutcome): Outcome {
  if (o.kind === 'butler-swing') {
    if (!(o.from === 'lab' && o.to === 'con')) throw new Error(`only the Labour-to-Conservative Butler swing is supported, not ${o.from}->${o.to}`);
    return { kind: 'swing' };
  }
  return o.parties.length === 1 ? { kind: 'change', party: o.parties[0]! } : { kind: 'combinedChange', parties: o.parties };
}

export interface RunOptions {
  /** Keep only these seats of the later election as comparison seats (the chosen seats are always kept). */
  pool?: (row: SeatMetrics) => boolean;
}

/** compareSeats over every seat of the pair (or a restricted pool), with the site's seed and resampling counts. */
export function runComparison(pair: Pair, codes: readonly string[], outcomes: readonly Outcome[], options: RunOptions = {}): CompareResult {
  const chosen = new Set(codes);
  const all = data.metricsOf(pair.after);
  const after = options.pool ? all.filter((r) => chosen.has(r.code) || options.pool!(r)) : all;
  if (all[0]?.prevElection !== pair.before) throw new Error(`${pair.after} is not compared with ${pair.before} in the data`);
  return compareSeats({
    set: codes,
    after,
    before: data.metricsOf(pair.before),
    context: data.context(),
    regionAggregates: data.areaMetrics().filter((a) => a.election === pair.after),
    outcomes,
    seed: COMPARE_SEED,
    iterations: { ...COMPARE_ITERATIONS },
  });
}

export function placeboOf(pair: Pair): Pair | null {
  return placeboPair(pair);
}

const HEADINGS: Record<string, string> = {
  'change:lab': "Change in Labour's share (points)",
  'swing:butler': 'Butler swing, Labour to Conservative (points; positive = towards the Conservatives)',
  'combinedChange:ld+green+pc': 'Change in the combined Liberal Democrat, Green and Plaid Cymru share (points)',
  'change:ld': "Change in the Liberal Democrats' share (points)",
  'change:green': "Change in the Greens' share (points)",
  'change:pc': "Change in Plaid Cymru's share (points)",
};

export function outcomeHeading(key: string): string {
  return HEADINGS[key] ?? key;
}

export interface BlockOptions extends WordingOptions {
  id: string;
  title: string;
  /** Row label for the set's own average, e.g. "Organiser seats". */
  rowLabel: string;
  /** False when the comparison used a restricted pool that /compare/ cannot reproduce. */
  reproducible?: boolean;
  notes?: string[];
}

/** A comparison result as a page block: per outcome the wording, the numbers and the engine's notes. */
export function comparisonBlock(result: CompareResult, pair: Pair, options: BlockOptions): ComparisonBlock {
  const outcomes: OutcomeBlock[] = result.outcomes.map((o) => {
    const w = describeOutcome(o, options);
    return { key: o.key, heading: outcomeHeading(o.key), sentence: w.sentence, rows: statRows(o, `${options.rowLabel} (average)`), notes: outcomeNotes(o) };
  });
  const p = pairOf(pair.before, pair.after);
  const outcomeId = result.outcomes[0] ? outcomeIdOf(result.outcomes[0].outcome) : undefined;
  const compareQuery = options.reproducible === false || !p || !outcomeId ? null : stateQuery({ pair: p.id, outcome: outcomeId, seats: result.seats.map((s) => s.code) });
  return {
    id: options.id,
    title: options.title,
    pairLabel: pairLabel(pair),
    seats: result.seats.map((s) => ({ code: s.code, name: s.name })),
    outcomes,
    compareQuery,
    notes: options.notes ?? [],
  };
}

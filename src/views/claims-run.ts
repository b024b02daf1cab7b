// Runs the comparison engine for the claim pages (same seed, exclusions and settings as /compare/ and the batch
// command) and turns a result into the rows, sentences, balance tables and notes a claim page shows.
import { siteMisses } from '../data/calibration';
import {
  describeOutcome,
  outcomeOf,
  placeboPair,
  type CompareResult,
  type Outcome,
  type WordingOptions,
} from '../lib/compare/index';
import { election } from '../lib/elections';
import type { Outcome as CuratedOutcome } from '../lib/schema/curated';
import type { SeatMetrics } from '../lib/schema/metrics';
import { stateQuery } from '../lib/compare/state';
import { outcomeIdOf, pairOf } from '../lib/compare/settings';
import { runPair, type Pair, type RunOptions } from './compare-run';
import type { ClaimView, ComparisonBlock, OutcomeBlock } from './claims-types';
import { balanceOf, outcomeNotes, statRows, type StatRow } from '../lib/compare/rows';
import { axisUnits } from '../lib/compare/vocabulary';
import { EARLIER_RULE } from '../lib/compare/method';
import { ruleSensitivity, type RuleSensitivity } from '../lib/compare/rule-sensitivity';
import { placeSensitivity, type PlaceSensitivity } from '../lib/compare/place-sensitivity';
import { seatSensitivity } from '../lib/compare/seat-sensitivity';
import { linkedCalibration, linkedPlacesFor } from './linked-places';
import { calibrationMisses } from '../lib/compare/calibration-misses';

export type { Pair, RunOptions };

export const LAB: Outcome = { kind: 'change', party: 'lab' };
export const SWING: Outcome = { kind: 'swing' };

export function pairLabel(p: Pair): string {
  return `${election(p.before).label} → ${election(p.after).label}`;
}

/** The engine's outcome for a registry outcome: one party's change, several parties' combined change, or the Con-Lab Butler swing. */
export function engineOutcome(o: CuratedOutcome): Outcome {
  if (o.kind === 'butler-swing') {
    if (!(o.from === 'lab' && o.to === 'con'))
      throw new Error(`only the Labour-to-Conservative Butler swing is supported, not ${o.from}->${o.to}`);
    return { kind: 'swing' };
  }
  return o.parties.length === 1
    ? { kind: 'change', party: o.parties[0]! }
    : { kind: 'combinedChange', parties: o.parties };
}

/** compareSeats over every seat of the pair (or a restricted pool), cited-set seats excluded, with the site's seed. */
export function runComparison(
  pair: Pair,
  codes: readonly string[],
  outcomes: readonly Outcome[],
  options: RunOptions = {},
): CompareResult {
  return runPair(pair, codes, outcomes, { misses: siteMisses(), ...options });
}

/**
 * The outcome `key` of a comparison run again for the same seats and pool under the matching rule before the current
 * one, beside the current result: the line under a matched headline (compare/rule-sensitivity).
 */
function earlierRuleCheck(
  pair: Pair,
  now: CompareResult,
  key: string,
  options: Pick<RunOptions, 'pool'> = {},
): RuleSensitivity {
  const o = outcomeOf(now, key);
  const codes = now.seats.map((x) => x.code);
  const earlier = runComparison(pair, codes, [o.outcome], { ...options, exact: EARLIER_RULE.exact }).outcomes[0]!;
  return ruleSensitivity(o, earlier, election(pair.before).label);
}

/**
 * The outcome `key` of a comparison of organiser seats run again with the seats of the places the unit is linked to
 * without a named seat also out of the pools (views/linked-places); undefined when the seats have no such places.
 */
function linkedPlacesCheck(
  pair: Pair,
  now: CompareResult,
  key: string,
  options: Pick<RunOptions, 'pool'> = {},
): PlaceSensitivity | undefined {
  const o = outcomeOf(now, key);
  const codes = now.seats.map((x) => x.code);
  const places = linkedPlacesFor(codes);
  if (!places.length) return undefined;
  const out = new Set(places.flatMap((p) => p.seats.map((s) => s.code)));
  const pool = (row: SeatMetrics) => !out.has(row.code) && (options.pool?.(row) ?? true);
  // Its intervals are shown where the calibration with these seats left out checked them, with that run's misses.
  const checkedBy = linkedCalibration(pair, key, [...out]);
  const misses = checkedBy ? { misses: calibrationMisses(checkedBy) } : {};
  const without = runComparison(pair, codes, [o.outcome], { pool, ...misses }).outcomes[0]!;
  // Seats left with no match are compared like for like: the rest against the published pools too.
  const published = (rest: string[]) => runComparison(pair, rest, [o.outcome], { pool: options.pool }).outcomes[0]!;
  return placeSensitivity(o, without, places, published, checkedBy !== null);
}

export function placeboOf(pair: Pair): Pair | null {
  return placeboPair(pair);
}

const HEADINGS: Record<string, string> = {
  'change:lab': "Change in Labour's share",
  'swing:butler': 'Butler swing, Labour to Conservative',
  'combinedChange:ld+green+pc': 'Change in the combined Liberal Democrat, Green and Plaid Cymru share',
  'change:ld': "Change in the Liberal Democrats' share",
  'change:green': "Change in the Greens' share",
  'change:pc': "Change in Plaid Cymru's share",
};

/** An outcome's heading with its units, as the claim pages' comparisons and chart axes give it. */
export function outcomeHeading(key: string): string {
  return HEADINGS[key] ? `${HEADINGS[key]} ${axisUnits(key)}` : key;
}

export interface BlockOptions extends WordingOptions {
  id: string;
  title: string;
  /** Row label for the set's own average, e.g. "Organiser seats". */
  rowLabel: string;
  /** False when the comparison used a restricted pool that /compare/ cannot reproduce. */
  reproducible?: boolean;
  notes?: string[];
  /** The outcome key of this block that is the claim's headline comparison (the rest are exploratory). */
  headline?: string;
  /** What the headline is set against (data/claims.json): a headline against matched seats gets its earlier-rule check. */
  headlineAgainst?: ClaimHeadline['against'];
  /** The restricted pool the comparison was run with, if any, to run the headline again under the earlier rule. */
  pool?: RunOptions['pool'];
}

/** The row of a headline block that is the headline: the difference it is set against, or the set's own level. */
function headlineRowOf(rows: readonly StatRow[], against: ClaimHeadline['against'] | undefined): string | null {
  const row = against === 'level' || against === undefined ? rows[0] : rows.find((r) => r.against === against);
  return row?.label ?? null;
}

/** A comparison result as a page block: per outcome the wording, the numbers, the balance and the engine's notes. */
export function comparisonBlock(result: CompareResult, pair: Pair, options: BlockOptions): ComparisonBlock {
  const outcomes: OutcomeBlock[] = result.outcomes.map((o) => {
    const headline = options.headline === o.key;
    const w = describeOutcome(o, { ...options, role: headline ? 'headline' : 'exploratory' });
    const rows = statRows(o, options.rowLabel);
    return {
      key: o.key,
      heading: outcomeHeading(o.key),
      sentence: w.sentence,
      rows,
      notes: outcomeNotes(o),
      balance: o.matched && o.matched.pairs.length ? balanceOf(o) : null,
      headline,
      headlineRow: headline ? headlineRowOf(rows, options.headlineAgainst) : null,
      seatValues:
        o.set.n > 0 && o.set.n < 5 ? o.set.values.map((v) => ({ code: v.code, name: v.name, value: v.value })) : null,
    };
  });
  const matchedHeadline = options.headlineAgainst === 'matched' ? options.headline : undefined;
  const p = pairOf(pair.before, pair.after);
  const outcomeId = result.outcomes[0] ? outcomeIdOf(result.outcomes[0].outcome) : undefined;
  const compareQuery =
    options.reproducible === false || !p || !outcomeId
      ? null
      : stateQuery({ pair: p.id, outcome: outcomeId, seats: result.seats.map((s) => s.code) });
  return {
    id: options.id,
    title: options.title,
    pairLabel: pairLabel(pair),
    seats: result.seats.map((s) => ({ code: s.code, name: s.name })),
    outcomes,
    compareQuery,
    notes: options.notes ?? [],
    excluded: result.excluded.map((e) => ({ code: e.code, name: e.name, sets: e.sets })),
    ruleCheck: matchedHeadline ? earlierRuleCheck(pair, result, matchedHeadline, { pool: options.pool }) : undefined,
    placeCheck: matchedHeadline ? linkedPlacesCheck(pair, result, matchedHeadline, { pool: options.pool }) : undefined,
    seatCheck: matchedHeadline ? seatSensitivity(outcomeOf(result, matchedHeadline)) : undefined,
  };
}

type ClaimHeadline = ClaimView['headline'];

/** The claim's headline (data/claims.json) as a block's options, when this block holds it; none otherwise. */
export function headlineOf(
  entry: { headline: ClaimHeadline },
  blockId: string,
): Pick<BlockOptions, 'headline' | 'headlineAgainst'> {
  return entry.headline.comparison === blockId
    ? { headline: entry.headline.outcome, headlineAgainst: entry.headline.against }
    : {};
}

/** Where the placebo is on a page whose comparisons carry it (the same seats against the same matched seats, one pair earlier). */
export function placeboNote(placebo: Pair | null): string {
  return placebo
    ? `The placebo is in every matched comparison above: the same seats against the same matched seats in ${pairLabel(placebo)}, and the change in that gap (a difference in differences). A gap that was already there before cannot have been caused by what happened later; but the seats are matched on their figures at the start of the claim's pair, which is the end of the placebo's, so the placebo checks how seats alike at that point got there, a weaker test than one on seats matched before it. Each comparison also checks regression to the mean: how seats that were as far from their region's average one election earlier moved afterwards.`
    : 'There is no earlier election on the same boundaries, so there is no placebo.';
}

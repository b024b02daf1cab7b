// Settings shared by the claim pages (build) and the test-your-own-seats page (browser): election pairs,
// outcomes, the seed and the resampling counts, so the same seats give the same numbers in both places.
import { outcomeKey, type Outcome } from './outcomes';
import type { BoundarySet, ElectionId } from '../elections';

/** One seed for every comparison on the site: a permalink reproduces a claim page's numbers exactly. */
export const COMPARE_SEED = 2019;
export const COMPARE_ITERATIONS = { batch: 2000, maxDraws: 50000 } as const;

export interface PairOption {
  id: string;
  before: ElectionId;
  after: ElectionId;
  boundarySet: BoundarySet;
  label: string;
}

export const PAIRS: readonly PairOption[] = [
  { id: '2010-2015', before: '2010', after: '2015', boundarySet: '2010', label: '2010 → 2015' },
  { id: '2015-2017', before: '2015', after: '2017', boundarySet: '2010', label: '2015 → 2017' },
  { id: '2017-2019', before: '2017', after: '2019', boundarySet: '2010', label: '2017 → 2019' },
  { id: '2019N-2024', before: '2019N', after: '2024', boundarySet: '2024', label: '2019 (notional) → 2024' },
];
export const DEFAULT_PAIR = '2017-2019';

export interface OutcomeOption {
  id: string;
  label: string;
  outcome: Outcome;
  /** The only pair the measure exists for, and why (a party that stood under its name at one general election). */
  only?: { pair: string; why: string };
}

export const OUTCOMES: readonly OutcomeOption[] = [
  { id: 'lab', label: "Change in Labour's share", outcome: { kind: 'change', party: 'lab' } },
  { id: 'swing', label: 'Butler swing between Labour and the Conservatives', outcome: { kind: 'swing' } },
  {
    id: 'steed',
    label: 'Steed (two-party) swing between Labour and the Conservatives',
    outcome: { kind: 'swing', method: 'steed' },
  },
  { id: 'con', label: "Change in the Conservatives' share", outcome: { kind: 'change', party: 'con' } },
  { id: 'ld', label: "Change in the Liberal Democrats' share", outcome: { kind: 'change', party: 'ld' } },
  { id: 'green', label: "Change in the Greens' share", outcome: { kind: 'change', party: 'green' } },
  { id: 'snp', label: "Change in the SNP's share", outcome: { kind: 'change', party: 'snp' } },
  { id: 'pc', label: "Change in Plaid Cymru's share", outcome: { kind: 'change', party: 'pc' } },
  {
    id: 'brexit',
    label: "Change in the Brexit Party's share (2019)",
    outcome: { kind: 'change', party: 'brexit' },
    only: {
      pair: '2017-2019',
      why: 'The Brexit Party stood at one general election, 2019 (as Reform UK in 2024), so its change is for 2017 → 2019 only',
    },
  },
  {
    id: 'reform',
    label: "Change in Reform UK's share (2024)",
    outcome: { kind: 'change', party: 'reform' },
    only: {
      pair: '2019N-2024',
      why: "Reform UK stood under that name at one general election, 2024, measured from the Brexit Party's 2019 share, so its change is for 2019 (notional) → 2024 only",
    },
  },
  {
    id: 'pact',
    label: 'Change in the combined Liberal Democrat, Green and Plaid Cymru share',
    outcome: { kind: 'combinedChange', parties: ['ld', 'green', 'pc'] },
  },
];
export const DEFAULT_OUTCOME = 'lab';

/** Why the measure does not exist for the pair, or null when it does. */
export function unavailableReason(outcomeId: string, pairId: string): string | null {
  const only = outcomeById(outcomeId)?.only;
  return only && only.pair !== pairId ? only.why : null;
}

export function pairById(id: string): PairOption | undefined {
  return PAIRS.find((p) => p.id === id);
}

export function pairOf(before: ElectionId, after: ElectionId): PairOption | undefined {
  return PAIRS.find((p) => p.before === before && p.after === after);
}

export function outcomeById(id: string): OutcomeOption | undefined {
  return OUTCOMES.find((o) => o.id === id);
}

/** The option whose outcome has this key ("change:lab", as the calibration files name it), if the page offers it. */
export function outcomeByKey(key: string): OutcomeOption | undefined {
  return OUTCOMES.find((o) => outcomeKey(o.outcome) === key);
}

/** The option whose outcome is this one (same kind, party list and method), if the page offers it. */
export function outcomeIdOf(o: Outcome): string | undefined {
  const key = JSON.stringify(o);
  return OUTCOMES.find((x) => JSON.stringify(x.outcome) === key)?.id;
}

/**
 * The settings a seat set opens /compare/ with: its election pair and its first measure, both of which the page must
 * offer (a set whose measure the page lacks would otherwise open on another measure without a word).
 */
export function presetSettings(
  setId: string,
  before: ElectionId,
  after: ElectionId,
  measure: { label: string; outcome: Outcome },
): { pair: string; outcome: string } {
  const pair = pairOf(before, after)?.id;
  if (!pair) throw new Error(`seat set ${setId}: /compare/ offers no ${before} -> ${after} pair (see PAIRS)`);
  const outcome = outcomeIdOf(measure.outcome);
  if (!outcome)
    throw new Error(
      `seat set ${setId}: /compare/ does not offer its measure "${measure.label}"; add it to OUTCOMES in src/lib/compare/settings.ts`,
    );
  return { pair, outcome };
}

/** A preset seat set as the build gives it to the test-your-own-seats page (its config JSON). */
export interface ComparePreset {
  id: string;
  title: string;
  codes: string[];
  /** Seats of the places the set's sources name without a seat (outside every cited set), with the place's name. */
  linked: { code: string; place: string }[];
  pair: string;
  outcome: string;
  complete: boolean;
  caveat: string;
}

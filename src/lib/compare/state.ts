// The test-your-own-seats page's state as a URL query (?pair=2017-2019&outcome=lab&seats=E14000887,E14000614,
// &include=cited when seats of cited sets count as comparison seats, and &leave=linked when the seats of places linked
// to a set without a named seat are left out too), read back with every problem reported, so a reloaded permalink
// gives the same comparison.
import { DEFAULT_OUTCOME, DEFAULT_PAIR, outcomeById, pairById, type ComparePreset } from './settings';

export interface CompareState {
  pair: string;
  outcome: string;
  /** Seat entries as listed in the URL (codes, trimmed and upper-cased), before they are resolved. */
  seats: string[];
  /** A preset seat set id from ?set=, expanded by the page into seats. */
  set: string | null;
  /** Seats of cited sets count among the comparison seats (?include=cited); off by default. */
  includeCited: boolean;
  /** Seats of places linked to a set without a named seat are left out of the comparison seats (?leave=linked). */
  leaveLinked: boolean;
}

export interface ParsedState {
  state: CompareState;
  problems: string[];
}

/** URL seat lists longer than this are cut (the 2010 and 2024 sets each have 650 seats). */
export const MAX_URL_SEATS = 1300;

export function parseState(search: string, presets: readonly string[]): ParsedState {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  /** The query's `name` when `ok` accepts it; otherwise `fallback`, with the reason (value cut to 40 characters). */
  const param = <T extends string | null>(
    name: string,
    fallback: T,
    ok: (value: string) => unknown,
    reason: (value: string) => string,
  ): string | T => {
    const value = q.get(name);
    if (value === null) return fallback;
    if (ok(value)) return value;
    problems.push(reason(value.slice(0, 40)));
    return fallback;
  };
  const pair = param(
    'pair',
    DEFAULT_PAIR,
    pairById,
    (v) => `The election pair “${v}” is not one this page offers; ${DEFAULT_PAIR.replace('-', ' → ')} is used instead.`,
  );
  const outcome = param(
    'outcome',
    DEFAULT_OUTCOME,
    outcomeById,
    (v) => `The outcome “${v}” is not one this page offers; the change in Labour's share is used instead.`,
  );
  const set = param(
    'set',
    null,
    (v) => presets.includes(v),
    (v) => `There is no preset seat set called “${v}”.`,
  );
  // A link may repeat seats= (as some tools write lists); every one is read.
  const tokens = q
    .getAll('seats')
    .join(',')
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s !== '');
  if (tokens.length > MAX_URL_SEATS)
    problems.push(`The link lists ${tokens.length} seats; only the first ${MAX_URL_SEATS} are read.`);
  const include = param(
    'include',
    null,
    (v) => v === 'cited',
    (v) =>
      `The option “include=${v}” is not one this page offers; seats of cited sets are left out of the comparison seats.`,
  );
  const leave = param(
    'leave',
    null,
    (v) => v === 'linked',
    (v) =>
      `The option “leave=${v}” is not one this page offers; the seats of places linked to a set stay among the comparison seats.`,
  );
  return {
    state: {
      pair,
      outcome,
      seats: tokens.slice(0, MAX_URL_SEATS),
      set,
      includeCited: include === 'cited',
      leaveLinked: leave === 'linked',
    },
    problems,
  };
}

/**
 * The state a link opens: a ?set= preset gives its pair, outcome and seats (listed first), unless the link names a
 * valid pair or outcome of its own.
 */
export function openedState(
  search: string,
  presets: readonly ComparePreset[],
): ParsedState & { preset: ComparePreset | undefined } {
  const parsed = parseState(
    search,
    presets.map((p) => p.id),
  );
  const preset = presets.find((p) => p.id === parsed.state.set);
  if (!preset) return { ...parsed, preset };
  // parseState kept a value only when it was valid, so the link named its own exactly when the two agree.
  const q = new URLSearchParams(search);
  const state = {
    ...parsed.state,
    pair: q.get('pair') === parsed.state.pair ? parsed.state.pair : preset.pair,
    outcome: q.get('outcome') === parsed.state.outcome ? parsed.state.outcome : preset.outcome,
    seats: [...preset.codes, ...parsed.state.seats],
  };
  return { state, problems: parsed.problems, preset };
}

/** The query string for a state: seats sorted and listed once, so one selection has one permalink. */
export function stateQuery(
  state: Pick<CompareState, 'pair' | 'outcome' | 'seats'> & Partial<Pick<CompareState, 'includeCited' | 'leaveLinked'>>,
): string {
  const seats = [...new Set(state.seats)].sort();
  const parts = [`pair=${encodeURIComponent(state.pair)}`, `outcome=${encodeURIComponent(state.outcome)}`];
  if (seats.length) parts.push(`seats=${seats.map(encodeURIComponent).join(',')}`);
  if (state.includeCited) parts.push('include=cited');
  if (state.leaveLinked) parts.push('leave=linked');
  return `?${parts.join('&')}`;
}

// Plain-language sentences for a membership analysis: what the numbers say, worded as association, with the caveats.
import type { AnalysisResult } from './analysis';
import type { ChangeMeasure } from './measures';

const MINUS = '\u2212';

export function signed(v: number, digits: number): string {
  const s = Math.abs(v).toFixed(digits);
  if (Number(s) === 0) return s;
  return `${v > 0 ? '+' : MINUS}${s}`;
}

/** Two significant figures with a sign, for slopes whose size depends on the unit (e.g. +0.0012, −3.4). */
export function signedSig(v: number): string {
  if (v === 0) return '0';
  const s = Math.abs(v).toLocaleString('en-GB', {
    maximumSignificantDigits: 2,
    minimumSignificantDigits: 2,
    useGrouping: false,
  });
  return `${v > 0 ? '+' : MINUS}${s}`;
}

/** One formatter for every date (building one per call made a map of 650 seats slow to label). */
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function longDate(date: string): string {
  return LONG_DATE.format(new Date(`${date}T00:00:00Z`));
}

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A cited date as precisely as its source gives it: "31 December 2024", "September 2013" or "2010". */
export function citedDate(date: string, precision: 'day' | 'month' | 'year'): string {
  if (precision === 'year') return date.slice(0, 4);
  return precision === 'month' ? MONTH_YEAR.format(new Date(`${date}T00:00:00Z`)) : longDate(date);
}

export function measureWords(m: ChangeMeasure): { unit: string; perUnit: string } {
  switch (m) {
    case 'absolute':
      return { unit: 'change in members', perUnit: 'each extra member gained' };
    case 'percent':
      return { unit: 'percentage change in members', perUnit: 'each extra percentage point of membership growth' };
    case 'per1000':
      return { unit: 'change in members per 1,000 electors', perUnit: 'each extra member per 1,000 electors gained' };
  }
}

function strength(r: number): string {
  const a = Math.abs(r);
  if (a < 0.1) return 'little or no';
  if (a < 0.3) return 'a weak';
  if (a < 0.5) return 'a moderate';
  return 'a strong';
}

export interface Wording {
  headline: string;
  details: string[];
  caveats: string[];
}

export function describeAnalysis(a: AnalysisResult, opts: { published: boolean; threshold: number | null }): Wording {
  const { rows, before, after, options } = a;
  const span = `between ${longDate(options.from)} and ${longDate(options.to)}`;
  const elections = `from ${before.label} to ${after.label}`;
  const m = measureWords(options.measure);
  const details: string[] = [];
  let headline: string;
  const c = a.correlation;
  if (!c) headline = `No correlation: ${a.correlationProblem ?? 'not enough seats'}.`;
  else {
    const interval = c.ci
      ? ` (r = ${signed(c.r, 2)}, 95% interval ${signed(c.ci.low, 2)} to ${signed(c.ci.high, 2)}, ${c.n} seats)`
      : ` (r = ${signed(c.r, 2)}, ${c.n} seats; too few for an interval)`;
    if (Math.abs(c.r) < 0.1) {
      headline = `In the ${c.n} seats compared, there is little or no linear association between the ${m.unit} ${span} and the change in Labour's share ${elections}${interval}.`;
    } else {
      const dir =
        c.r > 0
          ? "seats where membership grew more tended to see Labour's share rise more (or fall less)"
          : "seats where membership grew more tended to see Labour's share rise less (or fall more)";
      headline = `In the ${c.n} seats compared, there is ${strength(c.r)} ${c.r > 0 ? 'positive' : 'negative'} association: ${dir} ${elections}${interval}.`;
    }
    if (c.ci && c.ci.low <= 0 && c.ci.high >= 0)
      details.push('The interval includes zero, so these seats are also consistent with no association at all.');
  }
  const g = a.regression;
  if (g) {
    const s = g.slope;
    details.push(
      `Comparing seats within the same region (region fixed effects), ${m.perUnit} ${span} goes with a change of ${signedSig(s.estimate)} points in Labour's share ` +
        `(95% interval ${signedSig(s.low)} to ${signedSig(s.high)}; ${g.n} seats in ${g.regions} region${g.regions === 1 ? '' : 's'}, R² = ${g.r2.toFixed(2)}).`,
    );
    if (s.low <= 0 && s.high >= 0) details.push('That interval includes zero as well.');
    if (g.singletonRegions > 0)
      details.push(
        `${g.singletonRegions} region${g.singletonRegions === 1 ? ' has' : 's have'} only one compared seat; with region controls such a seat does not inform the estimate.`,
      );
  } else if (a.regressionProblem) details.push(`No regression: ${a.regressionProblem}.`);
  if (a.excluded.length)
    details.push(
      `${a.excluded.length} seat${a.excluded.length === 1 ? ' in the data is' : 's in the data are'} left out (listed below with the reason).`,
    );

  const caveats = [
    'This is an association, not a cause. A local party may grow because the party is doing well there, and members and votes can both follow something else: a popular candidate, local issues, or the national mood in that kind of seat.',
    `Only the ${rows.length} seat${rows.length === 1 ? '' : 's'} with figures on both dates ${rows.length === 1 ? 'is' : 'are'} compared. They are the seats someone chose to record, not a random sample, so the pattern may not hold in other seats.`,
    'These are seat-level totals (an ecological comparison): they cannot show that members, or the people they spoke to, voted differently.',
  ];
  if (rows.length < 30)
    caveats.push(
      `With ${rows.length} seat${rows.length === 1 ? '' : 's'}, one or two unusual seats can move these numbers a lot; look at the scatter plot.`,
    );
  if (before.estimated || after.estimated)
    caveats.push('The 2019 figures on the 2024 seats are notional estimates, not counted votes.');
  if (opts.published)
    caveats.push(
      `Published figures under ${opts.threshold ?? 10} are suppressed, and seats with a suppressed count on either date are left out of the comparison.`,
    );
  else
    caveats.push(
      'Your figures are shown without suppression because they stay in your browser; suppress small numbers before sharing any of these results.',
    );
  return { headline, details, caveats };
}

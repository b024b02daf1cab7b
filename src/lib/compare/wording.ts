// Plain-language wording of one outcome's comparison, with fixed caveats; pieces for the UI and one paragraph.
import { describeMissing, isMissing } from '../missing';
import type { Interval } from '../stats/bootstrap';
import { covariateLabel } from './covariates';
import { formatMagnitude, formatP, formatSigned, listAnd, plural } from './format';
import type { CompareResult, MatchedPair, OutcomeResult } from './types';
import { vocabulary, type Vocabulary } from './vocabulary';

export interface WordingOptions {
  /** Plural name of the set, e.g. "organiser seats named in public sources" (default "chosen seats"). */
  setLabel?: string;
  /** Singular form (default: setLabel with its first "seats" made "seat"). */
  setLabelOne?: string;
  /** Include the caveat that a public list may be partial (default true). */
  partialList?: boolean;
}

export type CaveatKey = 'small-sample' | 'not-random' | 'partial-list' | 'association';

export interface OutcomeWording {
  key: string;
  subject: string;
  /** "In the 9 chosen seats, Labour's share fell by 7.9 points on average (95% interval 5.1 to 10.6)" */
  set: string;
  /** "against 10.4 points in the other 45 seats of the same region" */
  others: string | null;
  /** "The difference, 2.5 points better for Labour (95% interval ...), could be chance: p = 0.21." */
  difference: string | null;
  regional: string | null;
  matched: string | null;
  dropped: string | null;
  caveats: { key: CaveatKey; text: string }[];
  sentence: string;
}

const pct = (level: number) => `${Math.round(level * 100)}%`;
const sameSide = (a: number, b: number) => formatSigned(a) !== '0.0' && formatSigned(b) !== '0.0' && a < 0 === b < 0;

/** Interval of a level in the words of its estimate: magnitudes when all on one side, else from one amount to another. */
function levelInterval(i: Interval, v: Vocabulary): string {
  if (i.low * i.high > 0 && sameSide(i.low, i.estimate)) {
    const [a, b] = [Math.abs(i.low), Math.abs(i.high)].sort((x, y) => x - y);
    return `${pct(i.level)} interval ${formatMagnitude(a!)} to ${formatMagnitude(b!)}`;
  }
  return `${pct(i.level)} interval from ${v.amount(i.low)} to ${v.amount(i.high)}`;
}

function chance(p: number): string {
  return p < 0.05 ? `is unlikely to be chance alone: ${formatP(p)}` : `could be chance: ${formatP(p)}`;
}

/** "2.5 points better for Labour (95% interval −0.4 to 5.3)", the interval turned to match the wording. */
function differencePhrase(d: Interval, v: Vocabulary, withInterval: boolean): string {
  const [low, high] = d.estimate < 0 ? [-d.high, -d.low] : [d.low, d.high];
  const size = formatMagnitude(d.estimate) === '0.0' ? '0.0 points' : `${formatMagnitude(d.estimate)} points ${v.favour(d.estimate)}`;
  return withInterval && !d.degenerate ? `${size} (${pct(d.level)} interval ${formatSigned(low)} to ${formatSigned(high)})` : size;
}

function caveats(n: number, options: WordingOptions): OutcomeWording['caveats'] {
  const out: OutcomeWording['caveats'] = [];
  if (n === 1) out.push({ key: 'small-sample', text: 'One seat is an example, not evidence of a pattern.' });
  else if (n > 1 && n < 30) out.push({ key: 'small-sample', text: `With only ${n} seats, one unusual result moves the average a lot.` });
  out.push({ key: 'not-random', text: 'The seats were chosen, not picked at random: seats that are targeted differ from others in ways a comparison may not capture.' });
  if (options.partialList !== false) out.push({ key: 'partial-list', text: 'The public list may be partial: seats not named may have had the same activity.' });
  out.push({ key: 'association', text: 'A difference here is an association, not proof of cause.' });
  return out;
}

/** Covariates left out of matching, grouped by why: absent for every set seat, absent somewhere, or constant. */
function matchingGaps(pairs: readonly MatchedPair[]): string[] {
  const notes = pairs.flatMap((p) => p.dropped);
  const covariates = [...new Set(notes.map((d) => d.covariate))];
  const kind = (c: string) => {
    const own = notes.filter((d) => d.covariate === c);
    if (own.every((d) => d.reason === 'no-variation')) return 'the same in every candidate seat';
    const absentEverywhere = own.length === pairs.length && own.every((d) => d.reason === 'missing-for-treated');
    return absentEverywhere ? 'not available for these seats' : 'not available for every seat';
  };
  const phrases = ['not available for these seats', 'not available for every seat', 'the same in every candidate seat'];
  return phrases
    .map((phrase) => [covariates.filter((c) => kind(c) === phrase).map(covariateLabel), phrase] as const)
    .filter(([labels]) => labels.length > 0)
    .map(([labels, phrase]) => `${listAnd(labels)} ${phrase}`);
}

function othersPhrases({ otherSeats }: OutcomeResult, setMean: number, v: Vocabulary): [string | null, string | null] {
  if (!otherSeats) return [null, null];
  if (otherSeats.mean === null || !otherSeats.difference || otherSeats.p === null) {
    return ['with no other seats of the same regions to compare against', null];
  }
  const value = sameSide(otherSeats.mean, setMean) ? `${formatMagnitude(otherSeats.mean)} points` : v.amount(otherSeats.mean);
  const where = `the same ${otherSeats.regions.length === 1 ? 'region' : 'regions'}`;
  return [
    `against ${value} in the other ${plural(otherSeats.n, 'seat', 'seats')} of ${where}`,
    `The difference, ${differencePhrase(otherSeats.difference, v, true)}, ${chance(otherSeats.p)}.`,
  ];
}

function regionalPhrase({ regional }: OutcomeResult, v: Vocabulary): string | null {
  if (!regional.combined) return null;
  const names = listAnd(regional.regions.map((r) => r.name));
  const area = regional.regions.length === 1 ? `${names} as a whole` : `its ${regional.regions.length} regions as a whole (${names})`;
  const value = regional.combined.value;
  return isMissing(value)
    ? `No figure for ${area} is available: ${describeMissing(value)}.`
    : `Across ${area}, counting all votes together, ${v.subject} ${v.movement(value)}.`;
}

function matchedPhrase({ matched }: OutcomeResult, v: Vocabulary): string | null {
  if (!matched || !matched.difference || matched.p === null) return null;
  const controls = new Set(matched.pairs.flatMap((p) => p.controls.map((c) => c.code))).size;
  const used = [...new Set(matched.pairs.flatMap((p) => p.used))].map(covariateLabel);
  const gaps = matchingGaps(matched.pairs);
  const on = used.length ? `similar in ${listAnd(used)}` : 'of the same nation (no covariate could be used)';
  const gapText = gaps.length ? ` (${gaps.join('; ')})` : '';
  return (
    `Compared with ${plural(controls, 'matched seat', 'matched seats')} ${on}${gapText}, up to ${matched.k} per seat from the same nation and region first, ` +
    `the difference was ${differencePhrase(matched.difference, v, true)}, which ${chance(matched.p)}.`
  );
}

export function describeOutcome(result: OutcomeResult, options: WordingOptions = {}): OutcomeWording {
  const v = vocabulary(result.outcome);
  const many = options.setLabel ?? 'chosen seats';
  const one = options.setLabelOne ?? many.replace(/\bseats\b/, 'seat');
  const { set } = result;
  const dropped = set.dropped.length ? `Left out: ${set.dropped.map((d) => `${d.name} (${d.message})`).join('; ')}.` : null;
  const base = { key: result.key, subject: v.subject, dropped, caveats: caveats(set.n, options) };

  if (set.n === 0 || set.mean === null || set.interval === null) {
    const total = set.dropped.length;
    const text = total === 0
      ? `No comparison is possible: none of the ${many} was found in the data.`
      : `No comparison is possible: ${total === 1 ? `the one ${one} has no` : `none of the ${total} ${many} has a`} figure for ${v.subject}.`;
    return { ...base, set: text, others: null, difference: null, regional: null, matched: null, sentence: [text, dropped].filter(Boolean).join(' ') };
  }

  // Resampling 2-4 seats gives an interval that understates the uncertainty; say so where the interval is given.
  const fewNote = set.n < 5 ? `; too narrow with ${set.n} seats` : '';
  const setText = set.n === 1
    ? `In the one ${one}, ${v.subject} ${v.movement(set.mean)} (one seat: no interval)`
    : `In the ${set.n} ${many}, ${v.subject} ${v.movement(set.mean)} on average (${levelInterval(set.interval, v)}${fewNote})`;

  const [others, difference] = othersPhrases(result, set.mean, v);
  const regionalText = regionalPhrase(result, v);
  const matchedText = matchedPhrase(result, v);

  const first = `${setText}${others ? `, ${others}` : ''}.`;
  return {
    ...base,
    set: setText,
    others,
    difference,
    regional: regionalText,
    matched: matchedText,
    sentence: [first, difference, regionalText, matchedText, dropped].filter(Boolean).join(' '),
  };
}

/** One sentence listing codes that were not used, or null when every code was found. */
export function describeUnresolved(result: Pick<CompareResult, 'unresolved' | 'duplicates'>): string | null {
  const parts = result.unresolved.map((u) => u.message);
  if (result.duplicates.length) parts.push(`${listAnd(result.duplicates)} listed more than once (used once)`);
  return parts.length ? `Not used: ${parts.join('; ')}.` : null;
}

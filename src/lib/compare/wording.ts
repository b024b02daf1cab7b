// The one place numbers become sentences. Rules: with 4 seats or fewer there is no interval or p-value, only the
// seats; the verdict on chance is the evidence rule's (compare/evidence), so a sentence never contradicts the
// interval beside it; sets under 15
// seats are called small; comparisons other than a claim's headline are labelled exploratory; where a rule withholds
// a figure (compare/withhold, the thin-pool rule) the sentence says why.
import { describeMissing, isMissing } from '../missing';
import type { Interval } from '../stats/t-interval';
import { MIN_SEATS_FOR_INTERVAL, SMALL_SET } from '../stats/t-interval';
import { covariateLabel } from './covariates';
import { listAnd } from '../format/list';
import { formatMagnitude, formatP, formatSigned, plural } from './format';
import type { CompareResult, MatchedPair, OutcomeResult, SeatValue } from './types';
import { vocabulary, type Vocabulary } from './vocabulary';
import { chancePhrase, excludesZero } from './evidence';
import { rtmPhrase } from './wording-rtm';
import { fewMatchedReason, matchedLargeReason, othersSmallReason, setSeatsReason, thinPoolReason } from './withhold';

const pct = (level: number) => `${Math.round(level * 100)}%`;
const sameSide = (a: number, b: number) => formatSigned(a) !== '0.0' && formatSigned(b) !== '0.0' && a < 0 === b < 0;

export interface WordingOptions {
  /** Plural name of the set, e.g. "organiser seats named in public sources" (default "chosen seats"). */
  setLabel?: string;
  /** Singular form (default: setLabel with its first "seats" made "seat"). */
  setLabelOne?: string;
  /** Include the caveat that a public list may be partial (default true). */
  partialList?: boolean;
  /** 'exploratory' prefixes the comparisons with that word (default 'headline'). */
  role?: 'headline' | 'exploratory';
}

export type CaveatKey = 'small-sample' | 'not-random' | 'partial-list' | 'association';

export interface OutcomeWording {
  key: string;
  subject: string;
  set: string;
  others: string | null;
  difference: string | null;
  regional: string | null;
  matched: string | null;
  placebo: string | null;
  regressionToMean: string | null;
  dropped: string | null;
  caveats: { key: CaveatKey; text: string }[];
  sentence: string;
}

/** "small set: 9 seats" marker for sets under 15 seats. */
export function smallMarker(n: number): string | null {
  return n >= MIN_SEATS_FOR_INTERVAL && n < SMALL_SET ? 'a small set' : null;
}

/** Interval of a level in the words of its estimate: magnitudes when all on one side, else from one amount to another. */
function levelInterval(i: Interval, v: Vocabulary): string {
  if (i.low === null || i.high === null) return '';
  if (i.low * i.high > 0 && sameSide(i.low, i.estimate)) {
    const [a, b] = [Math.abs(i.low), Math.abs(i.high)].sort((x, y) => x - y);
    return `${pct(i.level)} interval ${formatMagnitude(a!)} to ${formatMagnitude(b!)}`;
  }
  return `${pct(i.level)} interval from ${v.amount(i.low)} to ${v.amount(i.high)}`;
}

/**
 * "2.5 points better for Labour (95% interval 0.4 to 5.3)": an interval on the estimate's side is given in the
 * estimate's words; one that reaches across zero names the direction of each end ("from 1.9 points worse for Labour to
 * 3.2 points better for Labour"), so that no end reads as a negative "better". "0.0 points" names no direction.
 */
export function differencePhrase(d: Interval, v: Vocabulary): string {
  const size =
    formatMagnitude(d.estimate) === '0.0'
      ? '0.0 points'
      : `${formatMagnitude(d.estimate)} points ${v.favour(d.estimate)}`;
  const interval = differenceInterval(d, v);
  return interval ? `${size} (${interval})` : size;
}

/** The interval of `differencePhrase`, "95% interval 0.4 to 5.3" or "95% interval from … to …"; empty without one. */
export function differenceInterval(d: Pick<Interval, 'estimate' | 'low' | 'high' | 'level'>, v: Vocabulary): string {
  if (d.low === null || d.high === null) return '';
  if (formatMagnitude(d.estimate) !== '0.0' && d.low * d.high > 0) {
    const [a, b] = [Math.abs(d.low), Math.abs(d.high)].sort((x, y) => x - y);
    return `${pct(d.level)} interval ${formatMagnitude(a!)} to ${formatMagnitude(b!)}`;
  }
  const end = (x: number) =>
    formatMagnitude(x) === '0.0' ? 'no difference' : `${formatMagnitude(x)} points ${v.favour(x)}`;
  return `${pct(d.level)} interval from ${end(d.low)} to ${end(d.high)}`;
}

function caveats(n: number, options: WordingOptions): OutcomeWording['caveats'] {
  const out: OutcomeWording['caveats'] = [];
  if (n === 1) out.push({ key: 'small-sample', text: 'One seat is an example, not evidence of a pattern.' });
  else if (n > 1 && n < SMALL_SET)
    out.push({ key: 'small-sample', text: `With only ${n} seats, one unusual result moves the average a lot.` });
  out.push({
    key: 'not-random',
    text: 'The seats were chosen, not picked at random: seats that are targeted differ from others in ways a comparison may not capture.',
  });
  if (options.partialList !== false)
    out.push({
      key: 'partial-list',
      text: 'The public list may be partial: seats not named may have had the same activity.',
    });
  out.push({ key: 'association', text: 'A difference here is an association, not proof of cause.' });
  return out;
}

/** Covariates left out of matching, grouped by why. */
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

const seatList = (vs: readonly SeatValue[], v: Vocabulary) =>
  vs.map((s) => `${s.name} ${v.seatValue(s.value)}`).join('; ');

function othersPhrases(result: OutcomeResult, setMean: number, v: Vocabulary): [string | null, string | null] {
  const { otherSeats } = result;
  if (!otherSeats) return [null, null];
  if (otherSeats.mean === null || !otherSeats.difference)
    return [
      otherSeats.n > 0
        ? 'with too few other seats in the same regions to compare against (a region needs at least two)'
        : 'with no other seats of the same regions to compare against',
      null,
    ];
  // Chosen seats in a region with under two other seats are not compared: the figures given are those compared.
  const uncompared = new Set(otherSeats.uncompared.map((u) => u.code));
  const compared = result.set.values.filter((x) => !uncompared.has(x.code));
  const mean = uncompared.size ? compared.reduce((t, x) => t + x.value, 0) / compared.length : setMean;
  const base = otherSeats.comparator ?? otherSeats.mean;
  const value = sameSide(base, mean) ? `${formatMagnitude(base)} points` : v.amount(base);
  // The figure the difference is taken from: with several regions, each weighted by its chosen seats.
  const where =
    otherSeats.regions.length === 1 ? 'the same region' : 'the same regions (each weighted by the chosen seats in it)';
  const against = `against ${value} in the other ${plural(otherSeats.n, 'seat', 'seats')} of ${where}`;
  const lead = uncompared.size
    ? `Against other seats only the ${otherSeats.setN} of the ${result.set.n} chosen seats whose regions have at least two other seats are compared: there ${v.subject} ${v.movement(mean)} on average, ${against}. `
    : '';
  const d = otherSeats.difference;
  const within = otherSeats.regions.length > 1 ? ', each seat against its own region' : '';
  const is = `The difference${within}${within ? ',' : ''} is ${differencePhrase(d, v)}`;
  const test = otherSeats.p === null ? '' : `; the permutation test gives ${formatP(otherSeats.p)}`;
  const sentence =
    d.reason === 'calibration-miss'
      ? `${is}. ${d.note}.`
      : d.reason === 'small-against-others'
        ? `${is}${test}. ${othersSmallReason(otherSeats.setN)}.`
        : d.low === null || otherSeats.p === null
          ? `${is}.`
          : `The difference${within}, ${differencePhrase(d, v)}, ${chancePhrase(d, otherSeats.p)}.`;
  return [uncompared.size ? null : against, `${lead}${sentence}`];
}

function regionalPhrase({ regional }: OutcomeResult, v: Vocabulary): string | null {
  if (!regional.combined) return null;
  const names = listAnd(regional.regions.map((r) => r.name));
  const area =
    regional.regions.length === 1
      ? `every seat of ${names}`
      : `every seat of its ${regional.regions.length} regions (${names})`;
  const value = regional.combined.value;
  return isMissing(value)
    ? `No figure for ${area} is available: ${describeMissing(value)}.`
    : `Across ${area}, counting all votes together, ${v.subject} ${v.movement(value)}.`;
}

function matchedPhrase({ matched }: OutcomeResult, v: Vocabulary): string | null {
  if (!matched || !matched.difference) return null;
  const controls = new Set(matched.pairs.flatMap((p) => p.controls.map((c) => c.code))).size;
  const used = [...new Set(matched.pairs.flatMap((p) => p.used))].map(covariateLabel);
  const gaps = matchingGaps(matched.pairs);
  const on = used.length ? `similar in ${listAnd(used)}` : '(no covariate could be used)';
  const gapText = gaps.length ? ` (${gaps.join('; ')})` : '';
  const compared = `compared with ${plural(controls, 'matched seat', 'matched seats')} ${on}${gapText}, up to ${matched.k} per seat, won by the same party last time, from the same nation and region first`;
  // When some chosen seats have no matched seat, the gap is over the others only: say so where it is given.
  const lead =
    matched.unmatched.length > 0 && matched.n > 0
      ? `For the ${matched.n} of the ${matched.n + matched.unmatched.length} chosen seats that have matched seats, ${compared}`
      : `C${compared.slice(1)}`;
  const d = matched.difference;
  if (matched.thinPool)
    return `${lead}, the gap was ${differencePhrase(d, v)}. ${thinPoolReason(matched.n, matched.thinPool.inRegions)}.`;
  if (d.reason === 'calibration-miss') return `${lead}, the gap was ${differencePhrase(d, v)}. ${d.note}.`;
  if (d.reason === 'large-matched')
    return `${lead}, the gap was ${differencePhrase(d, v)}. ${matchedLargeReason(matched.n + matched.unmatched.length, matched.n)}.`;
  const chosen = matched.n + matched.unmatched.length;
  if (d.low === null && matched.n < MIN_SEATS_FOR_INTERVAL && chosen >= MIN_SEATS_FOR_INTERVAL) {
    const each = matched.pairs.map((p) => `${p.treated.name} ${v.seatGap(p.difference)}`).join('; ');
    return `${lead}, the gap was ${differencePhrase(d, v)}. ${fewMatchedReason(matched.n, chosen)}, so each is shown: ${each}.`;
  }
  if (d.low === null || matched.p === null) return `${lead}, the gap was ${differencePhrase(d, v)}.`;
  return `${lead}, the difference was ${differencePhrase(d, v)}, which ${chancePhrase(d, matched.p)}.`;
}

function placeboPhrase({ matched }: OutcomeResult, v: Vocabulary): string | null {
  const pl = matched?.placebo;
  if (!pl) return null;
  const earlier = `One election earlier, against the same controls, the gap was ${differencePhrase(pl.earlier, v)}`;
  const own = pl.did.reason === 'calibration-miss' && pl.did.note !== matched.difference?.note;
  return `${earlier}; the change in the gap (difference in differences) is ${differencePhrase(pl.did, v)}.${own ? ` ${pl.did.note}.` : ''}${alreadyThere(matched) ? ' One election earlier the gap already leaned the same way, and the change in it could be chance: the gap now may not come from what happened between the elections.' : ''}`;
}

/** A matched gap clear of zero whose difference in differences is not, with the earlier gap on the same side. */
function alreadyThere(matched: NonNullable<OutcomeResult['matched']>): boolean {
  const d = matched.difference;
  const pl = matched.placebo;
  if (!d || !pl || pl.did.low === null) return false;
  return excludesZero(d) && !excludesZero(pl.did) && Math.sign(pl.earlier.estimate) === Math.sign(d.estimate);
}

export function describeOutcome(result: OutcomeResult, options: WordingOptions = {}): OutcomeWording {
  const v = vocabulary(result.outcome);
  const many = options.setLabel ?? 'chosen seats';
  const one = options.setLabelOne ?? many.replace(/\bseats\b/, 'seat');
  const { set } = result;
  const dropped = set.dropped.length
    ? `Left out: ${set.dropped.map((d) => `${d.name} (${d.message})`).join('; ')}.`
    : null;
  const base = { key: result.key, subject: v.subject, dropped, caveats: caveats(set.n, options) };
  const empty = {
    others: null,
    difference: null,
    regional: null,
    matched: null,
    placebo: null,
    regressionToMean: null,
  };

  if (set.n === 0 || set.mean === null || set.interval === null) {
    const total = set.dropped.length;
    const text =
      total === 0
        ? `No comparison is possible: none of the ${many} was found in the data.`
        : `No comparison is possible: ${total === 1 ? `the one ${one} has no` : `none of the ${total} ${many} has a`} figure for ${v.subject}.`;
    return { ...base, ...empty, set: text, sentence: [text, dropped].filter(Boolean).join(' ') };
  }

  const small = smallMarker(set.n);
  let setText: string;
  if (set.n === 1) setText = `In the one ${one}, ${v.subject} ${v.movement(set.mean)}`;
  else if (set.interval.low === null)
    setText = `In the ${set.n} ${many}${small ? ` (${small})` : ''}, ${v.subject} ${v.movement(set.mean)} on average (seat by seat: ${seatList(set.values, v)})`;
  else
    setText = `In the ${set.n} ${many}${small ? ` (${small})` : ''}, ${v.subject} ${v.movement(set.mean)} on average (${levelInterval(set.interval, v)})`;

  const [others, difference] = othersPhrases(result, set.mean, v);
  const regionalText = regionalPhrase(result, v);
  const matchedText = matchedPhrase(result, v);
  const placeboText = placeboPhrase(result, v);
  const rtmText = rtmPhrase(result);
  const few = set.interval.low === null ? setSeatsReason(set.n, set.interval) : null;
  const label = options.role === 'exploratory' ? 'Exploratory comparison, not the claim\u2019s headline test.' : null;

  const first = `${setText}${others ? `, ${others}` : ''}.`;
  return {
    ...base,
    set: setText,
    others,
    difference,
    regional: regionalText,
    matched: matchedText,
    placebo: placeboText,
    regressionToMean: rtmText,
    sentence: [label, first, difference, regionalText, matchedText, few, placeboText, rtmText, dropped]
      .filter(Boolean)
      .join(' '),
  };
}

/** One sentence listing codes that were not used, or null when every code was found. */
export function describeUnresolved(result: Pick<CompareResult, 'unresolved' | 'duplicates'>): string | null {
  const parts = result.unresolved.map((u) => u.message);
  if (result.duplicates.length) parts.push(`${listAnd(result.duplicates)} listed more than once (used once)`);
  return parts.length ? `Not used: ${parts.join('; ')}.` : null;
}

/**
 * The set against the other seats of its regions and the regional figure only: for the placebo pair on /compare/,
 * whose matched figures are the rows "against the same matched seats" (a fresh matching would use other controls).
 */
export function describeAgainstOthers(result: OutcomeResult, options: WordingOptions = {}): string {
  const w = describeOutcome(result, options);
  if (w.others === null && w.difference === null && w.regional === null) return w.sentence;
  const few = result.set.interval?.low === null ? setSeatsReason(result.set.n, result.set.interval) : null;
  return [`${w.set}${w.others ? `, ${w.others}` : ''}.`, w.difference, w.regional, few, w.dropped]
    .filter(Boolean)
    .join(' ');
}

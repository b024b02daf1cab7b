// The one way a swing is written, in prose and tables alike, on seat, region and organiser pages: "3.8 points from
// Conservative to Labour", "3.8 Con → Lab" in a cell, or why there is no figure.
import { fixedAbs } from './numbers';
import { describeMissing, isMissing, type Maybe, type Missing } from '../missing';
import { formerCode, partyInfo, partyName, type Party } from '../parties';
import { listAnd } from './list';
import type { PairSwing } from '../metrics/swing';

/** A missing value's reason inside a sentence: "the Speaker stood at one or both of the two elections, ...". */
const why = (m: Missing): string => describeMissing(m).replace(/^(The|One) /, (w) => w.toLowerCase());

/**
 * The lede's sentence on the swing: "Swing 3.8 points from Conservative to Labour since 2019.", or why there is none;
 * `newcomers` names the top-two parties that had not stood here before, when that is why. Where the top two have no
 * swing but Conservative and Labour have one (`butler`, as the swing table gives it), the sentence gives that too, so
 * the lede does not say there is no figure above a table that has one.
 */
export function swingSentence(
  s: Maybe<PairSwing> | null,
  since: string,
  newcomers: readonly Party[] = [],
  uncounted: readonly Party[] = [],
  butler: Maybe<number> | null = null,
): string {
  if (!isMissing(s)) {
    const phrase = swingPhrase(s);
    // "no swing between Conservative and Labour" stands on its own ("Swing no swing ..." did not read).
    return phrase.startsWith('no swing') ? `No${phrase.slice(2)} ${since}.` : `Swing ${phrase} ${since}.`;
  }
  const reason =
    s.missing === 'party-did-not-stand' && uncounted.length
      ? uncountedWords(uncounted)
      : s.missing === 'new-in-top-two' && newcomers.length && !newcomers.includes('other')
        ? newcomerWords(newcomers, 'then')
        : why(s);
  if (butler === null || isMissing(butler)) return `No swing figure ${since}: ${reason}.`;
  // After "No swing between the top two", a reason's own closing words to that effect are not repeated.
  const short = reason.replace(/(, so there is no swing between the top two|: there is no swing between them)$/, '');
  const words = swingWords(butler);
  const conLab =
    words === 'no swing'
      ? 'There was no Conservative–Labour (Butler) swing.'
      : `The Conservative–Labour (Butler) swing was ${words}.`;
  return `No swing between the top two ${since}: ${short}. ${conLab}`;
}

/** Why a top two with a party the previous results give no figure for has no swing. */
export function uncountedWords(uncounted: readonly Party[]): string {
  const ind = uncounted.includes('ind') ? ' (any independent who stood then is among all other candidates)' : '';
  const name = (p: Party) => (p === 'ind' ? 'an independent' : partyName(p));
  return `the results then give no figure for ${listAnd(uncounted.map(name), 'or')}${ind}, so there is no change to measure a swing from`;
}

/**
 * Why a top two with a newcomer has no swing: "there was no Brexit Party candidate here then, so its whole share would
 * count as swing". A renamed party is named as it stood then ("no Brexit Party (now Reform UK) candidate").
 */
export function newcomerWords(newcomers: readonly Party[], when: string): string {
  const name = (p: Party) => {
    const former = formerCode(p);
    return former ? `${partyName(former)} (now ${partyName(p)})` : partyName(p);
  };
  const one = newcomers.length === 1;
  return `there was no ${listAnd(newcomers.map(name), 'or')} candidate here ${when}, so ${one ? 'its whole share' : 'their whole shares'} would count as swing`;
}

/** A swing between two parties in words, "3.8 points from Conservative to Labour" (short: "3.8 Con → Lab"). */
export function swingPhrase(s: Maybe<PairSwing> | null, short = false): string {
  if (s === null) return short ? '–' : 'no earlier election to compare';
  if (isMissing(s)) return short ? '–' : `no swing figure (${why(s)})`;
  const points = fixedAbs(s.points, 1);
  if (Number(points) === 0) return short ? '0.0' : `no swing between ${partyName(s.from)} and ${partyName(s.to)}`;
  return short
    ? `${points} ${partyInfo(s.from).short} → ${partyInfo(s.to).short}`
    : `${points} points from ${partyName(s.from)} to ${partyName(s.to)}`;
}

/** The short phrase for a narrow table cell: it may break after the points, never inside the parties ("4.2" above "Lab → Reform"). */
export function swingCell(s: Maybe<PairSwing> | null): string {
  const [points, ...parties] = swingPhrase(s, true).split(' ');
  return [points, parties.join('\u00a0')].filter(Boolean).join(' ');
}

/** Butler's Conservative-Labour swing in the same words ("6.4 points from Labour to Conservative"). */
export function butlerPair(v: Maybe<number>): Maybe<PairSwing> {
  if (isMissing(v)) return v;
  return v >= 0 ? { from: 'lab', to: 'con', points: v } : { from: 'con', to: 'lab', points: -v };
}

/** A Butler swing in plain words, for a map's labels and a region's lede: "6.4 points from Labour to Conservative". */
export function swingWords(v: Maybe<number> | null | undefined): string {
  if (v === null || v === undefined) return 'no swing figure';
  if (isMissing(v)) return describeMissing(v);
  return Number(fixedAbs(v, 1)) === 0 ? 'no swing' : swingPhrase(butlerPair(v));
}

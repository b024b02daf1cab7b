// Two-party Conservative<->Labour swing, Butler and Steed definitions (see the methodology page).
//
// Butler: ((Con_now - Con_before) + (Lab_before - Lab_now)) / 2, shares of all valid votes, in points.
// Steed: the same on shares of the Con+Lab vote only. Positive means a swing towards the Conservatives.
import { missing, type Maybe } from '../missing';
import type { Party } from '../parties';
import type { VoteCounts } from './share';

function bothStood(r: VoteCounts): boolean {
  return r.votes.con !== undefined && r.votes.lab !== undefined;
}

function reasonFor(now: VoteCounts, before: VoteCounts): Maybe<never> {
  if (now.votes.spk !== undefined || before.votes.spk !== undefined) return missing('speaker-seat');
  return missing('not-both-parties');
}

export function butlerSwing(now: VoteCounts, before: VoteCounts | null): Maybe<number> {
  if (!before) return missing('no-previous-election');
  if (!bothStood(now) || !bothStood(before)) return reasonFor(now, before);
  if (now.validVotes <= 0 || before.validVotes <= 0) return missing('no-votes');
  const con = (100 * now.votes.con!) / now.validVotes - (100 * before.votes.con!) / before.validVotes;
  const lab = (100 * now.votes.lab!) / now.validVotes - (100 * before.votes.lab!) / before.validVotes;
  return (con - lab) / 2;
}

export function steedSwing(now: VoteCounts, before: VoteCounts | null): Maybe<number> {
  if (!before) return missing('no-previous-election');
  if (!bothStood(now) || !bothStood(before)) return reasonFor(now, before);
  const twoNow = now.votes.con! + now.votes.lab!;
  const twoBefore = before.votes.con! + before.votes.lab!;
  if (twoNow <= 0 || twoBefore <= 0) return missing('no-votes');
  const con = (100 * now.votes.con!) / twoNow - (100 * before.votes.con!) / twoBefore;
  const lab = (100 * now.votes.lab!) / twoNow - (100 * before.votes.lab!) / twoBefore;
  return (con - lab) / 2;
}

/** A swing between two named parties, always stated as a non-negative number of points from `from` to `to`. */
export interface PairSwing {
  from: Party;
  to: Party;
  points: number;
}

/**
 * Two-party swing between parties `a` and `b` from their changes in share (points): ((change_b - change_a) / 2),
 * turned round so that it reads "points from the party that lost ground to the party that gained". Butler's Con-Lab
 * swing is this with a = lab, b = con. A party that stood at neither election has no change, so no swing; nor has a
 * pair with the Speaker in it, whom the main parties do not stand against, nor one with a candidate counted among all
 * others, whose share there is not theirs alone.
 */
export function pairSwing(change: Partial<Record<Party, number>>, a: Party, b: Party): Maybe<PairSwing> {
  if (a === 'spk' || b === 'spk') return missing('speaker-seat');
  if (a === 'other' || b === 'other') return missing('outside-candidate');
  const ca = change[a];
  const cb = change[b];
  if (ca === undefined || cb === undefined) return missing('party-did-not-stand');
  const s = (cb - ca) / 2;
  return s >= 0 ? { from: a, to: b, points: s } : { from: b, to: a, points: -s };
}

/**
 * A seat's top two at an election: its winner and runner-up as the results give them, which may be 'other' (a
 * candidate outside the named parties, such as an independent who came second); from the shares where no runner-up
 * is known.
 */
export function topTwoOf(m: {
  winner: Party;
  second: Party | null;
  shares: Partial<Record<Party, number>>;
}): [Party, Party] | null {
  return m.second ? [m.winner, m.second] : topTwo(m.shares);
}

/** The two parties with the largest shares (ties broken by party code so the answer is stable); 'other' is not a party. */
function topTwo(shares: Partial<Record<Party, number>>): [Party, Party] | null {
  const ranked = (Object.entries(shares) as [Party, number][])
    .filter(([p]) => p !== 'other')
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return ranked.length >= 2 ? [ranked[0]![0], ranked[1]![0]] : null;
}

// Two-party Conservative<->Labour swing, Butler and Steed definitions (see the methodology page).
//
// Butler: ((Con_now - Con_before) + (Lab_before - Lab_now)) / 2, shares of all valid votes, in points.
// Steed: the same on shares of the Con+Lab vote only. Positive means a swing towards the Conservatives.
import { missing, type Maybe } from '../missing';
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

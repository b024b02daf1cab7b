// Winner, runner-up, majority (votes and % of valid votes) and turnout for one result.
import { missing, type Maybe } from '../missing';
import type { Party } from '../parties';
import type { VoteCounts } from './share';

export interface Placing {
  party: Party;
  votes: number;
}

/** Parties ordered by votes, most first; ties keep a stable order by party code. */
export function placings(r: VoteCounts): Placing[] {
  return (Object.entries(r.votes) as [Party, number][])
    .map(([party, votes]) => ({ party, votes }))
    .sort((a, b) => b.votes - a.votes || a.party.localeCompare(b.party));
}

export function majorityVotes(winnerVotes: number, secondVotes: number): number {
  return winnerVotes - secondVotes;
}

export function majorityPct(majority: number, validVotes: number): Maybe<number> {
  if (validVotes <= 0) return missing('no-votes');
  return (100 * majority) / validVotes;
}

export function turnoutPct(validVotes: number, electorate: number | null): Maybe<number> {
  if (!electorate) return missing('no-electorate');
  return (100 * validVotes) / electorate;
}

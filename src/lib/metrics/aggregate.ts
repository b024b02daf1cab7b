// Sum results over many seats (region, nation, UK): votes are summed, never shares averaged.
import type { Party } from '../parties';
import type { VoteCounts } from './share';

export interface CountedResult extends VoteCounts {
  electorate: number | null;
  winner: Party;
}

export interface Aggregate extends VoteCounts {
  electorate: number;
  seats: number;
  /** Seats where the electorate was not recorded are left out of the electorate total. */
  seatsWithElectorate: number;
  seatsWon: Partial<Record<Party, number>>;
}

export function aggregate(results: readonly CountedResult[]): Aggregate {
  const votes: Partial<Record<Party, number>> = {};
  const seatsWon: Partial<Record<Party, number>> = {};
  let validVotes = 0;
  let electorate = 0;
  let seatsWithElectorate = 0;
  for (const r of results) {
    validVotes += r.validVotes;
    if (r.electorate) {
      electorate += r.electorate;
      seatsWithElectorate++;
    }
    for (const [p, v] of Object.entries(r.votes) as [Party, number][]) votes[p] = (votes[p] ?? 0) + v;
    seatsWon[r.winner] = (seatsWon[r.winner] ?? 0) + 1;
  }
  return { validVotes, votes, electorate, seats: results.length, seatsWithElectorate, seatsWon };
}

// A hand-made seat result for tests (TEST DATA): valid votes are the sum of the votes, nothing estimated.
import type { SeatResult } from '../../src/lib/schema/result';

export function seatResult(
  election: SeatResult['election'],
  code: string,
  electorate: number | null,
  votes: SeatResult['votes'],
  winner: SeatResult['winner'],
  second: SeatResult['second'],
  majority: number,
  source: string,
): SeatResult {
  const validVotes = Object.values(votes).reduce((sum, v) => sum + v, 0);
  return {
    election,
    code,
    electorate,
    validVotes,
    votes,
    winner,
    second,
    majority,
    estimated: false,
    sources: { '*': source },
  };
}

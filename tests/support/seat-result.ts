// A hand-made seat result for tests (TEST DATA): valid votes are the sum of the votes, nothing is estimated and every
// figure comes from the one source named.
import type { SeatResult } from '../../src/lib/schema/result';

type Given = Omit<SeatResult, 'validVotes' | 'estimated' | 'sources'>;

export const seatResult = (given: Given, source: string): SeatResult => ({
  ...given,
  validVotes: Object.values(given.votes).reduce((sum, v) => sum + v, 0),
  estimated: false,
  sources: { '*': source },
});

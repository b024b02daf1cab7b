// Test data, hand-made (not real results): three seats' metrics at one election, used by the map-ui tests.
import type { SeatMetrics } from '~/lib/schema/metrics';

const base = {
  election: '2019' as const,
  prevElection: '2017' as const,
  nation: 'E92000001',
  boundarySet: '2010' as const,
  electorate: 1000,
  validVotes: 600,
  second: null,
  steedSwing: 0,
  estimated: false,
};

/** The majority in votes and as a share of the 600 valid votes every seat here has. */
const majority = (votes: number) => ({ majorityVotes: votes, majorityPct: (100 * votes) / base.validVotes });

/** Alpha: a Labour gain; shares chosen to test rounding of halves (45.25 -> 45.3, 4.35 -> 4.4, -2.195 -> -2.2). */
export const alpha: SeatMetrics = {
  ...base,
  code: 'E14000001',
  name: 'Alpha',
  region: 'E12000007',
  turnoutPct: 60,
  winner: 'lab',
  second: 'con',
  ...majority(120),
  shares: { lab: 45.25, con: 25.249, ld: 29.501 },
  prevWinner: 'con',
  change: { lab: 4.35, con: -0.04, ld: 2 },
  swingLabToCon: -2.195,
};

/** Bravo: the Speaker's seat (the main parties did not stand). */
export const bravo: SeatMetrics = {
  ...base,
  code: 'E14000002',
  name: 'Bravo',
  region: 'E12000008',
  turnoutPct: 50,
  winner: 'spk',
  ...majority(300),
  shares: { spk: 70, green: 15, ukip: 15 },
  prevWinner: 'spk',
  change: { spk: 1, green: -1 },
  swingLabToCon: { missing: 'speaker-seat' },
};

/** Charlie: a Conservative hold with no electorate recorded. */
export const charlie: SeatMetrics = {
  ...base,
  code: 'E14000003',
  name: 'Charlie',
  region: 'E12000007',
  electorate: null,
  turnoutPct: { missing: 'no-electorate' },
  winner: 'con',
  ...majority(60),
  shares: { con: 40, lab: 30, ld: 30 },
  prevWinner: 'con',
  change: { con: 1, lab: -3, ld: 2 },
  swingLabToCon: 2,
};

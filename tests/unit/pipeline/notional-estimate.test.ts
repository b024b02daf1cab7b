// The 2019 notional estimate on hand-made seats: votes shared by population, and a candidate among "all other
// candidates" whom the old result names as runner-up ranked as one rival, not the others' total.
import { describe, expect, it } from 'vitest';
import { estimateNotional, outsideCandidateVotes } from '../../../pipeline/steps/notional-estimate';
import type { SeatResult } from '~/lib/schema/result';

// TEST DATA, hand-made. Old seat A: an outside candidate came second with 300 (Con 500, majority 200). Old seat B:
// its 200 other votes are nobody's in particular (Con came second).
const old = (code: string, votes: SeatResult['votes'], winner: SeatResult['winner'], second: SeatResult['second']) => ({
  election: '2019' as const,
  code,
  electorate: 2000,
  validVotes: 1000,
  votes,
  winner,
  second,
  majority: 200,
  estimated: false,
  sources: { '*': 'test' },
});
const A = old('E14000001', { con: 500, lab: 200, other: 300 }, 'con', 'other');
const B = old('E14000002', { con: 300, lab: 500, other: 200 }, 'lab', 'con');
// N1 takes 90% of A and 10% of B; N2 the rest.
const lineage = [
  { old: A.code, new: 'E14001001', popShareOfOld: 0.9, popShareOfNew: 0.9 },
  { old: B.code, new: 'E14001001', popShareOfOld: 0.1, popShareOfNew: 0.1 },
  { old: A.code, new: 'E14001002', popShareOfOld: 0.1, popShareOfNew: 0.1 },
  { old: B.code, new: 'E14001002', popShareOfOld: 0.9, popShareOfNew: 0.9 },
];
const official = new Map([
  ['E14001001', { code: 'E14001001', winner: 'con' as const, majority: 190, electorate: 2000, validVotes: 1000 }],
  ['E14001002', { code: 'E14001002', winner: 'lab' as const, majority: 100, electorate: 4000, validVotes: 2000 }],
]);

describe('outsideCandidateVotes', () => {
  it('is the runner-up’s votes from the majority when the runner-up is among all others, else 0', () => {
    expect(outsideCandidateVotes(A)).toBe(300);
    expect(outsideCandidateVotes(B)).toBe(0);
    expect(outsideCandidateVotes({ ...B, winner: 'other', second: 'lab', votes: { lab: 250, other: 450 } })).toBe(450);
    expect(outsideCandidateVotes({ ...A, majority: null })).toBe(0);
    // Independents first and second (600 and 400 of 1,100 others): the majority gives neither one's votes.
    expect(outsideCandidateVotes({ ...A, winner: 'other', second: 'other', votes: { lab: 50, other: 1100 } })).toBe(0);
  });
});

describe('estimateNotional', () => {
  const r = estimateNotional([A, B], lineage, official, 'test-notional');
  const [n1, n2] = r.seats;

  it('ranks the shared-out outside candidate (270) above Labour (230) as the runner-up, with its majority', () => {
    // N1: Con 450 + 30 = 480, Lab 180 + 50 = 230, other 270 + 20 = 290, of which A's candidate 0.9 × 300 = 270.
    expect(n1!.estimate).toMatchObject({ winner: 'con', second: 'other' });
    expect(n1!.estimate.officialWinnerMargin).toBeCloseTo(210, 9);
    expect(n1!.estimate.majority).toBeCloseTo(210, 9);
    expect(r.results.find((x) => x.code === 'E14001001')!.second).toBe('other');
  });

  it('leaves a small share of that candidate behind the parties, after scaling to the official valid votes', () => {
    // N2: Lab 20 + 450 = 470, Con 50 + 270 = 320, A's candidate 30; scaled by 2000 / 1000.
    expect(n2!.estimate).toMatchObject({ winner: 'lab', second: 'con' });
    expect(n2!.estimate.majority).toBeCloseTo(300, 9);
    expect(n2!.estimate.officialWinnerMargin).toBeCloseTo(300, 9);
    expect(r.results.find((x) => x.code === 'E14001002')!.votes.other).toBeCloseTo(420, 9);
  });
});

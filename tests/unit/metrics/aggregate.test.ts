// Aggregation sums votes over seats: the pooled share differs from the mean of seat shares.
import { describe, expect, it } from 'vitest';
import { aggregate } from '~/lib/metrics/aggregate';
import { share } from '~/lib/metrics/share';

// Seat A: 100 valid votes, Lab 60 (60 %), Con 40.  Seat B: 300 valid votes, Lab 60 (20 %), Con 240.
const a = { validVotes: 100, votes: { lab: 60, con: 40 }, electorate: 200, winner: 'lab' as const };
const b = { validVotes: 300, votes: { lab: 60, con: 240 }, electorate: 400, winner: 'con' as const };

describe('aggregate', () => {
  it('sums votes, electorate and seats won', () => {
    expect(aggregate([a, b])).toEqual({
      validVotes: 400,
      votes: { lab: 120, con: 280 },
      electorate: 600,
      seats: 2,
      seatsWithElectorate: 2,
      seatsWon: { lab: 1, con: 1 },
    });
  });

  it('pooled share is votes over votes, not the mean of shares', () => {
    // mean of seat shares = (60 + 20) / 2 = 40 %; pooled = (60 + 60) / (100 + 300) = 30 %
    const meanOfShares = ((share(a, 'lab') as number) + (share(b, 'lab') as number)) / 2;
    expect(meanOfShares).toBe(40);
    expect(share(aggregate([a, b]), 'lab')).toBe(30);
    // Con: pooled (40 + 240) / 400 = 70 %
    expect(share(aggregate([a, b]), 'con')).toBe(70);
  });

  it('a seat without an electorate is left out of the electorate total and counted separately', () => {
    const c = { validVotes: 50, votes: { ld: 50 }, electorate: null, winner: 'ld' as const };
    const agg = aggregate([a, b, c]);
    expect(agg.electorate).toBe(600);
    expect(agg.seats).toBe(3);
    expect(agg.seatsWithElectorate).toBe(2);
    expect(agg.validVotes).toBe(450);
    expect(agg.votes).toEqual({ lab: 120, con: 280, ld: 50 });
    expect(agg.seatsWon).toEqual({ lab: 1, con: 1, ld: 1 });
  });

  it('no seats gives zeros, not NaN', () => {
    expect(aggregate([])).toEqual({
      validVotes: 0,
      votes: {},
      electorate: 0,
      seats: 0,
      seatsWithElectorate: 0,
      seatsWon: {},
    });
  });
});

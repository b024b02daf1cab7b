// The home page headline: seats won in 2024 beside the official 2019 notional seats, largest first.
import { describe, expect, it } from 'vitest';
import { buildHeadline } from '~/views/home';

describe('buildHeadline', () => {
  // Test data: a four-seat country.
  const h = buildHeadline({
    area2024: {
      seats: 4,
      seatsWon: { lab: 3, ld: 1 },
      shares: { lab: 40, ld: 20, con: 30 },
      change: { lab: 5, ld: 1, con: -6 },
      turnoutPct: 61.5,
    },
    notionalSeats: { con: 3, lab: 1 },
    ownColumns: null,
    candidateVotes: {},
  });

  it('lists every party that won a seat in either, largest first', () => {
    expect(h.rows.map((r) => [r.party, r.seats, r.seatsBefore])).toEqual([
      ['lab', 3, 1],
      ['ld', 1, 0],
      ['con', 0, 3],
    ]);
    expect(h.winner.name).toBe('Labour');
  });

  it('gives shares and changes, the majority line and turnout', () => {
    expect(h.rows[2]).toMatchObject({ share: 30, shareChange: -6, colour: '#0087DC' });
    expect(h.majorityLine).toBe(3);
    expect(h.totalSeats).toBe(4);
    expect(h.turnout).toBe(61.5);
  });

  it('has no turnout when it is missing', () => {
    const m = buildHeadline({
      area2024: { seats: 1, seatsWon: { lab: 1 }, shares: {}, change: {}, turnoutPct: { missing: 'no-electorate' } },
      notionalSeats: {},
      ownColumns: null,
      candidateVotes: {},
    });
    expect(m.turnout).toBeNull();
    expect(m.rows).toEqual([
      {
        party: 'lab',
        name: 'Labour',
        colour: '#E4003B',
        seats: 1,
        seatsBefore: 0,
        share: null,
        shareChange: null,
        fromCandidates: false,
      },
    ]);
  });

  it("takes a party's share from every candidate when the results file gives it no column of its own", () => {
    // Test data: an independent won one of four seats; the results file carves out only that winner's 500 votes (5%
    // of 10,000), but the party's four candidates had 2,000 in all (20%).
    const m = buildHeadline({
      area2024: {
        seats: 4,
        seatsWon: { lab: 2, con: 1, ind: 1 },
        shares: { lab: 40, con: 30, ind: 5, other: 25 },
        change: { lab: 2, con: -3, ind: 4 },
        turnoutPct: 60,
      },
      notionalSeats: { lab: 2, con: 2 },
      ownColumns: ['lab', 'con'],
      candidateVotes: { lab: 4000, con: 3000, ind: 2000, other: 1000 },
    });
    expect(m.rows.map((r) => [r.party, r.share, r.shareChange, r.fromCandidates])).toEqual([
      ['lab', 40, 2, false],
      ['con', 30, -3, false],
      ['ind', 20, null, true],
    ]);
  });
});

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
    });
    expect(m.turnout).toBeNull();
    expect(m.rows).toEqual([
      { party: 'lab', name: 'Labour', colour: '#E4003B', seats: 1, seatsBefore: 0, share: null, shareChange: null },
    ]);
  });
});

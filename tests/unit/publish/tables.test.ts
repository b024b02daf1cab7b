import { describe, expect, it } from 'vitest';
import { regionsRows, resultsRows, SEATS_COLUMNS, seatsRows } from '../../../src/lib/publish/tables';
import type { SeatMetrics } from '../../../src/lib/schema/metrics';
import { seatResult } from '../../support/seat-result';

// Test data: an invented seat, not a real result.
const metrics: SeatMetrics = {
  election: '2019',
  code: 'E14999001',
  name: 'Testtown',
  region: 'E12000007',
  nation: 'E92000001',
  boundarySet: '2010',
  electorate: 1000,
  validVotes: 600,
  turnoutPct: 60,
  winner: 'lab',
  second: 'con',
  majorityVotes: 100,
  majorityPct: 16.666666,
  shares: { lab: 50, con: 33.333333, green: 16.666666 },
  prevElection: '2017',
  prevWinner: 'con',
  change: { lab: 10, con: -5.123456, ld: -4.87 },
  swingLabToCon: -7.561728,
  steedSwing: { missing: 'not-both-parties' },
  estimated: false,
};

describe('seats.csv rows', () => {
  it('rounds to two decimals, names regions and explains every empty cell', () => {
    const [row] = seatsRows([metrics]);
    expect(Object.keys(row!)).toEqual([...SEATS_COLUMNS]);
    expect(row).toMatchObject({
      region: 'London',
      nation: 'England',
      turnout_pct: 60,
      majority_pct: 16.67,
      lab_pct: 50,
      con_pct: 33.33,
      ld_pct: null,
      con_change_pp: -5.12,
      ld_change_pp: -4.87,
      swing_lab_to_con: -7.56,
      steed_swing_lab_to_con: null,
      prev_winner: 'con',
    });
    expect(row!.notes).toBe('steed_swing_lab_to_con: not-both-parties; ld_pct: party-did-not-stand');
  });
});

describe('results.csv rows', () => {
  it('has one row per party with its share and source', () => {
    const r = seatResult(
      {
        election: '2019',
        code: 'E14999001',
        electorate: 1000,
        votes: { lab: 300, con: 200, green: 100 },
        winner: 'lab',
        second: 'con',
        majority: 100,
      },
      'hoc-ge2019',
    );
    const rows = resultsRows([r], new Map([['E14999001', 'Testtown']]));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({
      election: '2019',
      ons_code: 'E14999001',
      constituency: 'Testtown',
      party: 'con',
      votes: 200,
      share_pct: 33.33,
      estimated: false,
      source: 'hoc-ge2019',
    });
  });
});

describe('regions.csv rows', () => {
  it('counts seats won by the three main parties, zero when none', () => {
    const [row] = regionsRows([
      {
        election: '2019',
        area: 'E12000007',
        areaName: 'London',
        kind: 'region',
        seats: 2,
        electorate: 2000,
        validVotes: 1200,
        turnoutPct: 60,
        seatsWon: { lab: 2 },
        shares: { lab: 55.5555 },
        prevElection: '2017',
        change: { lab: 1.234 },
        swingLabToCon: { missing: 'not-both-parties' },
        steedSwing: 0,
        estimated: false,
      },
    ]);
    expect(row).toMatchObject({
      con_seats: 0,
      lab_seats: 2,
      ld_seats: 0,
      lab_pct: 55.56,
      lab_change_pp: 1.23,
      swing_lab_to_con: null,
      steed_swing_lab_to_con: 0,
      notes: 'swing_lab_to_con: not-both-parties',
    });
  });
});

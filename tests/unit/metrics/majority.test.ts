// Placings, majority and turnout on hand-computed fixtures.
import { describe, expect, it } from 'vitest';
import { majorityPct, majorityVotes, placings, turnoutPct } from '~/lib/metrics/majority';

describe('placings', () => {
  it('orders by votes, most first', () => {
    const p = placings({ validVotes: 115, votes: { green: 5, lab: 30, con: 50, ld: 30 } });
    // Con 50 first; Lab and LD tie on 30 and are ordered by party code ('lab' < 'ld'); Green 5 last.
    expect(p).toEqual([
      { party: 'con', votes: 50 },
      { party: 'lab', votes: 30 },
      { party: 'ld', votes: 30 },
      { party: 'green', votes: 5 },
    ]);
  });

  it('a tie for first is broken by party code, whatever the input order', () => {
    expect(placings({ validVotes: 20, votes: { lab: 10, con: 10 } }).map((x) => x.party)).toEqual(['con', 'lab']);
    expect(placings({ validVotes: 20, votes: { con: 10, lab: 10 } }).map((x) => x.party)).toEqual(['con', 'lab']);
  });

  it('no votes recorded gives no placings', () => {
    expect(placings({ validVotes: 0, votes: {} })).toEqual([]);
  });
});

describe('majority', () => {
  it('majorityVotes is winner minus runner-up', () => {
    expect(majorityVotes(22780, 18006)).toBe(4774); // Putney 2019, Lab over Con
  });

  it('majorityPct is a percentage of valid votes', () => {
    expect(majorityPct(25, 200)).toBe(12.5); // 100 * 25 / 200
    expect(majorityPct(0, 200)).toBe(0);
    expect(majorityPct(25, 0)).toEqual({ missing: 'no-votes' });
  });
});

describe('turnoutPct', () => {
  it('valid votes over electorate', () => {
    expect(turnoutPct(300, 400)).toBe(75); // 100 * 300 / 400
  });

  it('an unrecorded (null) or zero electorate gives a missing value', () => {
    expect(turnoutPct(300, null)).toEqual({ missing: 'no-electorate' });
    expect(turnoutPct(300, 0)).toEqual({ missing: 'no-electorate' });
  });
});

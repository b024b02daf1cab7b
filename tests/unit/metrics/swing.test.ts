// Butler and Steed swing on hand-computed fixtures, including a case where the two disagree in sign.
import { describe, expect, it } from 'vitest';
import { butlerSwing, steedSwing } from '~/lib/metrics/swing';

const r = (validVotes: number, votes: Record<string, number>) => ({ validVotes, votes });

describe('butlerSwing', () => {
  it('Con 40 Lab 40 -> Con 45 Lab 35 (of 100): +5.0 towards Con', () => {
    // ((45 - 40) + (40 - 35)) / 2 = (5 + 5) / 2 = 5
    expect(butlerSwing(r(100, { con: 45, lab: 35, ld: 20 }), r(100, { con: 40, lab: 40, ld: 20 }))).toBe(5);
  });

  it('the mirror image is -5.0 (towards Lab)', () => {
    // ((40 - 45) + (35 - 40)) / 2 = (-5 - 5) / 2 = -5
    expect(butlerSwing(r(100, { con: 40, lab: 40, ld: 20 }), r(100, { con: 45, lab: 35, ld: 20 }))).toBe(-5);
  });

  it('uses shares, not counts, when turnout changes', () => {
    // before 40/100 = 40 %, 40/100 = 40 %; after 45/150 = 30 %, 30/150 = 20 %.
    // Con change -10, Lab change -20: (-10 - (-20)) / 2 = +5
    expect(butlerSwing(r(150, { con: 45, lab: 30, other: 75 }), r(100, { con: 40, lab: 40, other: 20 }))).toBe(5);
  });

  it("Speaker's seat (either election) -> 'speaker-seat'", () => {
    const speaker = r(100, { spk: 70, green: 30 });
    const normal = r(100, { con: 40, lab: 40, ld: 20 });
    expect(butlerSwing(speaker, normal)).toEqual({ missing: 'speaker-seat' });
    expect(butlerSwing(normal, speaker)).toEqual({ missing: 'speaker-seat' });
  });

  it("Labour missing (no Speaker) -> 'not-both-parties'", () => {
    expect(butlerSwing(r(100, { con: 60, ld: 40 }), r(100, { con: 40, lab: 40, ld: 20 }))).toEqual({
      missing: 'not-both-parties',
    });
    expect(butlerSwing(r(100, { con: 40, lab: 40, ld: 20 }), r(100, { con: 60, ld: 40 }))).toEqual({
      missing: 'not-both-parties',
    });
  });

  it('a party that stood with 0 votes still stood', () => {
    // before Con 0 %, Lab 50 %; after Con 10 %, Lab 50 %: (10 - 0) / 2 = 5
    expect(butlerSwing(r(100, { con: 10, lab: 50, other: 40 }), r(100, { con: 0, lab: 50, other: 50 }))).toBe(5);
  });

  it("no previous election -> 'no-previous-election'; no valid votes -> 'no-votes'", () => {
    expect(butlerSwing(r(100, { con: 40, lab: 40 }), null)).toEqual({ missing: 'no-previous-election' });
    expect(butlerSwing(r(0, { con: 0, lab: 0 }), r(100, { con: 40, lab: 40 }))).toEqual({ missing: 'no-votes' });
  });
});

describe('steedSwing', () => {
  it('the same on the Con+Lab vote only', () => {
    // before: Con 40 / 80 = 50 %, Lab 50 %. after: Con 45 / 80 = 56.25 %, Lab 35 / 80 = 43.75 %.
    // (6.25 + 6.25) / 2 = 6.25
    expect(steedSwing(r(100, { con: 45, lab: 35, ld: 20 }), r(100, { con: 40, lab: 40, ld: 20 }))).toBe(6.25);
  });

  it('can have the opposite sign to Butler when a third party surges', () => {
    // before (of 100): Con 20, Lab 60, LD 20.  after (of 100): Con 10, Lab 40, Reform 50.
    // Butler: Con 10 - 20 = -10, Lab 40 - 60 = -20 -> (-10 - (-20)) / 2 = +5 (towards Con: Lab fell further).
    // Steed: Con's two-party share 20/80 = 25 % -> 10/50 = 20 % (-5); Lab 75 % -> 80 % (+5)
    //        -> (-5 - 5) / 2 = -5 (towards Lab: Con lost a larger fraction of its vote).
    const before = r(100, { con: 20, lab: 60, ld: 20 });
    const now = r(100, { con: 10, lab: 40, reform: 50 });
    expect(butlerSwing(now, before)).toBe(5);
    expect(steedSwing(now, before)).toBeCloseTo(-5, 12);
  });

  it('missing reasons match Butler', () => {
    expect(steedSwing(r(100, { spk: 100 }), r(100, { con: 40, lab: 40 }))).toEqual({ missing: 'speaker-seat' });
    expect(steedSwing(r(100, { con: 60, ld: 40 }), r(100, { con: 40, lab: 40 }))).toEqual({
      missing: 'not-both-parties',
    });
    expect(steedSwing(r(100, { con: 40, lab: 40 }), null)).toEqual({ missing: 'no-previous-election' });
    // Both stood but got no votes at all: no two-party vote to divide by.
    expect(steedSwing(r(100, { con: 0, lab: 0, ld: 100 }), r(100, { con: 40, lab: 40 }))).toEqual({
      missing: 'no-votes',
    });
  });
});

// "All other candidates" compared like with like between sources that name different parties, on hand-made results.
import { describe, expect, it } from 'vitest';
import { ELECTIONS } from '~/lib/elections';
import { likeWithLike } from '~/lib/metrics/like-with-like';
import { changesOf } from '~/lib/metrics/seat-metrics';
import type { Party } from '~/lib/parties';
import { LAYOUTS } from '../../../pipeline/parse/hoc-results';

const NAMED: readonly Party[] = ['con', 'lab', 'green'];

describe('changesOf with the sources the elections come from', () => {
  it("Chorley's shape: a 2019 independent runner-up (carved out) is among 2024's other candidates", () => {
    // 2019: Speaker 600, Ind 250, Green 150, nobody else (1,000 valid). 2024: Speaker 700, Green 150, other 150.
    const before = { validVotes: 1000, votes: { spk: 600, ind: 250, green: 150 } };
    const now = { validVotes: 1000, votes: { spk: 700, green: 150, other: 150 } };
    const c = changesOf(now, before, { now: NAMED, before: NAMED });
    // other: 15.0 now against 0 + 25.0 before (the independent), not 15.0 against nothing.
    expect(c.other).toBeCloseTo(-10, 12);
    expect(c.spk).toBeCloseTo(10, 12);
    expect(c.green).toBe(0);
    expect(c.ind).toBe(-25); // no 2024 row; counted as zero there, as any party without one
    // The changes of the rows shown add up to zero, as the shares do.
    expect(c.other! + c.spk! + c.green!).toBeCloseTo(0, 12);
  });

  it('a party the earlier source named and the later one counts as other (UKIP 2017 -> 2019) joins the earlier other', () => {
    const before = { validVotes: 200, votes: { con: 100, lab: 60, ukip: 30, other: 10 } };
    const now = { validVotes: 200, votes: { con: 110, lab: 70, other: 20 } };
    const c = changesOf(now, before, { now: NAMED, before: [...NAMED, 'ukip'] });
    expect(c.other).toBeCloseTo(-10, 12); // 10% now against (30 + 10) / 200 = 20% before
    expect(c.ukip).toBe(-15); // its own change, with 2019 counted as zero, is as before
    expect(c.con).toBeCloseTo(5, 12);
  });

  it('a party the later source names but that did not stand later is not folded: its fall is its own', () => {
    const before = { validVotes: 100, votes: { con: 50, green: 10, other: 40 } };
    const now = { validVotes: 100, votes: { con: 60, other: 40 } };
    expect(changesOf(now, before, { now: NAMED, before: NAMED })).toEqual({ con: 10, green: -10, other: 0 });
  });

  it('a party carved out later from an earlier other: neither it nor other has a change', () => {
    const before = { validVotes: 100, votes: { con: 50, lab: 30, other: 20 } };
    const now = { validVotes: 100, votes: { con: 40, lab: 30, ind: 25, other: 5 } };
    expect(changesOf(now, before, { now: NAMED, before: NAMED })).toEqual({ con: -10, lab: 0 });
  });

  it('a source that names every party (2010) against one that does not (2015): the BNP and independents join other', () => {
    const before = { validVotes: 100, votes: { con: 40, lab: 30, bnp: 5, ind: 3, ucunf: 0, other: 2 } };
    const now = { validVotes: 100, votes: { con: 45, lab: 35, other: 20 } };
    const c = changesOf(now, before, { now: NAMED, before: null });
    expect(c.other).toBeCloseTo(10, 12); // 20 against 2 + 5 + 3
    expect(c.bnp).toBe(-5);
  });

  it('the Speaker, who wins and so always has a row, is not folded into a later other (Buckingham 2017 -> 2019)', () => {
    const before = { validVotes: 100, votes: { spk: 65, green: 10, other: 25 } };
    const now = { validVotes: 100, votes: { con: 60, green: 30, other: 10 } };
    const c = changesOf(now, before, { now: NAMED, before: NAMED });
    expect(c.spk).toBe(-65);
    expect(c.other).toBe(-15);
  });

  it('a new Speaker (Chorley 2019) is not a candidate the earlier file counted as other: the change is from zero', () => {
    const before = { validVotes: 100, votes: { lab: 55, con: 40, other: 5 } };
    const now = { validVotes: 100, votes: { spk: 67, ind: 24, green: 9 } };
    const c = changesOf(now, before, { now: NAMED, before: NAMED });
    expect(c.spk).toBe(67);
    expect(c.ind).toBeUndefined();
    expect(c.other).toBeUndefined();
  });

  it('a renamed party and a joint ticket are never folded into other', () => {
    const before = { validVotes: 100, votes: { con: 40, brexit: 10, ucunf: 20, other: 30 } };
    const now = { validVotes: 100, votes: { con: 40, reform: 15, uup: 20, other: 25 } };
    const like = likeWithLike(now, before, { now: [...NAMED, 'reform', 'uup'], before: null });
    expect(like.before.votes.other).toBe(30);
    // The UUP stood only within UCUNF before: no change; the Conservatives had votes of their own, so keep theirs.
    expect([...like.noChange]).toEqual(['uup']);
    const c = changesOf(now, before, { now: [...NAMED, 'reform', 'uup'], before: null });
    expect(c.reform).toBeCloseTo(5, 12);
    expect(c.uup).toBeUndefined();
    expect(c.con).toBe(0);
  });

  it("Brighton Kemptown and Peacehaven 2024: the Brexit Party's votes are not folded into other where Reform UK did not stand", () => {
    // Test data shaped like the seat: the Brexit Party 2.7 in the 2019 notional result, no other candidates then; in
    // 2024 Reform UK (the same party, with a column of its own) stood aside and other candidates had 6.4.
    const before = { validVotes: 1000, votes: { lab: 516, con: 350, ld: 61, green: 46, brexit: 27 } };
    const now = { validVotes: 1000, votes: { lab: 440, con: 202, green: 197, ld: 97, other: 64 } };
    const own = { now: [...NAMED, 'ld', 'reform'] as Party[], before: [...NAMED, 'ld', 'brexit'] as Party[] };
    expect(likeWithLike(now, before, own).before.votes.other ?? 0).toBe(0);
    const c = changesOf(now, before, own);
    // Other candidates rose from none to 6.4 (it was +3.7 when the Brexit Party's 2.7 were counted as theirs before).
    expect(c.other).toBeCloseTo(6.4, 12);
    expect(c.brexit).toBeCloseTo(-2.7, 12);
  });

  it('Strangford 2010 -> 2015: the Conservatives and the UUP, who stood as UCUNF in 2010, have no change', () => {
    // Test data: UCUNF 30 in 2010; the UUP 15 and the Conservatives 6 standing apart in 2015.
    const before = { validVotes: 100, votes: { dup: 46, ucunf: 30, apni: 9, other: 15 } };
    const now = { validVotes: 100, votes: { dup: 44, uup: 15, con: 6, apni: 14, other: 21 } };
    const c = changesOf(now, before, { now: [...NAMED, 'dup', 'uup', 'apni'], before: null });
    expect(c).toEqual({ dup: -2, apni: 5, other: 6, ucunf: -30 });
  });
});

describe('ownColumns', () => {
  it("are the parties of each Commons Library file's own columns (the parser's layouts)", () => {
    for (const id of ['2015', '2017', '2019', '2024'] as const) {
      const layout = Object.values(LAYOUTS[id].parties).filter((p) => p !== 'other');
      expect([...layout].sort(), id).toEqual([...ELECTIONS.find((e) => e.id === id)!.ownColumns!].sort());
    }
    expect(ELECTIONS.find((e) => e.id === '2019N')!.ownColumns).toEqual(
      ELECTIONS.find((e) => e.id === '2019')!.ownColumns,
    );
  });
});

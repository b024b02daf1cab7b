import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSeats } from '~/lib/compare/engine';
import type { Outcome } from '~/lib/compare/outcomes';
import type { CompareInput } from '~/lib/compare/types';
import { isMissing } from '~/lib/missing';
import { AFTER, BEFORE, fixtureInput, NOTIONAL, R1, R2, REGIONS } from '../../fixtures/compare/seats';

// Per-seat values in the fixture (after - before, points):
//   Lab change: S1 -8, S2 -6, S3 -10, S4 -12, S5 -11 (R1); S7 -3, S8 -5, S9 -4, S10 -8 (R2); Speaker seat: none.
//   Con change: S1 +4, S2 +3, S3 +6, S4 +6, S5 +7; S7 +2, S8 +2, S9 +3, S10 +5.
//   Butler swing (dCon - dLab)/2: S1 6, S2 4.5, S3 8, S4 9, S5 9; S7 2.5, S8 3.5, S9 3.5, S10 6.5.
const LAB: Outcome = { kind: 'change', party: 'lab' };
const SWING: Outcome = { kind: 'swing' };
const LABCON: Outcome = { kind: 'combinedChange', parties: ['lab', 'con'] };

const SET = ['E14000903', 'E14000901', 'E14000907', 'E14000906', 'E14000999', 'E14001200', 'XYZ', 'E14000901'];

function input(overrides: Partial<CompareInput> = {}): CompareInput {
  return fixtureInput({
    set: SET,
    outcomes: [LAB, SWING, LABCON],
    seed: 1,
    iterations: { batch: 400, maxDraws: 400 },
    ...overrides,
  });
}

const num = (v: unknown) => (isMissing(v) ? NaN : (v as number));

describe('compareSeats: resolving the chosen codes', () => {
  const r = compareSeats(input());

  it('reports unknown codes, codes of the other boundary set and duplicates', () => {
    expect(r.seats.map((s) => s.code)).toEqual(['E14000901', 'E14000903', 'E14000906', 'E14000907']);
    expect(r.unknown).toEqual(['E14000999', 'E14001200', 'XYZ']);
    expect(r.unresolved.map((u) => u.reason)).toEqual(['not-in-data', 'other-boundary-set', 'not-a-seat-code']);
    expect(r.unresolved[1]!.message).toBe(
      'E14001200 is a constituency on the 2024 boundaries; this comparison uses the 2010 boundaries',
    );
    expect(r.duplicates).toEqual(['E14000901']);
    expect([r.election, r.previous, r.boundarySet]).toEqual(['2019', '2017', '2010']);
    expect(r.iterations).toEqual({ batch: 400, maxDraws: 400 });
  });
});

describe('compareSeats: change in Labour share', () => {
  const o = compareSeats(input()).outcomes[0]!;

  it('set mean over seats with a value; the Speaker seat is dropped with its reason', () => {
    // (-8 - 10 - 3) / 3 = -7
    expect(o.key).toBe('change:lab');
    expect(o.set.n).toBe(3);
    expect(o.set.mean).toBeCloseTo(-7, 12);
    expect(o.set.interval!.estimate).toBeCloseTo(-7, 12);
    // three seats: the estimate, but no interval
    expect(o.set.interval!.low).toBeNull();
    expect(o.set.size).toBe('seats-only');
    expect(o.set.dropped.map((d) => [d.code, d.reason])).toEqual([['E14000906', 'speaker-seat']]);
    expect(o.set.dropped[0]!.message).toMatch(/Speaker/);
  });

  it('other seats of the same regions, each set seat against its own region (stratified)', () => {
    // R1 others S2, S4, S5 (mean -29/3) and R2 others S8, S9, S10 (mean -17/3): (-6 - 12 - 11 - 5 - 4 - 8) / 6 = -46/6.
    // Stratified difference: S1 -8 + 29/3 = 5/3, S3 -10 + 29/3 = -1/3, S7 -3 + 17/3 = 8/3; mean 4/3 (pooled would be 2/3).
    const b = o.otherSeats!;
    expect(b.regions).toEqual([R1, R2]);
    expect(b.n).toBe(6);
    expect(b.mean).toBeCloseTo(-46 / 6, 12);
    expect(b.difference!.estimate).toBeCloseTo(4 / 3, 12);
    // What the difference is taken from: R1's -29/3 for S1 and S3, R2's -17/3 for S7: (-58/3 - 17/3) / 3 = -25/3, and
    // the set mean -7 less it is the difference, 4/3 (the pooled -46/6 would give 2/3).
    expect(b.comparator).toBeCloseTo(-25 / 3, 12);
    expect(o.set.mean! - b.comparator!).toBeCloseTo(b.difference!.estimate, 12);
    // three seats: no interval and no p-value
    expect(b.difference!.low).toBeNull();
    expect(b.p).toBeNull();
    expect(b.excluded).toEqual([]);
  });

  it('regions as a whole, summed from seat votes when no region rows are given', () => {
    // R1 Lab votes: after 4200+3900+3100+4300+2400+0 = 17900, before 5000+4500+4100+5500+3500+0 = 22600 of 60000: -47/6.
    // R2 (Seat 7 has 20000 votes): after 5400+4000+3400+4000 = 16800, before 6000+4500+3800+4800 = 19100 of 50000: -4.6.
    // Both: (34700 - 41700) / 110000 = -6.3636...
    const [r1, r2] = o.regional.regions;
    expect(r1!.source).toBe('summed-from-seats');
    expect(r1!.name).toBe('Yorkshire and the Humber');
    expect(num(r1!.value)).toBeCloseTo(-47 / 6, 10);
    expect(r1!.setSeats).toBe(2);
    expect(num(r2!.value)).toBeCloseTo(-4.6, 10);
    expect(num(o.regional.combined!.value)).toBeCloseTo((-7000 / 110000) * 100, 10);
    expect(o.regional.combined!.regions).toEqual([R1, R2]);
  });

  it('matched controls (k = 3), exact on the 2017 holder: R1 has two Labour-held candidates for two Labour-held seats, so it matches with replacement', () => {
    // Seats 1 and 3 were Labour-held: candidates S2, S4 (R1) and S8, S10 (R2). Seat 7 was Conservative-held: S9 (R2)
    // and S5 (R1) only. Distances over the four covariates, z-scored across the nine seats with a value:
    // S1: S4 1.28, S2 1.66 (own region), then S10 1.47, S8 2.51; S3: S2 2.54, S4 3.80, then S8 3.07, S10 3.10.
    // Without replacement S3 would get only S8, so every seat takes its own best three:
    // S1: S2, S4, S10 (-6, -12, -8: mean -26/3); S3: S2, S4, S8 (-6, -12, -5: mean -23/3); S7: S9, S5 (-4, -11: -7.5).
    // Pair differences 2/3, -7/3, 9/2: mean 17/18. Control mean (-26/3 - 23/3 - 15/2) / 3 = -143/18.
    const m = o.matched!;
    expect(m.withReplacement).toBe(true);
    expect(m.n).toBe(3);
    expect(m.pairs.map((p) => [p.treated.code, p.controls.map((c) => c.code)])).toEqual([
      ['E14000901', ['E14000904', 'E14000902', 'E14000910']],
      ['E14000903', ['E14000902', 'E14000904', 'E14000908']],
      ['E14000907', ['E14000909', 'E14000905']],
    ]);
    expect(m.pairs.map((p) => p.difference)).toEqual([
      expect.closeTo(2 / 3, 12),
      expect.closeTo(-7 / 3, 12),
      expect.closeTo(9 / 2, 12),
    ]);
    expect(m.setMean).toBeCloseTo(-7, 12);
    expect(m.controlMean).toBeCloseTo(-143 / 18, 12);
    expect(m.difference!.estimate).toBeCloseTo(17 / 18, 12);
    expect(m.test).toBeNull();
    expect(m.difference!.low).toBeNull();
    expect(m.notes.join(' ')).toMatch(/more than one seat/);
    expect(m.notes.join(' ')).toMatch(/fewer than 3 controls/);
    expect(m.pairs.map((p) => p.controls.map((c) => c.sameRegion))).toEqual([
      [true, true, false],
      [true, true, false],
      [true, false],
    ]);
  });

  it("exact on nation only (the rule before 2026-12-07): R1's three candidates serve both seats there, whoever held them", () => {
    // Seats 1 and 3 both get S2, S4, S5 (mean -29/3); Seat 7 gets S8, S9, S10 (mean -17/3).
    // Pair differences 5/3, -1/3, 8/3: mean 4/3. Control mean (-29/3 - 29/3 - 17/3) / 3 = -25/3.
    const m = compareSeats(input({ exact: 'nation' })).outcomes[0]!.matched!;
    expect(m.pairs.map((p) => [p.treated.code, p.controls.map((c) => c.code).sort()])).toEqual([
      ['E14000901', ['E14000902', 'E14000904', 'E14000905']],
      ['E14000903', ['E14000902', 'E14000904', 'E14000905']],
      ['E14000907', ['E14000908', 'E14000909', 'E14000910']],
    ]);
    expect(m.pairs.map((p) => p.difference)).toEqual([
      expect.closeTo(5 / 3, 12),
      expect.closeTo(-1 / 3, 12),
      expect.closeTo(8 / 3, 12),
    ]);
    expect(m.controlMean).toBeCloseTo(-25 / 3, 12);
    expect(m.difference!.estimate).toBeCloseTo(4 / 3, 12);
    expect(m.pairs.every((p) => p.controls.every((c) => c.sameRegion))).toBe(true);
  });

  it('a covariate missing for a seat is dropped for that seat and reported', () => {
    const [s1, , s7] = o.matched!.pairs;
    expect(s1!.used).toEqual(['prevMargin', 'prevShare', 'leave', 'imd']);
    expect(s7!.used).toEqual(['prevMargin', 'prevShare', 'imd']);
    expect(s7!.dropped).toEqual([
      { covariate: 'leave', reason: 'missing-for-treated', message: 'Leave estimate not available for Fixture Seat 7' },
    ]);
    // previous Labour share 30 and Labour's signed margin -20 (Lab 30 - Con 50) come from the 2017 row
    expect(s7!.treated.covariates).toEqual({ prevMargin: -20, prevShare: 30, leave: null, imd: 18 });
  });
});

describe('compareSeats: swing and combined change', () => {
  const [, swing, labcon] = compareSeats(input()).outcomes;

  it('Butler swing: the Speaker seat has none', () => {
    // set (6 + 8 + 2.5)/3 = 5.5; others (4.5 + 9 + 9 + 3.5 + 3.5 + 6.5)/6 = 6
    expect(swing!.set.mean).toBeCloseTo(5.5, 12);
    expect(swing!.set.dropped.map((d) => d.reason)).toEqual(['speaker-seat']);
    expect(swing!.otherSeats!.mean).toBeCloseTo(6, 12);
    // stratified: S1 6 - 7.5, S3 8 - 7.5, S7 2.5 - 4.5: (-1.5 + 0.5 - 2) / 3 = -1
    expect(swing!.otherSeats!.difference!.estimate).toBeCloseTo(-1, 12);
    // R1: Con 17400 -> 20000 of 60000 (+26/6), Lab -47/6: swing (26/6 + 47/6)/2 = 73/12
    expect(num(swing!.regional.regions[0]!.value)).toBeCloseTo(73 / 12, 10);
  });

  it('combined Lab + Con change', () => {
    // S1 -8+4, S3 -10+6, S7 -3+2: (-4 - 4 - 1)/3 = -3
    expect(labcon!.key).toBe('combinedChange:lab+con');
    expect(labcon!.set.mean).toBeCloseTo(-3, 12);
  });
});

describe('compareSeats: edge cases', () => {
  it('a set of one seat: mean exact, no interval', () => {
    const o = compareSeats(input({ set: ['E14000903'], outcomes: [LAB] })).outcomes[0]!;
    expect(o.set.n).toBe(1);
    expect(o.set.mean).toBe(-10);
    expect(o.set.interval).toMatchObject({ estimate: -10, low: null, high: null, reason: 'too-few' });
    // R1 others S1, S2, S4, S5 (the Speaker seat is excluded): (-8 - 6 - 12 - 11)/4 = -9.25
    expect(o.otherSeats!.n).toBe(4);
    expect(o.otherSeats!.mean).toBeCloseTo(-9.25, 12);
    expect(o.otherSeats!.difference!.estimate).toBeCloseTo(-0.75, 12);
    expect(o.otherSeats!.difference!.low).toBeNull();
    expect(o.otherSeats!.excluded).toEqual([{ reason: 'speaker-seat', count: 1 }]);
    expect(o.regional.regions.map((r) => r.region)).toEqual([R1]);
    expect(num(o.regional.combined!.value)).toBeCloseTo(-47 / 6, 10);
    expect(o.matched!.withReplacement).toBe(false);
    expect(o.matched!.pairs[0]!.controls).toHaveLength(3);
  });

  it('region rows, when given, supply the per-region figures', () => {
    const o = compareSeats(input({ regionAggregates: REGIONS, outcomes: [LAB] })).outcomes[0]!;
    expect(o.regional.regions.map((r) => [r.source, r.name])).toEqual([
      ['region-aggregates', 'Yorkshire and the Humber (fixture)'],
      ['region-aggregates', 'East Midlands (fixture)'],
    ]);
    expect(num(o.regional.regions[1]!.value)).toBeCloseTo(-4.6, 12);
    // two regions cannot be combined from region rows, so the combined figure is summed from seats
    expect(o.regional.combined!.source).toBe('summed-from-seats');
    const single = compareSeats(input({ set: ['E14000901'], regionAggregates: REGIONS, outcomes: [LAB] })).outcomes[0]!;
    expect(single.regional.combined!.source).toBe('region-aggregates');
  });

  it('seats without a previous election (2019 notional) give n = 0 with the reason, and nothing to compare', () => {
    const r = compareSeats(input({ set: ['E14001100', 'E14000901'], after: NOTIONAL, before: [], outcomes: [LAB] }));
    const o = r.outcomes[0]!;
    expect(o.set.n).toBe(0);
    expect(o.set.mean).toBeNull();
    expect(o.set.interval).toBeNull();
    expect(o.set.dropped.map((d) => d.reason)).toEqual(['no-previous-election']);
    expect(o.otherSeats).toBeNull();
    expect(o.matched).toBeNull();
    expect(o.regional.combined).toBeNull();
    expect(r.unresolved).toEqual([
      {
        code: 'E14000901',
        reason: 'other-boundary-set',
        message: 'E14000901 is a constituency on the 2010 boundaries; this comparison uses the 2024 boundaries',
      },
    ]);
  });

  it('an empty set gives n = 0 for every outcome', () => {
    const r = compareSeats(input({ set: [] }));
    expect(r.outcomes.map((o) => o.set.n)).toEqual([0, 0, 0]);
  });

  it('rejects inconsistent elections', () => {
    expect(() => compareSeats(input({ after: [] }))).toThrow(/no seats/);
    expect(() => compareSeats(input({ before: AFTER }))).toThrow(/2017 rows/);
    expect(() => compareSeats(input({ after: [...AFTER, ...BEFORE] }))).toThrow(/mixes elections/);
  });
});

describe('compareSeats: determinism', () => {
  it('same seed, same result; an outcome does not depend on which others are requested', () => {
    expect(compareSeats(input())).toEqual(compareSeats(input()));
    const alone = compareSeats(input({ outcomes: [SWING] })).outcomes[0];
    expect(alone).toEqual(compareSeats(input()).outcomes[1]);
  });

  it('property: the order of the set does not change the results', () => {
    const base = compareSeats(input({ iterations: { batch: 100, maxDraws: 100 } }));
    const { requested: _r, ...expected } = base;
    fc.assert(
      fc.property(fc.shuffledSubarray(SET, { minLength: SET.length, maxLength: SET.length }), (order) => {
        const { requested, ...rest } = compareSeats(input({ set: order, iterations: { batch: 100, maxDraws: 100 } }));
        expect(requested).toEqual(order);
        expect(rest).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});

describe('compareSeats: cited-set exclusions, restricted pools and the placebo', () => {
  const three = ['E14000901', 'E14000903', 'E14000907'];

  it('a control that was itself treated (in a cited set) is kept out of every pool and listed', () => {
    // Seat 2 would be a control of Seats 1 and 3; as a seat of another cited set it is excluded.
    const r = compareSeats(
      input({
        set: three,
        outcomes: [LAB],
        exclude: [
          { code: 'E14000902', set: 'cou-2019' },
          { code: 'E14000901', set: 'cou-2019' },
        ],
      }),
    );
    const o = r.outcomes[0]!;
    expect(r.excluded.map((e) => [e.code, e.sets])).toEqual([['E14000902', ['cou-2019']]]);
    const controls = o.matched!.pairs.flatMap((p) => p.controls.map((c) => c.code));
    expect(controls).not.toContain('E14000902');
    // R1 others now S4, S5 only (mean -11.5): S1 -8 + 11.5 = 3.5, S3 -10 + 11.5 = 1.5, S7 8/3: mean (5 + 8/3) / 3
    expect(o.otherSeats!.n).toBe(5);
    expect(o.otherSeats!.difference!.estimate).toBeCloseTo((5 + 8 / 3) / 3, 12);
  });

  it('a multi-region benchmark counts every seat of the regions, whatever the comparison pool', () => {
    const r = compareSeats(input({ set: three, outcomes: [LAB], poolFilter: (row) => row.region === R1 }));
    const o = r.outcomes[0]!;
    // (34700 - 41700) / 110000 over all ten seats of R1 and R2, as without the filter
    expect(num(o.regional.combined!.value)).toBeCloseTo((-7000 / 110000) * 100, 10);
    expect(o.regional.combined!.regions).toEqual([R1, R2]);
    // ...while the comparison pool has no R2 seats, so Seat 7 cannot be compared with its region
    expect(o.otherSeats!.uncompared.map((s) => s.code)).toEqual(['E14000907']);
  });

  it('placebo: the same seats against the same controls one pair earlier, and the difference in differences', () => {
    // The fixture's 2017 rows have no change (before = after), so every earlier gap is 0 and the DiD is the gap itself.
    const o = compareSeats(input({ set: three, outcomes: [LAB], earlier: { after: BEFORE, before: BEFORE } }))
      .outcomes[0]!;
    const pl = o.matched!.placebo!;
    expect(pl.n).toBe(3);
    expect(pl.earlier.estimate).toBe(0);
    expect(pl.did.estimate).toBeCloseTo(17 / 18, 12);
    expect(o.matched!.pairs.map((p) => p.earlierDifference)).toEqual([0, 0, 0]);
    expect(o.regressionToMean!.slope).toBe(0);
  });

  it('the default caliper leaves far-off seats unmatched, with the reason', () => {
    const o = compareSeats(input({ set: three, outcomes: [LAB], caliper: undefined })).outcomes[0]!;
    expect(o.matched!.unmatched.length + o.matched!.pairs.length).toBe(3);
    expect(o.matched!.unmatched.length).toBeGreaterThan(0);
    for (const u of o.matched!.unmatched)
      expect(u.message).toBe(
        'No seat of the same nation held by the same party is within the matching limit of one standard deviation (on the matching measures together)',
      );
  });

  it('balance table: the matched seats weighed as the gap weighs them, when seats have different numbers of controls', () => {
    // Within 1 standard deviation: Seat 2 (Labour-held) has S10 and S8, Seat 5 (Conservative-held) has S9 only.
    const o = compareSeats(input({ set: ['E14000902', 'E14000905'], outcomes: [LAB], caliper: 1 })).outcomes[0]!;
    const m = o.matched!;
    expect(m.pairs.map((p) => p.controls.map((c) => c.code))).toEqual([['E14000910', 'E14000908'], ['E14000909']]);
    for (const b of m.balance) {
      const key = b.covariate as keyof (typeof m.pairs)[number]['treated']['covariates'];
      const perSeat = m.pairs.map(
        (p) => p.controls.reduce((t, c) => t + (c.covariates[key] as number), 0) / p.controls.length,
      );
      expect(b.afterMean).toBeCloseTo((perSeat[0]! + perSeat[1]!) / 2, 12);
    }
  });

  it('balance table: before and after matching, per covariate', () => {
    const o = compareSeats(input({ set: three, outcomes: [LAB] })).outcomes[0]!;
    expect(o.matched!.balance.map((b) => b.covariate)).toEqual(['prevMargin', 'prevShare', 'leave', 'imd']);
    for (const b of o.matched!.balance) expect(b.treatedMean).not.toBeNull();
  });
});

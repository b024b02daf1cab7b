// The strip charts' rows (claim pages and /compare/), from hand-made comparisons: the placebo panel draws the
// comparison's own matched seats at their earlier values (one source with the placebo figures), not a fresh match; the
// other seats are the comparison's own, with the average it measures against.
import { describe, expect, it } from 'vitest';
import type { OutcomeResult } from '~/lib/compare/types';
import { matchedSetRows, otherRows, placeboMatchedRows } from '~/charts/strip-rows';

const control = (code: string, value: number, earlier: number | null) => ({
  code,
  name: code,
  region: 'R1',
  value,
  earlier,
  distance: 0,
  sameRegion: true,
  covariates: { prevMargin: 0, prevShare: 0, leave: 0, imd: 0 },
});

describe('placeboMatchedRows', () => {
  it('shows each control once at its earlier value, and the mean over seats of their controls\u2019 earlier mean', () => {
    const pairs = [
      { controls: [control('C1', 5, 1), control('C2', 6, 3)] },
      { controls: [control('C2', 6, 3), control('C3', 7, 8)] },
    ];
    const o = { matched: { pairs } } as unknown as OutcomeResult;
    const rows = placeboMatchedRows('2015 → 2017 (placebo)', 'Matched seats', o);
    expect(rows.dots.map((d) => [d.code, d.value])).toEqual([
      ['C1', 1],
      ['C2', 3],
      ['C3', 8],
    ]);
    // (1 + 3) / 2 = 2 and (3 + 8) / 2 = 5.5: mean 3.75
    expect(rows.summaries).toEqual([
      { panel: '2015 → 2017 (placebo)', group: 'Matched seats', estimate: 3.75, low: null, high: null },
    ]);
  });

  it('leaves out a seat whose controls lack an earlier value, and draws nothing with none', () => {
    const o = {
      matched: { pairs: [{ controls: [control('C1', 5, null)] }, { controls: [control('C4', 2, 4)] }] },
    } as unknown as OutcomeResult;
    expect(placeboMatchedRows('p', 'g', o).summaries[0]!.estimate).toBe(4);
    expect(
      placeboMatchedRows('p', 'g', {
        matched: { pairs: [{ controls: [control('C1', 5, null)] }] },
      } as unknown as OutcomeResult),
    ).toEqual({ dots: [], summaries: [] });
  });
});

describe('otherRows', () => {
  it("draws the comparison's other seats and puts the average at its region-weighted comparator", () => {
    // Two regions: R1's other seats average 2, R2's 10; the plain mean of the four is 5.5, but with 3 chosen seats
    // in R1 and 1 in R2 the difference is measured from (3 x 2 + 1 x 10) / 4 = 4.
    const values = [
      { code: 'A', name: 'A', region: 'R1', value: 1 },
      { code: 'B', name: 'B', region: 'R1', value: 3 },
      { code: 'C', name: 'C', region: 'R2', value: 9 },
      { code: 'D', name: 'D', region: 'R2', value: 11 },
    ];
    const o = { otherSeats: { values, n: 4, mean: 6, comparator: 4 } } as unknown as OutcomeResult;
    const rows = otherRows('2017 → 2019', 'Other seats', o);
    expect(rows.dots.map((d) => [d.code, d.value, d.highlight])).toEqual([
      ['A', 1, false],
      ['B', 3, false],
      ['C', 9, false],
      ['D', 11, false],
    ]);
    expect(rows.summaries).toEqual([
      { panel: '2017 → 2019', group: 'Other seats', estimate: 4, low: null, high: null },
    ]);
  });

  it('falls back to the plain mean when no chosen seat could be compared, and draws nothing without other seats', () => {
    const o = { otherSeats: { values: [], n: 0, mean: null, comparator: null } } as unknown as OutcomeResult;
    expect(otherRows('p', 'g', o)).toEqual({ dots: [], summaries: [] });
    expect(otherRows('p', 'g', { otherSeats: null } as unknown as OutcomeResult)).toEqual({ dots: [], summaries: [] });
    const m = { otherSeats: { values: [], n: 2, mean: 7, comparator: null } } as unknown as OutcomeResult;
    expect(otherRows('p', 'g', m).summaries[0]!.estimate).toBe(7);
  });
});

describe('matchedSetRows', () => {
  const seat = (code: string, value: number) => ({ code, name: code, region: 'R1', value });
  const o = {
    matched: {
      setMean: 6,
      pairs: [
        { treated: seat('T1', 4), controls: [control('C1', 5, 1)] },
        { treated: seat('T2', 8), controls: [control('C2', 6, null)] },
      ],
    },
  } as unknown as OutcomeResult;

  it('draws the chosen seats that have matched seats, at the engine average of them', () => {
    const rows = matchedSetRows('2017 → 2019', 'With matched seats', o);
    expect(rows.dots.map((d) => [d.code, d.value, d.highlight])).toEqual([
      ['T1', 4, true],
      ['T2', 8, true],
    ]);
    expect(rows.summaries[0]!.estimate).toBe(6);
  });

  it('in a placebo panel: those whose matched seats all have an earlier value, at their earlier values', () => {
    // T2's control has no earlier value, so only T1 is in the placebo figures; its earlier value is 9.
    const earlier = { set: { values: [seat('T1', 9), seat('T2', 3), seat('T3', 7)] } } as unknown as OutcomeResult;
    const rows = matchedSetRows('2015 → 2017 (placebo)', 'With matched seats', o, earlier);
    expect(rows.dots.map((d) => [d.code, d.value])).toEqual([['T1', 9]]);
    expect(rows.summaries[0]!.estimate).toBe(9);
  });
});

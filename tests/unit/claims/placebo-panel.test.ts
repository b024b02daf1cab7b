// The claim chart's placebo panel draws the comparison's own matched seats at their earlier values (one source with
// the placebo figures), not a fresh match: a hand-made comparison with known controls.
import { describe, expect, it } from 'vitest';
import type { OutcomeResult } from '~/lib/compare/types';
import { placeboMatchedRows } from '~/views/claims-strip';

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

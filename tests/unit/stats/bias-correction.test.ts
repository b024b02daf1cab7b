// Bias correction of matched differences (stats/bias-correction) and the thin-pool rule (compare/matched), on
// hand-made sets with known answers.
import { describe, expect, it } from 'vitest';
import { biasCorrect, type AdjustUnit } from '~/lib/stats/bias-correction';
import { matchedDifference } from '~/lib/stats/matched-interval';
import { thinPool } from '~/lib/compare/matched';

const u = (id: string, x: number, group: string, y: number): AdjustUnit => ({ id, value: y, group, covariates: { x } });

describe('biasCorrect', () => {
  // Every unit follows y = 2x + 3 [group B] exactly, so there is no effect; matching on x was poor and controls
  // are partly from the other group. Raw gaps: 2 - 4.5 = -2.5, 4 - 4.25 = -0.25, 9 - 10 = -1 (mean -1.25).
  const matched = [
    {
      treated: u('T1', 1, 'A', 2),
      controls: [u('C1', 0, 'A', 0), u('C2', 2, 'B', 7), u('C7', 3, 'A', 6), u('C8', 1, 'B', 5)],
    },
    {
      treated: u('T2', 2, 'A', 4),
      controls: [u('C3', 1, 'A', 2), u('C4', 4, 'A', 8), u('C9', 0, 'B', 3), u('C10', 2, 'A', 4)],
    },
    {
      treated: u('T3', 3, 'B', 9),
      controls: [u('C5', 2, 'B', 7), u('C6', 5, 'A', 10), u('C11', 4, 'B', 11), u('C12', 6, 'A', 12)],
    },
  ];

  it('removes the gap that imbalance in the covariate and the group made: every corrected gap is 0', () => {
    const raw = matched.map((m) => ({
      treated: m.treated.value,
      controls: m.controls.map((c) => ({ id: c.id, value: c.value })),
    }));
    expect(matchedDifference(raw).estimate).toBeCloseTo(-1.25, 12);
    const a = biasCorrect(matched, ['x']);
    expect(a.fit).toEqual({ covariates: ['x'], groups: true, controls: 12 });
    for (const s of a.sets) for (const c of s.controls) expect(c.value).toBeCloseTo(s.treated, 9);
    expect(matchedDifference(a.sets).estimate).toBeCloseTo(0, 9);
    expect(a.estimate).toBeCloseTo(0, 9);
    // no residuals anywhere: no variance
    expect(a.se).toBeCloseTo(0, 9);
  });

  it('standard error: the corrected pair differences\u2019 spread when the controls lie on the fit', () => {
    // T1 and T2 one point above and below the line, T3 on it: residuals 1, -1, 0, variance 1, so se^2 = 1/3 and
    // the controls add nothing (df 2, the treated part's)
    const noisy = matched.map((m, i) => ({ ...m, treated: { ...m.treated, value: m.treated.value + [1, -1, 0][i]! } }));
    const a = biasCorrect(noisy, ['x']);
    expect(a.estimate).toBeCloseTo(0, 9);
    expect(a.se).toBeCloseTo(Math.sqrt(1 / 3), 9);
    expect(a.df).toBeCloseTo(2, 6);
  });

  it('moves each control by the fitted worth of its treated unit against it (without groups: slope only)', () => {
    // Group C has no control, so group effects are left out; the fit on the controls' x alone is weighted least
    // squares with equal weights (1/4 each), so its slope is the ordinary one.
    const noGroup = matched.map((m, i) => (i === 2 ? { ...m, treated: u('T3', 3, 'C', 9) } : m));
    const a = biasCorrect(noGroup, ['x']);
    expect(a.fit?.groups).toBe(false);
    const xs = [0, 2, 3, 1, 1, 4, 0, 2, 2, 5, 4, 6];
    const ys = [0, 7, 6, 5, 2, 8, 3, 4, 7, 10, 11, 12];
    const mx = xs.reduce((s, x) => s + x, 0) / 12;
    const my = ys.reduce((s, y) => s + y, 0) / 12;
    const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    // T1 (x = 1) against C1 (x = 0): 0 + slope * (1 - 0)
    expect(a.sets[0]!.controls[0]!.value).toBeCloseTo(slope, 9);
    // T3 (x = 3) against C6 (x = 5): 10 + slope * (3 - 5)
    expect(a.sets[2]!.controls[1]!.value).toBeCloseTo(10 - 2 * slope, 9);
    // the controls no longer lie on the fitted line, so they add variance
    expect(a.se).toBeGreaterThan(0);
    expect(a.df).toBeGreaterThan(1);
    // with the group effect but only 11 controls (3 parameters need 12), the groups are dropped first
    const eleven = [matched[0]!, matched[1]!, { ...matched[2]!, controls: matched[2]!.controls.slice(0, 3) }];
    expect(biasCorrect(eleven, ['x']).fit).toEqual({ covariates: ['x'], groups: false, controls: 11 });
  });

  it('returns the sets unadjusted with fewer than 4 distinct controls per parameter', () => {
    // 4 controls, and a line needs 8
    const a = biasCorrect(matched.slice(0, 1), ['x']);
    expect(a.fit).toBeNull();
    expect(a.sets[0]!.controls.map((c) => c.value)).toEqual([0, 7, 6, 5]);
    expect(a.estimate).toBeCloseTo(2 - 4.5, 12);
  });
});

describe('thin pool rule', () => {
  const seat = (code: string, region: string) => ({ code, name: code, region, value: 0 });
  it('is thin when the chosen seats\u2019 regions have fewer comparison seats than chosen seats', () => {
    const treated = [seat('T1', 'R1'), seat('T2', 'R1'), seat('T3', 'R1')];
    const pool = [seat('P1', 'R1'), seat('P2', 'R1'), ...Array.from({ length: 10 }, (_, i) => seat(`Q${i}`, 'R2'))];
    const holder = () => 'lab' as const;
    expect(thinPool(treated, pool, holder)).toEqual({ thin: true, inRegions: 2 });
    expect(thinPool(treated, [...pool, seat('P3', 'R1')], holder)).toEqual({ thin: false, inRegions: 3 });
  });

  it('counts only comparison seats held by the party that held a chosen seat of that region', () => {
    const treated = [seat('T1', 'R1'), seat('T2', 'R1')];
    const pool = [seat('P1', 'R1'), seat('P2', 'R1'), seat('P3', 'R1'), seat('P4', 'R2')];
    // T1 and P1 Labour-held; T2, P4 Conservative-held; P2, P3 Liberal Democrat: only P1 shares region and holder
    const held: Record<string, 'lab' | 'con' | 'ld'> = {
      T1: 'lab',
      P1: 'lab',
      T2: 'con',
      P4: 'con',
      P2: 'ld',
      P3: 'ld',
    };
    expect(thinPool(treated, pool, (c) => held[c]!)).toEqual({ thin: true, inRegions: 1 });
  });
});

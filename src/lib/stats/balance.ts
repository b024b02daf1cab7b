// Covariate balance: standardised mean differences (treated minus comparison, in SDs of all candidates before
// matching) for a comparison group before and after matching. |SMD| under 0.1 is the usual mark of good balance.
import { mean, sd } from './summary';

/** |SMD| under this is called close: the usual mark of good balance. */
export const CLOSE_SMD = 0.1;

export interface BalanceRow {
  covariate: string;
  treatedMean: number | null;
  /** Mean of every candidate comparison unit (before matching) and of the matched controls (after). */
  beforeMean: number | null;
  afterMean: number | null;
  smdBefore: number | null;
  smdAfter: number | null;
}

const present = (xs: readonly (number | null)[]) =>
  xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));

/** Mean of the present values, each with its weight. */
function weightedMean(xs: readonly (number | null)[], weights: readonly number[]): number | null {
  let s = 0;
  let w = 0;
  xs.forEach((x, i) => {
    if (typeof x === 'number' && Number.isFinite(x)) {
      s += weights[i]! * x;
      w += weights[i]!;
    }
  });
  return w > 0 ? s / w : null;
}

/**
 * One row per covariate. The denominator is the SD over the treated and all candidates together, the same before
 * and after, so a change in SMD is a change in the means only. `controlWeights` (one per control, default 1) weigh
 * the controls as the matched gap does: 1/k for each of a unit's k controls, so that every unit's controls together
 * count once and a control serving several units counts once per unit.
 */
export function balanceTable(
  covariates: readonly string[],
  treated: readonly Readonly<Record<string, number | null>>[],
  candidates: readonly Readonly<Record<string, number | null>>[],
  controls: readonly Readonly<Record<string, number | null>>[],
  controlWeights: readonly number[] = controls.map(() => 1),
): BalanceRow[] {
  return covariates.map((c) => {
    const t = present(treated.map((u) => u[c] ?? null));
    const b = present(candidates.map((u) => u[c] ?? null));
    const all = [...t, ...b];
    const spread = all.length > 1 ? sd(all) : 0;
    const tm = t.length ? mean(t) : null;
    const bm = b.length ? mean(b) : null;
    const am = weightedMean(
      controls.map((u) => u[c] ?? null),
      controlWeights,
    );
    const smd = (x: number | null) => (tm === null || x === null || !(spread > 0) ? null : (tm - x) / spread);
    return { covariate: c, treatedMean: tm, beforeMean: bm, afterMean: am, smdBefore: smd(bm), smdAfter: smd(am) };
  });
}

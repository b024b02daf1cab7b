// Bias correction of a matched difference (Abadie and Imbens 2011): the controls' outcome is fitted by weighted least
// squares on the matching covariates plus a fixed effect per group (region), over the matched controls, each weighted
// by how many treated units it serves (1/k per matched set of k), and each control's value is moved by what the fit
// says its treated unit's covariates are worth against its own:
//   Y~_j(i) = Y_j + mu(X_i) - mu(X_j).
// This removes the part of the gap due to imbalance that matching left (a poor match, or a control from another
// region when the treated unit's own region ran out). The fit is local (matched controls only), so a straight line
// need hold only near the treated units. The fit is estimated, so its uncertainty is added to the variance: the
// correction's error is sum_j c_j e_j, c_j = w_j g'(X'WX)^-1 x_j, where g is the mean over treated units of (their
// design row minus their controls' mean row); its variance is estimated as sum_j c_j^2 e_j^2 / (1 - h_j) (HC2, so a
// region that varies more than others counts as such), with (sum c_j^2)^2 / sum c_j^4 degrees of freedom: about
// m - 1 when the correction rests on m seats of one region. A covariate missing for any unit or constant over the
// controls is left out; group effects are left out when a treated unit's group has fewer than 2 controls. With no
// more controls than parameters + 1, or a singular fit, the sets are returned unadjusted.
import type { MatchedSetValues } from './matched-interval';
import { leastSquares } from './qr';

export interface AdjustUnit {
  id: string;
  value: number;
  group: string;
  covariates: Readonly<Record<string, number | null>>;
}

export interface AdjustedSets {
  /** The matched sets with each control's value adjusted to its treated unit's covariates. */
  sets: MatchedSetValues[];
  /** Variance the estimated fit adds to the mean difference (0 without a fit), and its degrees of freedom. */
  fitVariance: number;
  fitDf: number;
  /** Covariates the fit used, whether it had group effects, and its distinct controls; null when no fit was made. */
  fit: { covariates: string[]; groups: boolean; controls: number } | null;
}

export interface MatchedUnits {
  treated: AdjustUnit;
  controls: readonly AdjustUnit[];
}

const unadjusted = (matched: readonly MatchedUnits[]): AdjustedSets => ({
  sets: matched.map((m) => ({ treated: m.treated.value, controls: m.controls.map((c) => ({ id: c.id, value: c.value })) })),
  fitVariance: 0,
  fitDf: Infinity,
  fit: null,
});

function design(covariates: readonly string[], levels: readonly string[]) {
  return (u: AdjustUnit): number[] => [1, ...covariates.map((c) => u.covariates[c] as number), ...levels.slice(1).map((g) => (u.group === g ? 1 : 0))];
}

export function biasCorrect(matched: readonly MatchedUnits[], covariates: readonly string[]): AdjustedSets {
  if (matched.length === 0) return unadjusted(matched);
  const treated = matched.map((m) => m.treated);
  const weight = new Map<string, number>();
  const byId = new Map<string, AdjustUnit>();
  for (const m of matched) for (const c of m.controls) {
    weight.set(c.id, (weight.get(c.id) ?? 0) + 1 / m.controls.length);
    byId.set(c.id, c);
  }
  const fitUnits = [...byId.values()];
  const has = (u: AdjustUnit, c: string) => typeof u.covariates[c] === 'number' && Number.isFinite(u.covariates[c]);
  const used = covariates.filter((c) => {
    if (!treated.every((u) => has(u, c)) || !fitUnits.every((u) => has(u, c))) return false;
    const xs = fitUnits.map((u) => u.covariates[c] as number);
    return Math.max(...xs) > Math.min(...xs);
  });
  const counts = new Map<string, number>();
  for (const u of fitUnits) counts.set(u.group, (counts.get(u.group) ?? 0) + 1);
  const groups = counts.size > 1 && treated.every((u) => (counts.get(u.group) ?? 0) >= 2);
  const levels = groups ? [...counts.keys()].sort() : [];
  const row = design(used, levels);
  const p = 1 + used.length + Math.max(levels.length - 1, 0);
  if (fitUnits.length <= p + 1) return unadjusted(matched);
  const sw = fitUnits.map((u) => Math.sqrt(weight.get(u.id)!));
  const rows = fitUnits.map((u, j) => row(u).map((x) => x * sw[j]!));
  const columns = Array.from({ length: p }, (_, k) => rows.map((r) => r[k]!));
  let fit: ReturnType<typeof leastSquares>;
  try {
    fit = leastSquares(columns, fitUnits.map((u, j) => u.value * sw[j]!), Array.from({ length: p }, (_, k) => `x${k}`));
  } catch {
    return unadjusted(matched);
  }
  const { beta, xtxInverse, residuals } = fit;
  const mu = (r: readonly number[]) => r.reduce((s, x, k) => s + x * beta[k]!, 0);
  const g = new Array<number>(p).fill(0);
  const sets = matched.map((m) => {
    const rt = row(m.treated);
    const mt = mu(rt);
    const rc = m.controls.map(row);
    for (let k = 0; k < p; k++) g[k]! += (rt[k]! - rc.reduce((s, r) => s + r[k]!, 0) / rc.length) / matched.length;
    return { treated: m.treated.value, controls: m.controls.map((c, j) => ({ id: c.id, value: c.value + mt - mu(rc[j]!) })) };
  });
  const gv = xtxInverse.map((r) => r.reduce((s, x, k) => s + x * g[k]!, 0));
  let fitVariance = 0;
  let c2 = 0;
  let c4 = 0;
  rows.forEach((r, j) => {
    const c = r.reduce((s, x, k) => s + x * gv[k]!, 0);
    const h = r.reduce((s, x, a) => s + x * xtxInverse[a]!.reduce((t, y, b) => t + y * r[b]!, 0), 0);
    fitVariance += (c * c * residuals[j]! ** 2) / Math.max(1 - h, 1e-9);
    c2 += c * c;
    c4 += c ** 4;
  });
  return { sets, fitVariance, fitDf: c4 > 0 ? (c2 * c2) / c4 : Infinity, fit: { covariates: used, groups, controls: fitUnits.length } };
}

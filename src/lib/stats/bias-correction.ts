// Bias correction of a matched difference (Abadie and Imbens 2011): the controls' outcome is fitted by weighted least
// squares on the matching covariates plus a fixed effect per group (region), over the matched controls, each weighted
// by how many treated units it serves (1/k per matched set of k), and each control's value is moved by what the fit
// says its treated unit's covariates are worth against its own:
//   Y~_j(i) = Y_j + mu(X_i) - mu(X_j).
// This removes the part of the gap due to imbalance that matching left (a poor match, or a control from another
// region when the treated unit's own region ran out). The fit is local (matched controls only), so a straight line
// need hold only near the treated units. The corrected gap is linear in the controls' values:
//   mean(Y_t) - sum_j (w_j / n + c_j) Y_j,  c_j = w_j g'(X'WX)^-1 x_j,
// where w_j counts the control's uses (1/k per set, so reuse counts) and g is the mean over treated units of (their
// design row minus their controls' mean row). Its variance is the reuse-aware variance of the corrected pair
// differences (stats/matched-interval) plus what the fit adds, sum_j (c_j^2 + 2 c_j w_j / n) e_j^2 / (1 - h_j): its
// own noise and its covariance with the same controls' direct use (HC2, so a region that varies more than others
// counts as such); Welch-Satterthwaite degrees of freedom. A covariate missing for any unit or constant over the
// controls is left out; group effects are left out when a treated unit's group has fewer than 2 controls. The fit needs
// 4 distinct controls per parameter (group effects are dropped first); without them, or with a singular fit, the sets
// are returned unadjusted.
import { matchedDifference, type MatchedSetValues } from './matched-interval';
import { satterthwaite } from './t-interval';
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
  /** The corrected mean gap, its standard error and degrees of freedom (NaN with one set). */
  estimate: number;
  se: number;
  df: number;
  /** Covariates the fit used, whether it had group effects, and its distinct controls; null when no fit was made. */
  fit: { covariates: string[]; groups: boolean; controls: number } | null;
}

export interface MatchedUnits {
  treated: AdjustUnit;
  controls: readonly AdjustUnit[];
}

/** Without a fit: the raw sets with the reuse-aware matched difference. */
function unadjusted(matched: readonly MatchedUnits[]): AdjustedSets {
  const sets = matched.map((m) => ({
    treated: m.treated.value,
    controls: m.controls.map((c) => ({ id: c.id, value: c.value })),
  }));
  return { sets, ...matchedDifference(sets), fit: null };
}

/** Fewest distinct controls per fitted parameter: fewer would fit the controls' noise. */
export const PER_PARAMETER = 4;

function design(covariates: readonly string[], levels: readonly string[]) {
  return (u: AdjustUnit): number[] => [
    1,
    ...covariates.map((c) => u.covariates[c] as number),
    ...levels.slice(1).map((g) => (u.group === g ? 1 : 0)),
  ];
}

export function biasCorrect(matched: readonly MatchedUnits[], covariates: readonly string[]): AdjustedSets {
  if (matched.length === 0) throw new RangeError('biasCorrect: no matched sets');
  const treated = matched.map((m) => m.treated);
  const weight = new Map<string, number>();
  const byId = new Map<string, AdjustUnit>();
  for (const m of matched)
    for (const c of m.controls) {
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
  const parameters = (withGroups: boolean) => 1 + used.length + (withGroups ? counts.size - 1 : 0);
  const groups =
    counts.size > 1 &&
    treated.every((u) => (counts.get(u.group) ?? 0) >= 2) &&
    fitUnits.length >= PER_PARAMETER * parameters(true);
  const levels = groups ? [...counts.keys()].sort() : [];
  const row = design(used, levels);
  const p = parameters(groups);
  if (fitUnits.length < PER_PARAMETER * p) return unadjusted(matched);
  const sw = fitUnits.map((u) => Math.sqrt(weight.get(u.id)!));
  const rows = fitUnits.map((u, j) => row(u).map((x) => x * sw[j]!));
  const columns = Array.from({ length: p }, (_, k) => rows.map((r) => r[k]!));
  let fit: ReturnType<typeof leastSquares>;
  try {
    fit = leastSquares(
      columns,
      fitUnits.map((u, j) => u.value * sw[j]!),
      Array.from({ length: p }, (_, k) => `x${k}`),
    );
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
    return {
      treated: m.treated.value,
      controls: m.controls.map((c, j) => ({ id: c.id, value: c.value + mt - mu(rc[j]!) })),
    };
  });
  // The corrected gap is mean(Y_t) - sum_j (w_j / n + c_j) Y_j with c_j = w_j g'(X'WX)^-1 x_j. The pair differences'
  // reuse-aware variance (stats/matched-interval) covers the first two parts; the fit adds sum_j (c_j^2 +
  // 2 c_j w_j / n) s_j^2 (its own noise, and its covariance with the same controls' direct use), s_j^2 = e_j^2 / (1 - h_j).
  const n = matched.length;
  const gv = xtxInverse.map((r) => r.reduce((s, x, k) => s + x * g[k]!, 0));
  let fitVariance = 0;
  let t2 = 0;
  let t4 = 0;
  rows.forEach((r, j) => {
    const root = sw[j]!;
    const direct = (root * root) / n;
    const c = root * r.reduce((s, x, k) => s + x * gv[k]!, 0);
    const h = r.reduce((s, x, i) => s + x * xtxInverse[i]!.reduce((t, y, k) => t + y * r[k]!, 0), 0);
    const e = residuals[j]! / root;
    const term = ((c * c + 2 * c * direct) * (e * e)) / Math.max(1 - h, 1e-9);
    fitVariance += term;
    const unit = Math.abs(c * c + 2 * c * direct);
    t2 += unit;
    t4 += unit * unit;
  });
  const pairsPart = matchedDifference(sets);
  const extra = Math.max(fitVariance, 0);
  const terms = [
    { v: pairsPart.se ** 2, df: pairsPart.df },
    { v: extra, df: t4 > 0 ? (t2 * t2) / t4 : Infinity },
  ];
  const df = n > 1 ? (extra > 0 ? satterthwaite(terms) : pairsPart.df) : NaN;
  return {
    sets,
    estimate: pairsPart.estimate,
    se: Math.sqrt(pairsPart.se ** 2 + extra),
    df,
    fit: { covariates: used, groups, controls: fitUnits.length },
  };
}

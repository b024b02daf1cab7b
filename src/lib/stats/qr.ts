// Householder QR least squares: coefficients and (X'X)^-1 without forming X'X, with a rank check.

export interface LeastSquares {
  beta: number[];
  /** (X'X)^-1, for classical standard errors. */
  xtxInverse: number[][];
  residuals: number[];
}

/** Columns whose remaining norm falls below this share of their original norm are collinear. */
const RANK_TOLERANCE = 1e-10;

/** Solve min |y - X b| for X given as columns (each of length n). Throws when a column is collinear. */
export function leastSquares(
  columns: readonly (readonly number[])[],
  y: readonly number[],
  names: readonly string[],
): LeastSquares {
  const p = columns.length;
  const n = y.length;
  const a = columns.map((c) => [...c]);
  const qty = [...y];
  const r: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    const col = a[j]!;
    const originalNorm = Math.hypot(...columns[j]!);
    let norm = 0;
    for (let i = j; i < n; i++) norm += col[i]! ** 2;
    norm = Math.sqrt(norm);
    if (originalNorm === 0 || norm <= RANK_TOLERANCE * originalNorm) {
      throw new Error(
        `Regression design is singular: "${names[j]}" is constant zero or a combination of earlier columns`,
      );
    }
    const alpha = col[j]! > 0 ? -norm : norm;
    const v = col.slice(j);
    v[0]! -= alpha;
    const vv = v.reduce((s, x) => s + x * x, 0);
    const reflect = (target: number[]) => {
      let dot = 0;
      for (let i = j; i < n; i++) dot += v[i - j]! * target[i]!;
      const f = (2 * dot) / vv;
      for (let i = j; i < n; i++) target[i]! -= f * v[i - j]!;
    };
    for (let k = j; k < p; k++) reflect(a[k]!);
    reflect(qty);
    for (let k = j; k < p; k++) r[j]![k] = a[k]![j]!;
  }
  const rInv: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = p - 1; j >= 0; j--) {
    rInv[j]![j] = 1 / r[j]![j]!;
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let k = i + 1; k <= j; k++) s += r[i]![k]! * rInv[k]![j]!;
      rInv[i]![j] = -s / r[i]![i]!;
    }
  }
  const beta = rInv.map((row) => row.reduce((s, x, k) => s + x * qty[k]!, 0));
  const xtxInverse = rInv.map((ri) => rInv.map((rk) => ri.reduce((s, x, m) => s + x * rk[m]!, 0)));
  const residuals = y.map((yi, i) => yi - columns.reduce((s, c, k) => s + c[i]! * beta[k]!, 0));
  return { beta, xtxInverse, residuals };
}

// Ordinary least squares with an intercept, numeric predictors and categorical dummies (first level dropped),
// with classical standard errors, t statistics, p-values and t-based confidence intervals.
import { studentTQuantile, studentTTwoSided } from './distributions';
import { leastSquares } from './qr';

export interface RegressionInput {
  y: readonly number[];
  /** Numeric predictors by name, each the same length as y. */
  numeric?: Readonly<Record<string, readonly number[]>>;
  /** Categorical predictors by name (e.g. region). Levels are sorted; the first is the reference and gets no dummy. */
  categorical?: Readonly<Record<string, readonly string[]>>;
  /** Confidence level for coefficient intervals (default 0.95). */
  level?: number;
}

export interface Coefficient {
  /** "(intercept)", the numeric predictor's name, or "name=level" for a dummy. */
  name: string;
  estimate: number;
  se: number;
  t: number;
  p: number;
  low: number;
  high: number;
}

export interface RegressionResult {
  coefficients: Coefficient[];
  /** NaN when y is constant. */
  r2: number;
  adjustedR2: number;
  n: number;
  /** Residual degrees of freedom, n minus the number of parameters. */
  df: number;
  parameters: number;
  /** Residual standard error. */
  sigma: number;
  level: number;
  /** Reference (dropped) level of each categorical predictor. */
  references: Record<string, string>;
}

interface Design {
  names: string[];
  columns: number[][];
  references: Record<string, string>;
}

function design(input: RegressionInput): Design {
  const n = input.y.length;
  const names = ['(intercept)'];
  const columns = [new Array<number>(n).fill(1)];
  const references: Record<string, string> = {};
  const checkLength = (name: string, length: number) => {
    if (length !== n) throw new RangeError(`Regression: predictor "${name}" has ${length} values but y has ${n}`);
  };
  for (const [name, xs] of Object.entries(input.numeric ?? {})) {
    checkLength(name, xs.length);
    if (!xs.every(Number.isFinite))
      throw new RangeError(`Regression: predictor "${name}" has a value that is not a finite number`);
    names.push(name);
    columns.push([...xs]);
  }
  for (const [name, values] of Object.entries(input.categorical ?? {})) {
    checkLength(name, values.length);
    const levels = [...new Set(values)].sort();
    references[name] = levels[0] ?? '';
    for (const level of levels.slice(1)) {
      names.push(`${name}=${level}`);
      columns.push(values.map((v) => (v === level ? 1 : 0)));
    }
  }
  return { names, columns, references };
}

export function ols(input: RegressionInput): RegressionResult {
  const { y } = input;
  const level = input.level ?? 0.95;
  if (!y.every(Number.isFinite)) throw new RangeError('Regression: y has a value that is not a finite number');
  const { names, columns, references } = design(input);
  const n = y.length;
  const parameters = names.length;
  if (n <= parameters) {
    throw new Error(`Regression needs more observations than parameters: n = ${n}, parameters = ${parameters}`);
  }
  const { beta, xtxInverse, residuals } = leastSquares(columns, y, names);
  const df = n - parameters;
  const ssr = residuals.reduce((s, e) => s + e * e, 0);
  const yMean = y.reduce((s, v) => s + v, 0) / n;
  const sst = y.reduce((s, v) => s + (v - yMean) ** 2, 0);
  const sigma2 = ssr / df;
  const tCrit = studentTQuantile(1 - (1 - level) / 2, df);
  const coefficients = names.map((name, j) => {
    const estimate = beta[j]!;
    const se = Math.sqrt(sigma2 * xtxInverse[j]![j]!);
    const t = estimate / se;
    return {
      name,
      estimate,
      se,
      t,
      p: studentTTwoSided(t, df),
      low: estimate - tCrit * se,
      high: estimate + tCrit * se,
    };
  });
  const r2 = sst === 0 ? NaN : 1 - ssr / sst;
  return {
    coefficients,
    r2,
    adjustedR2: 1 - ((1 - r2) * (n - 1)) / df,
    n,
    df,
    parameters,
    sigma: Math.sqrt(sigma2),
    level,
    references,
  };
}

/** The named coefficient of a fitted model; throws if the model has none by that name. */
export function coefficient(result: RegressionResult, name: string): Coefficient {
  const c = result.coefficients.find((x) => x.name === name);
  if (!c)
    throw new Error(`No coefficient "${name}"; the model has ${result.coefficients.map((x) => x.name).join(', ')}`);
  return c;
}

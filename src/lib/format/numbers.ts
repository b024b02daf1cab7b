// Number formatting for pages and charts: counts, percentages, signed point changes, and typed missing values.
import { isMissing, type Maybe } from '../missing';

const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * v to `digits` decimals, halves rounded away from zero (Math.round takes -2.195 to -2.19, and 4.35 * 10 is
 * 43.49999…): the one rounding of every published number, on pages and in CSV files alike.
 */
export function roundTo(v: number, digits: number): number {
  const f = 10 ** digits;
  return (v < 0 ? -1 : 1) * (Math.round(Math.abs(v) * f + 1e-9) / f) + 0;
}

/** |v| to `digits` decimals as text, halves rounded away from zero. */
export function fixedAbs(v: number, digits: number): string {
  return Math.abs(roundTo(v, digits)).toFixed(digits);
}

export function count(n: number): string {
  return int.format(Math.round(n));
}

export function pct(v: Maybe<number> | null | undefined, digits = 1): string {
  if (v === null || v === undefined) return '–';
  if (isMissing(v)) return '–';
  return `${v < 0 ? '−' : ''}${fixedAbs(v, digits)}%`;
}

/** v to `digits` decimals with a true minus sign when below zero and no plus, e.g. a correlation "−0.04". */
export function decimal(v: number, digits: number): string {
  const s = fixedAbs(v, digits);
  return v < 0 && Number(s) !== 0 ? `−${s}` : s;
}

/** Signed percentage points with a true minus sign, e.g. "+4.4" / "−8.4". */
export function pp(v: Maybe<number> | null | undefined, digits = 1): string {
  if (v === null || v === undefined || isMissing(v)) return '–';
  const s = fixedAbs(v, digits);
  if (Number(s) === 0) return s;
  return `${v > 0 ? '+' : '−'}${s}`;
}

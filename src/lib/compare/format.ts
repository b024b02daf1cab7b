// Number formatting for comparison wording: points to 1 decimal, p-values to 2 significant figures.
export const MINUS = '\u2212';

/** One decimal, with a true minus sign; never "-0.0". */
export function formatSigned(x: number): string {
  const s = Math.abs(x).toFixed(1);
  return x < 0 && s !== '0.0' ? `${MINUS}${s}` : s;
}

/** Size without sign, one decimal. */
export function formatMagnitude(x: number): string {
  return Math.abs(x).toFixed(1);
}

/** "p = 0.21", "p = 0.012", or "p < 0.001" below the floor. */
export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${Number(p.toPrecision(2)) === 1 ? '1.0' : p.toPrecision(2)}`;
}

/** "1 seat", "9 seats". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

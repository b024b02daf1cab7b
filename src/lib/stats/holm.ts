// Holm's step-down adjustment of p-values for testing many hypotheses at once: it keeps the chance of any false
// "below 0.05" across the family at 5%, however the tests depend on one another (they share seats here).

/** Each p-value adjusted for all of `ps` together, in the same order (capped at 1). */
export function holmAdjust(ps: readonly number[]): number[] {
  const n = ps.length;
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(n);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (n - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

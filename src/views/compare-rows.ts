// The numbers of one outcome's comparison as table rows (set average, other seats, regions, matched seats and the
// differences, with intervals and p-values). Pure: shared by the claim pages and the browser tool.
import { isMissing } from '../lib/missing';
import type { OutcomeResult } from '../lib/compare/types';
import type { StatRow } from './claims-types';

export function statRows(o: OutcomeResult, setLabel: string): StatRow[] {
  const rows: StatRow[] = [];
  const s = o.set;
  const several = s.n > 1;
  rows.push({ label: setLabel, n: s.n, estimate: s.mean, low: several ? (s.interval?.low ?? null) : null, high: several ? (s.interval?.high ?? null) : null, p: null, kind: 'level' });
  const os = o.otherSeats;
  if (os && os.mean !== null) {
    const where = os.regions.length === 1 ? 'the same region' : 'the same regions';
    rows.push({ label: `Other seats of ${where}`, n: os.n, estimate: os.mean, low: null, high: null, p: null, kind: 'level' });
    if (os.difference) {
      const deg = os.difference.degenerate === true;
      rows.push({ label: 'Difference from the other seats', n: null, estimate: os.difference.estimate, low: deg ? null : os.difference.low, high: deg ? null : os.difference.high, p: os.p, kind: 'difference' });
    }
  }
  const comb = o.regional.combined;
  if (comb && !isMissing(comb.value)) {
    const names = o.regional.regions.map((r) => r.name);
    const label = names.length === 1 ? `${names[0]} as a whole (all votes counted together)` : `Its ${names.length} regions as a whole (all votes counted together)`;
    rows.push({ label, n: null, estimate: comb.value, low: null, high: null, p: null, kind: 'level' });
  }
  const m = o.matched;
  if (m && m.controlMean !== null && m.difference) {
    const controls = new Set(m.pairs.flatMap((p) => p.controls.map((c) => c.code))).size;
    rows.push({ label: `Matched seats (${controls} distinct, up to ${m.k} per seat)`, n: controls, estimate: m.controlMean, low: null, high: null, p: null, kind: 'level' });
    const deg = m.difference.degenerate === true;
    rows.push({ label: 'Difference from the matched seats', n: m.n, estimate: m.difference.estimate, low: deg ? null : m.difference.low, high: deg ? null : m.difference.high, p: m.p, kind: 'difference' });
  }
  return rows;
}

/** Notes a reader needs beside the numbers: the engine's matching notes, unmatched seats and small samples. */
export function outcomeNotes(o: OutcomeResult): string[] {
  const notes = [...(o.matched?.notes ?? [])];
  if (o.matched && o.matched.unmatched.length) notes.push(`No matched seats for ${o.matched.unmatched.map((u) => u.name).join(', ')}.`);
  if (o.set.n > 0 && o.set.n < 5) {
    notes.push(`With ${o.set.n === 1 ? 'one seat' : `${o.set.n} seats`}, resampling cannot show how much the average could vary, so the intervals are too narrow; the p-value, from reshuffling which seats count as chosen, is the better guide.`);
  }
  return notes;
}

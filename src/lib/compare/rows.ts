// The numbers of one outcome's comparison as table rows (set average, other seats, regions, matched seats and the
// differences, with intervals and p-values), the balance table and the notes a reader needs. Pure: shared by the
// claim pages and the browser tool.
import { isMissing } from '../missing';
import { covariateLabel } from './covariates';
import {
  fewMatchedReason,
  matchedLargeReason,
  othersSmallReason,
  setSeatsReason,
  thinPoolReason,
  uncorrectedReason,
} from './withhold';
import type { OutcomeResult } from './types';
import { formatP } from './format';
import { listAnd } from '../format/list';
import { CLOSE_SMD, type BalanceRow } from '../stats/balance';

/** One number of a comparison: a mean or a difference, with its interval and p-value where there is one. */
export interface StatRow {
  label: string;
  n: number | null;
  estimate: number | null;
  low: number | null;
  high: number | null;
  p: number | null;
  /** 'level' rows are averages or regional figures; 'difference' rows are set minus comparison. */
  kind: 'level' | 'difference';
  /** From a small set (5-14 seats). */
  small: boolean;
  /** On a difference row against a comparison group: which group (the row a claim's headline names). */
  against?: 'others' | 'matched';
}

/** Covariate balance of a matched comparison, formatted. */
export interface BalanceTable {
  caption: string;
  rows: { covariate: string; chosen: string; before: string; after: string; smdBefore: string; smdAfter: string }[];
}

const SMALL = 15;

/** An average or regional figure shown without an interval. */
const level = (label: string, n: number | null, estimate: number): StatRow => ({
  label,
  n,
  estimate,
  low: null,
  high: null,
  p: null,
  kind: 'level',
  small: false,
});

/** The rows of one outcome; the set's own row is `setLabel` with "(average)" unless the set is one seat. */
export function statRows(o: OutcomeResult, setLabel: string): StatRow[] {
  const rows: StatRow[] = [];
  const s = o.set;
  const small = (n: number) => n >= 5 && n < SMALL;
  const difference = (
    label: string,
    n: number,
    d: { estimate: number; low: number | null; high: number | null },
    p: number | null,
    against?: StatRow['against'],
  ): StatRow => ({
    label,
    n,
    estimate: d.estimate,
    low: d.low,
    high: d.high,
    p,
    kind: 'difference',
    small: small(n),
    ...(against ? { against } : {}),
  });
  rows.push({
    label: s.n === 1 ? setLabel : `${setLabel} (average)`,
    n: s.n,
    estimate: s.mean,
    low: s.interval?.low ?? null,
    high: s.interval?.high ?? null,
    p: null,
    kind: 'level',
    small: small(s.n),
  });
  const os = o.otherSeats;
  if (os && os.mean !== null) {
    const where =
      os.regions.length === 1 ? 'the same region' : 'the same regions (each weighted by the chosen seats in it)';
    rows.push(level(`Other seats of ${where}`, os.n, os.comparator ?? os.mean));
    if (os.difference) {
      const label =
        os.regions.length > 1
          ? 'Difference from the other seats (each seat against its own region)'
          : 'Difference from the other seats';
      rows.push(difference(label, os.setN, os.difference, os.p, 'others'));
    }
  }
  const comb = o.regional.combined;
  if (comb && !isMissing(comb.value)) {
    const names = o.regional.regions.map((r) => r.name);
    const label =
      names.length === 1
        ? `Every seat of ${names[0]} (all votes counted together)`
        : `Every seat of its ${names.length} regions: ${names.join(', ')} (all votes counted together)`;
    rows.push(level(label, null, comb.value));
  }
  const m = o.matched;
  if (m && m.controlMean !== null && m.difference) {
    const controls = new Set(m.pairs.flatMap((p) => p.controls.map((c) => c.code))).size;
    // The gap is over the seats that have matched seats: when some have none, their own average is shown too.
    if (m.n < s.n && m.setMean !== null) rows.push(level(`${setLabel} with matched seats (average)`, m.n, m.setMean));
    rows.push(level(`Matched seats (${controls} distinct, up to ${m.k} per seat)`, controls, m.controlMean));
    rows.push(difference('Difference from the matched seats', m.n, m.difference, m.p, 'matched'));
    if (m.placebo) {
      rows.push(
        difference(
          'Placebo: the same seats against the same matched seats, one election earlier',
          m.placebo.n,
          m.placebo.earlier,
          null,
        ),
      );
      rows.push(
        difference('Placebo: change in that gap (difference in differences)', m.placebo.n, m.placebo.did, null),
      );
    }
  }
  return rows;
}

/** Fixed decimals; a figure that rounds to zero has no minus sign. */
const fixed = (digits: number) => (x: number | null) => {
  if (x === null) return '–';
  const s = x.toFixed(digits);
  return Number(s) === 0 ? Math.abs(x).toFixed(digits) : s;
};
const f2 = fixed(2);
const f1 = fixed(1);

/** Covariate balance of the matched comparison: means and standardised mean differences before and after matching. */
export function balanceOf(o: OutcomeResult): BalanceTable | null {
  const m = o.matched;
  if (!m || m.pairs.length === 0) return null;
  return {
    caption: `Balance: how similar the matched seats are to the chosen seats (${m.n} ${m.n === 1 ? 'seat' : 'seats'}), each matched seat won by the same party as its chosen seat. SMD, the standardised mean difference, is the gap between the chosen seats' average and the other seats' in standard deviations: under ${CLOSE_SMD} is close`,
    rows: m.balance.map((b) => ({
      covariate: covariateLabel(b.covariate),
      chosen: f1(b.treatedMean),
      before: f1(b.beforeMean),
      after: f1(b.afterMean),
      smdBefore: f2(b.smdBefore),
      smdAfter: f2(b.smdAfter),
    })),
  };
}

/** Notes a reader needs beside the numbers: few seats, matching notes, unmatched seats, how p was reached. */
export function outcomeNotes(o: OutcomeResult): string[] {
  const notes: string[] = [];
  const bySeat = o.set.n > 0 && o.set.interval?.low == null ? setSeatsReason(o.set.n, o.set.interval) : null;
  if (bySeat) notes.push(bySeat);
  if (o.set.n >= 5 && o.set.n < SMALL)
    notes.push(`A small set (${o.set.n} seats): one unusual seat moves the average a lot, and intervals are wide.`);
  notes.push(...(o.matched?.notes ?? []));
  if (o.matched && o.matched.unmatched.length)
    notes.push(
      `No matched seats for ${o.matched.unmatched.map((u) => `${u.name} (${u.message.toLowerCase()})`).join(', ')}.`,
    );
  if (o.otherSeats && o.otherSeats.uncompared.length)
    notes.push(
      `Not compared with other seats of their region (fewer than two left): ${o.otherSeats.uncompared.map((u) => u.name).join(', ')}.`,
    );
  const tests = [o.otherSeats?.test, o.matched?.test].filter((t) => t);
  for (const t of tests) {
    if (!t || t.method === 't') continue;
    if (!t.exact && !t.settled)
      notes.push(
        `A p-value near 0.05 (${formatP(t.p)}) is uncertain: after ${t.draws.toLocaleString('en-GB')} random reshuffles its Monte Carlo error is ${t.mcError.toFixed(4)}.`,
      );
  }
  if (o.matched?.test?.method === 't')
    notes.push(
      o.matched.adjustment
        ? 'The matched gap is corrected for what is left of the differences in the matching measures (and region) by a straight-line fit over the matched seats; its p-value is the t test on that gap and the same standard error as its interval, which allows for matched seats serving more than one chosen seat and for the fit.'
        : `The matched gap is not corrected by a straight-line fit: ${uncorrectedReason()}. Its p-value is the t test on the gap and the same standard error as its interval, which allows for matched seats serving more than one chosen seat.`,
    );
  const m = o.matched;
  const loose = notCloseAfterMatching(m);
  if (m && loose.length)
    notes.push(
      `The matched seats are not close to the chosen seats in ${listAnd(loose.map((b) => `${covariateLabel(b.covariate)} (${overLimit(Math.abs(b.smdAfter!))})`))}: more than ${CLOSE_SMD} standard deviations apart after matching (the balance table rounds to two decimals)${m.adjustment ? ': the straight-line fit takes what is left of that difference out of the gap' : ', and the gap is not corrected for it'}.`,
    );
  if (m && m.n > 0 && m.n < 5 && m.n + m.unmatched.length >= 5)
    notes.push(`${fewMatchedReason(m.n, m.n + m.unmatched.length)} for the matched gap.`);
  if (o.matched?.thinPool) notes.push(`${thinPoolReason(o.matched.n, o.matched.thinPool.inRegions)}.`);
  if (o.otherSeats?.difference?.reason === 'small-against-others')
    notes.push(`${othersSmallReason(o.otherSeats.setN)}.`);
  for (const d of [o.otherSeats?.difference, o.matched?.difference, o.matched?.placebo?.did])
    if (d?.reason === 'calibration-miss' && !notes.includes(`${d.note}.`)) notes.push(`${d.note}.`);
  if (o.matched?.difference?.reason === 'large-matched')
    notes.push(`${matchedLargeReason(o.matched.n + o.matched.unmatched.length, o.matched.n)}.`);
  return notes;
}

/** The matching measures in which the matched seats are more than CLOSE_SMD standard deviations from the chosen seats. */
export function notCloseAfterMatching(m: OutcomeResult['matched']): BalanceRow[] {
  return (m?.n ? m.balance : []).filter((b) => b.smdAfter !== null && Math.abs(b.smdAfter) > CLOSE_SMD);
}

/** A distance over CLOSE_SMD with as many decimals (3 or more) as it takes to print it above the limit: not "0.100". */
function overLimit(x: number): string {
  for (let d = 3; d < 8; d++) if (Number(x.toFixed(d)) > CLOSE_SMD) return x.toFixed(d);
  return String(x);
}

/** How the intervals and p-values of a result were made, in one line (under the result on /compare/). */
export function methodLine(iterations: { batch: number; maxDraws: number }): string {
  return `t intervals; p-values against other seats from ${iterations.batch.toLocaleString('en-GB')} to ${iterations.maxDraws.toLocaleString('en-GB')} reshuffles, against matched seats from the t test on the corrected gap.`;
}

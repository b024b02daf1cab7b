// The CSV a reader downloads from the test-your-own-seats page: every figure of the result and its placebo, each
// chosen seat's value, its matched seats and the seats left out, with the seed and data version (formula-safe). The
// matched placebo is the result's own (the same matched seats one pair earlier), as on the page.
import type { CompareResult } from '../lib/compare/types';
import { toCsvFile, type CsvValue } from '../lib/format/csv';
import { statRows } from '../lib/compare/rows';
import { roundTo } from '../lib/format/numbers';

export const COMPARE_CSV_COLUMNS = [
  'comparison',
  'elections',
  'outcome',
  'row_type',
  'measure',
  'ons_code',
  'constituency',
  'region',
  'value_pts',
  'n',
  'ci_low',
  'ci_high',
  'p_value',
  'matched_to',
  'seed',
  'data_version',
] as const;

export interface CsvMeta {
  outcomeLabel: string;
  dataVersion: string;
  regionName: (code: string) => string;
}

const r4 = (x: number | null | undefined) => (x === null || x === undefined ? null : roundTo(x, 4));

function resultRows(
  r: CompareResult,
  comparison: string,
  elections: string,
  meta: CsvMeta,
): Record<string, CsvValue>[] {
  const base = { comparison, elections, outcome: meta.outcomeLabel, seed: r.seed, data_version: meta.dataVersion };
  const rows: Record<string, CsvValue>[] = [];
  for (const o of r.outcomes) {
    for (const s of statRows(o, 'Chosen seats')) {
      rows.push({
        ...base,
        row_type: 'summary',
        measure: s.label,
        n: s.n,
        value_pts: r4(s.estimate),
        ci_low: r4(s.low),
        ci_high: r4(s.high),
        p_value: r4(s.p),
      });
    }
    for (const v of o.set.values)
      rows.push({
        ...base,
        row_type: 'chosen-seat',
        ons_code: v.code,
        constituency: v.name,
        region: meta.regionName(v.region),
        value_pts: r4(v.value),
      });
    for (const d of o.set.dropped)
      rows.push({
        ...base,
        row_type: 'left-out',
        measure: d.message,
        ons_code: d.code,
        constituency: d.name,
        region: meta.regionName(d.region),
      });
    for (const p of o.matched?.pairs ?? []) {
      for (const c of p.controls)
        rows.push({
          ...base,
          row_type: 'matched-seat',
          ons_code: c.code,
          constituency: c.name,
          region: meta.regionName(c.region),
          value_pts: r4(c.value),
          matched_to: p.treated.code,
        });
    }
  }
  return rows;
}

export function compareCsv(
  main: CompareResult,
  mainLabel: string,
  placebo: CompareResult | null,
  placeboLabel: string | null,
  meta: CsvMeta,
): string {
  const rows = resultRows(main, 'result', mainLabel, meta);
  // The placebo section is the same seats against the other seats of their regions one pair earlier, as the page
  // gives it. Its matched figures are the main comparison's placebo rows (the same matched seats, earlier): the
  // earlier pair's own match, a different set of seats, is left out. When none of the seats has the measure then
  // (a party that did not stand), the page gives no placebo and neither does the file.
  if (placebo && placeboLabel && (placebo.outcomes[0]?.set.n ?? 0) > 0)
    rows.push(
      ...resultRows(
        { ...placebo, outcomes: placebo.outcomes.map((o) => ({ ...o, matched: null })) },
        'placebo',
        placeboLabel,
        meta,
      ),
    );
  return toCsvFile(COMPARE_CSV_COLUMNS, rows);
}

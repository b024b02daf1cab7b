// The result CSV of the test-your-own-seats page, on the comparison engine's hand-made fixture.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareSeats } from '~/lib/compare/engine';
import { COMPARE_CSV_COLUMNS, compareCsv } from '~/client/compare-csv';
import { AFTER, fixtureInput, R1, REGIONS } from '../../fixtures/compare/seats';

// The fixture's Seat 1 renamed to a spreadsheet formula, to show it is neutralised.
const after = AFTER.map((r) => (r.code === 'E14000901' ? { ...r, name: '=cmd|calc' } : r));
const result = compareSeats(
  fixtureInput({
    set: ['E14000901', 'E14000903', 'E14000906'],
    after,
    regionAggregates: REGIONS,
    seed: 7,
    iterations: { batch: 200, maxDraws: 200 },
    k: 1,
  }),
);
const csv = compareCsv(result, '2017 → 2019', null, null, {
  outcomeLabel: "Change in Labour's share",
  dataVersion: 'test-v1',
  regionName: (c) => (c === R1 ? 'Fixture region' : c),
});
const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('compareCsv', () => {
  it('has the documented columns, after a byte-order mark (so Excel reads it as UTF-8)', () => {
    expect(csv.split('\n')[0]).toBe(`\ufeff${COMPARE_CSV_COLUMNS.join(',')}`);
  });

  it('lists each chosen seat with its value, a formula-like name neutralised', () => {
    // Labour change: Seat 1 -8, Seat 3 -10.
    expect(
      rows.filter((r) => r.row_type === 'chosen-seat').map((r) => [r.ons_code, r.constituency, r.region, r.value_pts]),
    ).toEqual([
      ['E14000901', "'=cmd|calc", 'Fixture region', '-8'],
      ['E14000903', 'Fixture Seat 3', 'Fixture region', '-10'],
    ]);
  });

  it('lists the Speaker seat as left out, with the reason', () => {
    expect(rows.filter((r) => r.row_type === 'left-out').map((r) => [r.ons_code, r.measure])).toEqual([
      ['E14000906', 'The Speaker stood at one or both of the two elections, so the main parties did not both stand'],
    ]);
  });

  it('starts with the set average and carries the seed and data version on every row', () => {
    const first = rows[0]!;
    expect([first.comparison, first.elections, first.row_type, first.measure, first.n, first.value_pts]).toEqual([
      'result',
      '2017 → 2019',
      'summary',
      'Chosen seats (average)',
      '2',
      '-9',
    ]);
    expect(
      rows.every((r) => r.seed === '7' && r.data_version === 'test-v1' && r.outcome === "Change in Labour's share"),
    ).toBe(true);
  });

  it('lists one matched seat per chosen seat (k = 1), tied to the seat it matches', () => {
    const matched = rows.filter((r) => r.row_type === 'matched-seat');
    expect(matched.map((r) => r.matched_to)).toEqual(['E14000901', 'E14000903']);
    expect(matched.every((r) => r.ons_code !== '' && r.value_pts !== '')).toBe(true);
  });
});

describe('compareCsv with a placebo', () => {
  // The earlier pair's own comparison (here the same fixture result stands in for it) has its own matched seats;
  // the page's matched placebo is the main result's, so the placebo section carries none of them.
  const withPlacebo = compareCsv(result, '2017 → 2019', result, '2015 → 2017', {
    outcomeLabel: "Change in Labour's share",
    dataVersion: 'test-v1',
    regionName: (c) => c,
  });
  const all = Papa.parse<Record<string, string>>(withPlacebo, { header: true, skipEmptyLines: true }).data;
  const placebo = all.filter((r) => r.comparison === 'placebo');

  it('gives the same seats and the other seats one pair earlier, without a match of its own', () => {
    expect(result.outcomes[0]!.matched!.pairs.length).toBeGreaterThan(0);
    expect(all.some((r) => r.comparison === 'result' && r.row_type === 'matched-seat')).toBe(true);
    expect(placebo.filter((r) => r.row_type === 'chosen-seat')).toHaveLength(2);
    expect(placebo.some((r) => r.row_type === 'matched-seat')).toBe(false);
    expect(placebo.filter((r) => /matched/i.test(r.measure ?? ''))).toEqual([]);
  });
});

describe('compareCsv with a placebo none of the seats has', () => {
  // As for a party that did not stand one pair earlier: the page shows no placebo, so the file has no such section.
  const empty = { ...result, outcomes: result.outcomes.map((o) => ({ ...o, set: { ...o.set, n: 0, values: [] } })) };
  const file = compareCsv(result, '2017 → 2019', empty, '2015 → 2017', {
    outcomeLabel: "Change in the Brexit Party's share",
    dataVersion: 'test-v1',
    regionName: (c) => c,
  });

  it('has the result rows only', () => {
    const all = Papa.parse<Record<string, string>>(file, { header: true, skipEmptyLines: true }).data;
    expect(all.filter((r) => r.comparison === 'placebo')).toEqual([]);
    expect(all.filter((r) => r.comparison === 'result').length).toBe(rows.length);
  });
});

// Membership change against Labour's change on invented seats (TEST DATA), checked against arithmetic done by hand.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/membership/analysis';
import { describeAnalysis } from '../../../src/lib/membership/wording';
import type { Dataset, DatasetRecord } from '../../../src/lib/membership/types';
import { REFERENCE_2010 } from '../../fixtures/membership/seats';
import { packFigures } from '../../../src/lib/membership/figures';

/**
 * Members on 2017-06-01 are 100 everywhere; on 2019-11-01 they are 100 + x. Labour's share goes from 30 (2017) to
 * 30 + y (2019), set in the reference fixture. The pairs (x, y):
 *   London:     E14900001 (0, 1), E14900002 (2, 2), E14900006 (4, 6)
 *   North West: E14900003 (1, 5), E14900004 (3, 6)
 * E14900005 has no figure on 2019-11-01 and Labour did not stand in Example Bay (W07900001) in 2019: both left out.
 */
const X: Record<string, number> = {
  E14900001: 0,
  E14900002: 2,
  E14900006: 4,
  E14900003: 1,
  E14900004: 3,
  W07900001: 5,
};

function rec(code: string, date: string, members: DatasetRecord['members']): DatasetRecord {
  return { code, date, members, activists: null, trained: null };
}

function dataset(records: DatasetRecord[], published = false): Dataset {
  return {
    id: 't',
    label: 'TEST DATA',
    party: 'Labour',
    boundarySet: '2010',
    figures: packFigures(records),
    published,
    threshold: published ? 10 : null,
    source: null,
    fileName: 'test.csv',
  };
}

const records = [
  ...Object.entries(X).flatMap(([code, x]) => [rec(code, '2017-06-01', 100), rec(code, '2019-11-01', 100 + x)]),
  rec('E14900005', '2017-06-01', 100),
];
const options = { before: '2017', after: '2019', from: '2017-06-01', to: '2019-11-01', measure: 'absolute' } as const;

describe('analyse', () => {
  const a = analyse(REFERENCE_2010, dataset(records), options);

  it('compares the five seats with both figures and a Labour candidate, and says why the others are left out', () => {
    expect(a.rows.map((r) => [r.code, r.change, r.labChange])).toEqual([
      ['E14900001', 0, 1],
      ['E14900002', 2, 2],
      ['E14900003', 1, 5],
      ['E14900004', 3, 6],
      ['E14900006', 4, 6],
    ]);
    expect(a.excluded).toEqual([
      { code: 'E14900005', name: 'Fixture Vale', reason: 'no figure for 2019-11-01' },
      { code: 'W07900001', name: 'Example Bay', reason: 'Labour did not stand in 2019' },
    ]);
  });

  it('Pearson r and its Fisher-z interval', () => {
    // x = 0,2,4,1,3 (mean 2), y = 1,2,6,5,6 (mean 4). Deviations dx = -2,0,2,-1,1 and dy = -3,-2,2,1,2.
    // Sxy = 6+0+4-1+2 = 11, Sxx = 4+0+4+1+1 = 10, Syy = 9+4+4+1+4 = 22, so r = 11 / sqrt(220) = 0.74162.
    // z = atanh(r) = 0.95407; half-width = 1.959964 / sqrt(5 - 3) = 1.385904; interval tanh(z ± half) = (tanh(-0.431834), tanh(2.339973)) = (-0.40685, 0.98161).
    const c = a.correlation!;
    expect(c.n).toBe(5);
    expect(c.r).toBeCloseTo(11 / Math.sqrt(220), 12);
    expect(c.r).toBeCloseTo(0.74162, 5);
    expect(c.ci!.low).toBeCloseTo(-0.40685, 4);
    expect(c.ci!.high).toBeCloseTo(0.98161, 4);
  });

  it('OLS of the Labour change on the membership change with region fixed effects', () => {
    // Within London: x mean 2, y mean 3, dx = -2,0,2, dy = -2,-1,3: Sxy = 10, Sxx = 8.
    // Within North West: x mean 2, y mean 5.5, dx = -1,1, dy = -0.5,0.5: Sxy = 1, Sxx = 2.
    // Slope = (10 + 1) / (8 + 2) = 1.1. Fitted: London 0.8 + 1.1x, North West 3.3 + 1.1x.
    // Residuals 0.2, -1.0, 0.8 and 0.6, -0.6: SSR = 0.04 + 1 + 0.64 + 0.36 + 0.36 = 2.4, df = 5 - 3 = 2, sigma^2 = 1.2.
    // se = sqrt(1.2 / 10) = 0.34641; t = 3.17543; 97.5% t quantile with 2 df = 4.302653, so the interval is 1.1 ± 1.49048.
    // With 2 df the two-sided p is 1 - t / sqrt(2 + t^2) = 1 - 3.17543 / 3.47611 = 0.08650.
    // R^2 = 1 - SSR / SST with SST = 22 (as above): 1 - 2.4 / 22 = 0.890909.
    const g = a.regression!;
    expect(g.n).toBe(5);
    expect(g.regions).toBe(2);
    expect(g.parameters).toBe(3);
    expect(g.singletonRegions).toBe(0);
    expect(g.slope.estimate).toBeCloseTo(1.1, 10);
    expect(g.slope.se).toBeCloseTo(Math.sqrt(0.12), 10);
    expect(g.slope.low).toBeCloseTo(1.1 - 1.49048, 4);
    expect(g.slope.high).toBeCloseTo(1.1 + 1.49048, 4);
    expect(g.slope.p).toBeCloseTo(0.0865, 4);
    expect(g.r2).toBeCloseTo(1 - 2.4 / 22, 10);
  });

  it('percent change: with 100 members on the first date it equals the absolute change, so the slope is the same', () => {
    const p = analyse(REFERENCE_2010, dataset(records), { ...options, measure: 'percent' });
    expect(p.regression!.slope.estimate).toBeCloseTo(1.1, 10);
  });

  it('change per 1,000 electors: 50,000 electors turn x into x / 50, so the slope is 1.1 x 50 = 55', () => {
    const p = analyse(REFERENCE_2010, dataset(records), { ...options, measure: 'per1000' });
    [0, 0.04, 0.02, 0.06, 0.08].forEach((v, i) => expect(p.rows[i]!.change).toBeCloseTo(v, 12));
    expect(p.regression!.slope.estimate).toBeCloseTo(55, 8);
    expect(p.correlation!.r).toBeCloseTo(11 / Math.sqrt(220), 12);
  });

  it('published figures: a seat with a suppressed count on either date is left out', () => {
    const pub = records.map((r) =>
      r.code === 'E14900001' && r.date === '2017-06-01' ? { ...r, members: { under: 10 } } : r,
    );
    const p = analyse(REFERENCE_2010, dataset(pub, true), options);
    expect(p.rows).toHaveLength(4);
    expect(p.excluded[0]).toEqual({
      code: 'E14900001',
      name: 'Testford North',
      reason: 'fewer than 10 members on that date (not published)',
    });
  });

  it('says when there are too few seats for region controls, or for a correlation', () => {
    const two = records.filter((r) => ['E14900001', 'E14900003'].includes(r.code));
    const p = analyse(REFERENCE_2010, dataset(two), options);
    expect(p.correlation).toBeNull();
    expect(p.correlationProblem).toBe('a correlation needs at least 3 seats with figures on both dates; there are 2');
    expect(p.regressionProblem).toBe(
      'too few seats for a regression with region controls: 2 seats in 2 regions means 3 numbers to estimate, which needs at least 4 seats',
    );
  });

  it('refuses elections or dates in the wrong order, and an election on the other boundary set', () => {
    expect(() => analyse(REFERENCE_2010, dataset(records), { ...options, before: '2019', after: '2017' })).toThrow(
      '2019 is not before 2017',
    );
    expect(() =>
      analyse(REFERENCE_2010, dataset(records), { ...options, from: '2019-11-01', to: '2017-06-01' }),
    ).toThrow('membership date 2019-11-01 is not before 2017-06-01');
    expect(() => analyse(REFERENCE_2010, dataset(records), { ...options, after: '2024' })).toThrow(
      'election 2024 is not on the 2010–2023 boundaries',
    );
  });
});

describe('describeAnalysis', () => {
  it('words the result as an association with its interval, the regression and the caveats', () => {
    const w = describeAnalysis(analyse(REFERENCE_2010, dataset(records), options), {
      published: false,
      threshold: null,
    });
    expect(w.headline).toBe(
      "In the 5 seats compared, there is a strong positive association: seats where membership grew more tended to see Labour's share rise more (or fall less) from 2017 to 2019 (r = +0.74, 95% interval −0.41 to +0.98, 5 seats).",
    );
    expect(w.details).toEqual([
      'The interval includes zero, so these seats are also consistent with no association at all.',
      "Comparing seats within the same region (region fixed effects), each extra member gained between 1 June 2017 and 1 November 2019 goes with a change of +1.1 points in Labour's share (95% interval −0.39 to +2.6; 5 seats in 2 regions, R² = 0.89).",
      'That interval includes zero as well.',
      '2 seats in the data are left out (listed below with the reason).',
    ]);
    expect(w.caveats[0]).toMatch(/^This is an association, not a cause\./);
    expect(w.caveats).toContain(
      'Only the 5 seats with figures on both dates are compared. They are the seats someone chose to record, not a random sample, so the pattern may not hold in other seats.',
    );
    expect(w.caveats.at(-1)).toBe(
      'Your figures are shown without suppression because they stay in your browser; suppress small numbers before sharing any of these results.',
    );
  });
});

// Each matched headline run again under the earlier matching rule (nation only) gives back the figure its claim page
// published under that rule (data version 8d609933ab, quoted in the changelog entry of 704b1a6eb3), and under the
// current rule the figure of the page's headline comparison.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CsvValue } from '~/lib/format/csv';
import { useDerivedInSite } from './derived';

let views: typeof import('~/views/claims');

useDerivedInSite();

beforeAll(async () => {
  views = await import('~/views/claims');
}, 120_000);

const one = (x: CsvValue) => (x as number).toFixed(1);

/** [current, earlier] rows of a page's CSV, and its headline comparison's matched row. */
function rowsOf(slug: string) {
  const v = views.claimView(slug);
  const [now, earlier, ...rest] = v.csv.rows.filter((r) => r.section === 'rule-sensitivity');
  expect(rest).toEqual([]);
  const block = v.comparisons.find((c) => c.id === v.headline.comparison)!;
  const headline = v.csv.rows.find(
    (r) =>
      r.section === 'comparison' &&
      r.comparison === block.title &&
      r.outcome === v.headline.outcome &&
      r.measure === 'Difference from the matched seats',
  )!;
  return { v, now: now!, earlier: earlier!, headline };
}

describe('the matched headlines under the earlier matching rule (nation only)', () => {
  it.each([
    ['organiser-seats', 15, '0.0', '-0.9'],
    ['yorkshire-organisers', 2, '2.5', '3.0'],
    ['putney', 1, '9.7', '15.6'],
    ['unite-to-remain', 45, '-0.1', '-0.6'],
  ])('%s: %i seats matched, %s under the earlier rule as published then, %s now', (slug, n, was, is) => {
    const { v, now, earlier, headline } = rowsOf(slug);
    expect(one(earlier.estimate)).toBe(was);
    expect(one(now.estimate)).toBe(is);
    expect([now.n, earlier.n]).toEqual([n, n]);
    expect(now.estimate).toBe(headline.estimate);
    expect(now.outcome).toBe(v.headline.outcome);
    expect(earlier.measure).toBe('Against matched seats, rule before 7 December 2026 (same nation only)');
    expect(v.ruleNote).toMatch(/^The matching rule changed on 7 December 2026/);
  });

  it("Putney's note names its matched seats under each rule", () => {
    expect(views.claimView('putney').ruleNote).toContain(
      "Under the earlier rule the headline comparison's gap in Labour's share is 9.7 points better for Labour (against Cities of London and Westminster, Battersea, and Kensington); under the current rule it is 15.6 points better for Labour (against Cities of London and Westminster). With one seat neither figure has an interval.",
    );
  });

  it("the organiser seats' note gives both gaps in the swing's words, the earlier one without an interval", () => {
    expect(views.claimView('organiser-seats').ruleNote).toContain(
      "Under the earlier rule the headline comparison's gap in the swing is 0.0 points, no gap either way (15 seats against 45 different matched seats); under the current rule it is 0.9 points more towards Labour (15 seats against 43 different matched seats). The earlier rule's figure is shown without an interval: the calibration now checks only the current rule.",
    );
  });

  it("Unite to Remain's note says that neither figure has an interval, as its headline has none", () => {
    const note = views.claimView('unite-to-remain').ruleNote!;
    expect(note).toContain('(the 45 of the 59 seats with matched seats, against 65 different matched seats)');
    expect(note).toMatch(/Neither figure has an interval \(the reason is given above\)\.$/);
  });

  it("the current rule's CSV row carries the headline comparison's interval and p-value; the earlier rule's has none", () => {
    const { now, earlier, headline } = rowsOf('organiser-seats');
    expect([now.ci_low, now.ci_high, now.p_value]).toEqual([headline.ci_low, headline.ci_high, headline.p_value]);
    expect(now.ci_low).not.toBeNull();
    expect([earlier.ci_low, earlier.ci_high, earlier.p_value]).toEqual([null, null, null]);
    expect(now.measure).toBe('Against matched seats, current rule (same nation, won by the same party in 2017)');
  });

  it('a headline that is not against matched seats has no such note', () => {
    const v = views.claimView('remain-swing');
    expect(v.headline.against).toBe('level');
    expect(v.ruleNote).toBeNull();
    expect(v.csv.rows.filter((r) => r.section === 'rule-sensitivity')).toEqual([]);
  });
});

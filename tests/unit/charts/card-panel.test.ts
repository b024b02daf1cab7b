// A claim chart's social card: the first panel alone, and only the headline's rows when the chart names them.
import { describe, expect, it } from 'vitest';
import { cardPanel, hasOwnCard, type StripInput } from '~/charts/claim-strip';

// TEST DATA, hand-made: two panels, three rows, one dot and one average per row and panel.
const PANELS = ['2017 → 2019', '2015 → 2017 (placebo)'];
const GROUPS = ['Chosen', 'Matched', 'Others'];
const INPUT: StripInput = {
  kind: 'strip',
  panels: PANELS,
  groups: GROUPS,
  dots: PANELS.flatMap((panel) =>
    GROUPS.map((group, i) => ({ panel, group, code: `E1400000${i}`, name: group, value: i, highlight: i === 0 })),
  ),
  summaries: PANELS.flatMap((panel) =>
    GROUPS.map((group, i) => ({ panel, group, estimate: i, low: null, high: null })),
  ),
  rules: PANELS.map((panel) => ({ panel, value: 1, label: 'Region', kind: 'benchmark' as const })),
  xLabel: 'Change (points)',
};

describe('cardPanel', () => {
  it('keeps the first panel whole when the chart names no card rows', () => {
    const card = cardPanel(INPUT);
    expect(card.panels).toEqual(['2017 → 2019']);
    expect(card.groups).toEqual(GROUPS);
    expect(card.dots.map((d) => d.group)).toEqual(GROUPS);
    expect(card.rules).toHaveLength(1);
  });

  it("keeps only the card's rows, in the chart's order, with the panel's lines", () => {
    const card = cardPanel({ ...INPUT, panels: [PANELS[0]!], cardGroups: ['Others', 'Chosen'] });
    expect(card.groups).toEqual(['Chosen', 'Others']);
    expect(card.dots.map((d) => `${d.panel} ${d.group}`)).toEqual(['2017 → 2019 Chosen', '2017 → 2019 Others']);
    expect(card.summaries.map((s) => s.estimate)).toEqual([0, 2]);
    expect(card.rules).toEqual([{ panel: '2017 → 2019', value: 1, label: 'Region', kind: 'benchmark' }]);
  });

  it('a one-panel chart has a card of its own only when it names card rows', () => {
    expect(hasOwnCard({ ...INPUT, panels: [PANELS[0]!] })).toBe(false);
    expect(hasOwnCard({ ...INPUT, panels: [PANELS[0]!], cardGroups: ['Chosen'] })).toBe(true);
    expect(hasOwnCard(INPUT)).toBe(true);
  });
});

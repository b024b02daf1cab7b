// Layout of the browser chart: tick steps, scale, rows, dots, averages with intervals and reference lines.
import { describe, expect, it } from 'vitest';
import { jitter } from '~/charts/claim-jitter';
import { stripLayout, tickStep } from '~/charts/compare-strip';

describe('tickStep', () => {
  it('gives at most eight ticks', () => {
    expect([3, 4, 11, 16, 17, 40, 41, 90, 400].map(tickStep)).toEqual([0.5, 0.5, 2, 2, 5, 5, 10, 20, 50]);
  });
});

describe('jitter', () => {
  it('is fixed per code and stays within [-1, 1]', () => {
    expect(jitter('E14000887')).toBe(jitter('E14000887'));
    expect(jitter('E14000887')).not.toBe(jitter('E14000614'));
    for (const c of ['a', 'E14000001', 'S14000021', '']) expect(Math.abs(jitter(c))).toBeLessThanOrEqual(1);
  });
});

describe('stripLayout', () => {
  // Values -5..6 and 0: step 2, domain -6..6, plot area 170..624 (454 px), so x(v) = 170 + (v + 6) / 12 * 454.
  const x = (v: number) => 170 + ((v + 6) / 12) * 454;
  const layout = stripLayout({
    panels: ['2017 → 2019'],
    groups: ['Your seats', 'Other seats'],
    dots: [
      { panel: '2017 → 2019', group: 'Your seats', code: 'X1', name: 'Seat X', value: -4, highlight: true },
      { panel: '2017 → 2019', group: 'Other seats', code: 'Y1', name: 'Seat Y', value: 6, highlight: false },
    ],
    summaries: [{ panel: '2017 → 2019', group: 'Your seats', estimate: -4, low: -5, high: -3 }],
    rules: [{ panel: '2017 → 2019', value: 2, label: 'Region: +2.0', kind: 'benchmark' }],
    xLabel: 'Change (points)',
  });

  it('has one panel of two 40 px rows plus title and axis', () => {
    expect(layout.width).toBe(640);
    expect(layout.height).toBe(34 + 2 * 40 + 40);
    expect(layout.shapes).toHaveLength(1 + 7 * 2 + 2 + 2 + 2 + 2 + 1);
  });

  it('labels ticks with signs and a true minus', () => {
    const ticks = layout.shapes
      .filter((s) => s.kind === 'text' && s.cls === 'tick')
      .map((s) => (s.kind === 'text' ? s.text : ''));
    expect(ticks).toEqual(['\u22126', '\u22124', '\u22122', '0', '+2', '+4', '+6']);
  });

  it('places dots by value and row, chosen seats larger', () => {
    const circles = layout.shapes.filter((s) => s.kind === 'circle');
    expect(circles).toEqual([
      {
        kind: 'circle',
        cx: x(-4),
        cy: 34 + 40 * 0.38 + 7 * jitter('X1'),
        r: 4.5,
        cls: 'chosen',
        title: 'Seat X: -4.0',
      },
      {
        kind: 'circle',
        cx: x(6),
        cy: 34 + 40 + 40 * 0.38 + 7 * jitter('Y1'),
        r: 2.8,
        cls: 'other',
        title: 'Seat Y: 6.0',
      },
    ]);
  });

  it('draws the interval and the average under the dots, and the reference line with its label', () => {
    expect(layout.shapes).toContainEqual({
      kind: 'line',
      x1: x(-5),
      y1: 34 + 32.8,
      x2: x(-3),
      y2: 34 + 32.8,
      cls: 'interval',
    });
    expect(layout.shapes.find((s) => s.kind === 'polygon')).toMatchObject({ cls: 'average', title: 'Average: -4.0' });
    expect(layout.shapes).toContainEqual({ kind: 'line', x1: x(2), y1: 30, x2: x(2), y2: 114, cls: 'benchmark' });
    expect(layout.shapes).toContainEqual({
      kind: 'text',
      x: x(2),
      y: 26,
      text: 'Region: +2.0',
      anchor: 'middle',
      cls: 'rule-label',
    });
  });

  it('moves a reference label along its line when centring it would run past either edge', () => {
    // Label of 32 characters at 7.2 px: 230.4 px wide, so its centre must stay within 115.2 of each edge.
    const label = 'A very long regional label: +9.0';
    // Dots at -10 and +10 fix the domain at -10..10 (step 5).
    const dots = [-10, 10].map((value) => ({
      panel: 'P',
      group: 'A',
      code: `Z${value}`,
      name: 'Z',
      value,
      highlight: true,
    }));
    const at = (value: number, width: number) => {
      const l = stripLayout(
        {
          panels: ['P'],
          groups: ['A'],
          dots,
          summaries: [],
          rules: [{ panel: 'P', value, label, kind: 'benchmark' }],
          xLabel: '',
        },
        { width, marginLeft: 112 },
      );
      const t = l.shapes.find((s) => s.kind === 'text' && s.cls === 'rule-label');
      return t?.kind === 'text' ? { x: t.x, anchor: t.anchor } : null;
    };
    // Near the right edge of a 640 px chart (+9 is at 598.4): the label ends at the edge.
    expect(at(9, 640)?.x).toBeCloseTo(640 - 115.2, 6);
    // In a 360 px chart, a line at the left of the plot area (112): the label starts at the chart's left edge.
    expect(at(-10, 360)?.x).toBeCloseTo(115.2, 6);
    // Centred on its line when it fits: -10..10 over 112..344, so 0 sits at 228.
    expect(at(0, 360)).toEqual({ x: 228, anchor: 'middle' });
  });

  it('wraps an axis label too long for the chart and makes room for the extra lines', () => {
    const xLabel = 'Change in the combined Liberal Democrat, Green and Plaid Cymru share (points)';
    const input = {
      panels: ['P'],
      groups: ['A'],
      dots: [{ panel: 'P', group: 'A', code: 'Z', name: 'Z', value: 1, highlight: true }],
      summaries: [],
      rules: [],
      xLabel,
    };
    const wide = stripLayout(input, { width: 760 });
    const narrow = stripLayout(input, { width: 360, marginLeft: 112 });
    const labels = (l: typeof wide) =>
      l.shapes.flatMap((s) => (s.kind === 'text' && s.cls === 'axis-label' ? [s.text] : []));
    expect(labels(wide)).toEqual([xLabel]);
    // 352 px at 7.2 px a character: 48 characters a line.
    expect(labels(narrow)).toEqual([
      'Change in the combined Liberal Democrat, Green',
      'and Plaid Cymru share (points)',
    ]);
    expect(narrow.height).toBe(wide.height + 15);
  });
});

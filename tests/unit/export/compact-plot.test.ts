// Plot's ticks and grid lines as one path each (src/charts/compact.ts): the same drawing in fewer bytes, and anything
// that might draw differently joined is left as Plot wrote it.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compactPlot } from '../../../src/charts/compact';

function compacted(inner: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><svg>${inner}</svg></body></html>`);
  const svg = document.querySelector('svg')!;
  compactPlot(svg as unknown as Element);
  return svg.innerHTML;
}

describe('compactPlot', () => {
  it('joins a group of tick paths and a group of grid lines into one path each', () => {
    expect(
      compacted(
        '<g stroke="currentColor" aria-hidden="true"><path d="M0,0L-6,0" transform="translate(40,270)" /><path d="M0,0L-6,0" transform="translate(40,228.33)" /></g>',
      ),
    ).toBe('<g stroke="currentColor" aria-hidden="true"><path d="M40,270H34M40,228.33H34" /></g>');
    expect(
      compacted(
        '<g stroke-opacity="0.1"><line y2="270" y1="20" x2="85" x1="85" /><line y2="270" y1="20" x2="232" x1="232" /></g>',
      ),
    ).toBe('<g stroke-opacity="0.1"><path d="M85,20V270M232,20V270" /></g>');
  });

  it('leaves groups that could draw differently joined: mixed directions, overlaps, other attributes or marks', () => {
    for (const inner of [
      '<g><line y2="20" y1="20" x2="90" x1="40" /><line y2="270" y1="20" x2="85" x1="85" /></g>',
      '<g stroke-opacity="0.1"><line y2="20" y1="20" x2="90" x1="40" /><line y2="21" y1="21" x2="90" x1="40" /></g>',
      '<g><line y2="20" y1="20" x2="90" x1="40" stroke="red" /><line y2="40" y1="40" x2="90" x1="40" /></g>',
      '<g><path d="M0,0L0,6" transform="translate(85,270)" /><circle r="4" cy="1" cx="2" /></g>',
      '<g><path d="M0,0L0,6" transform="rotate(90)" /><path d="M0,0L0,6" transform="translate(1,2)" /></g>',
      '<g><path d="M0,0L0,6" transform="translate(85,270)" /></g>',
    ])
      expect(compacted(inner)).toBe(inner);
  });

  it('leaves texts as they are (placed by x and y instead of translate, their glyphs land on other pixels)', () => {
    const inner = '<text transform="translate(40,270)" y="0.32em">10</text>';
    expect(compacted(inner)).toBe(inner);
  });
});

// The downloadable SVG: title, chart, legend, source line and data version, in fixed colours, parseable by resvg.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../../src/lib/export/export-svg';
import { legendSvg } from '../../../src/lib/export/legend-svg';
import { TINY_GRAPHIC } from './fixtures';

const meta = { version: 'abc1234567', permalinkUrl: 'https://example.org/test/k1/#chart' };

describe('exportSvg', () => {
  const e = exportSvg(TINY_GRAPHIC, meta);
  it('is at least 400 px of content plus 20 px padding each side', () => {
    expect(e.width).toBe(440);
    expect(e.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="440" height="')).toBe(true);
  });
  it('stacks title, chart, one legend row, source and a two-line footer: 20+18+14 | 100+10 | 20+12 | 15+4 | 2x15 | 20', () => {
    // 11 px text wraps at 400 / 6.6 = 60 characters, so the 73-character footer takes two lines
    expect(e.height).toBe(52 + 110 + 32 + 19 + 30 + 20);
  });
  it('centres the chart and gives it explicit colours and the export font, with no page CSS class', () => {
    expect(e.svg).toContain(
      '<svg overflow="visible" font-family="&#39;Liberation Sans&#39;, Arial, Helvetica, sans-serif" height="100" width="200" y="52" x="120" fill="#1a1a1a"',
    );
    expect(e.svg).not.toContain('currentColor');
    expect(e.svg).not.toContain('class="plot-x"');
  });
  it('writes the title, legend labels, source line and data version as text, escaped', () => {
    expect(e.svg).toContain('>Invented share chart &amp; test</text>');
    expect(e.svg).toContain('>Alpha</text>');
    expect(e.svg).toContain('>Source: Invented Source (Test Licence v1.0)</text>');
    expect(e.svg).toContain(
      'y="224" font-size="11" font-weight="normal" fill="#595959">Groundwork · data version abc1234567 ·</text>',
    );
    expect(e.svg).toContain(
      'y="239" font-size="11" font-weight="normal" fill="#595959">https://example.org/test/k1/#chart</text>',
    );
  });
  it("keeps a map's seats and drops their links, which lead nowhere from a file", () => {
    const map = {
      ...TINY_GRAPHIC,
      svg: '<svg viewBox="0 0 200 100"><a href="/test/seat/E14000001/" aria-label="Seat: Lab"><path d="M0 0h9v9z"/></a><a href="https://other.example/x">x</a></svg>',
    };
    const out = exportSvg(map, { ...meta, permalinkUrl: 'https://example.org/test/region/london/#map' }).svg;
    expect(out).toContain('<path d="M0 0h9v9z"/>x</svg>');
    expect(out).not.toMatch(/<a\b|<\/a>|href=/);
  });
  it('is well-formed XML of the stated size (resvg parses it)', () => {
    const r = new Resvg(e.svg);
    expect([r.width, r.height]).toEqual([e.width, e.height]);
  });
});

describe('legendSvg', () => {
  it('flows entries into rows of 20 px that fit the width', () => {
    const items = Array.from({ length: 4 }, (_, i) => ({
      label: `Party ${i}`,
      colour: '#000',
      mark: 'square' as const,
    }));
    // each entry: 22 + 7 chars * 12 * 0.6 = 72.4 px, plus a 16 px gap
    expect(legendSvg(items, 400, '#000').height).toBe(20);
    expect(legendSvg(items, 170, '#000').height).toBe(40);
    expect(legendSvg([], 400, '#000')).toEqual({ svg: '', height: 0 });
  });

  it("draws a claim chart's average as the chart does, solid with a white edge; a membership figure's diamond see-through", () => {
    const svg = (mark: 'diamond' | 'solid-diamond') =>
      legendSvg([{ label: 'A', colour: '#0072B2', mark }], 400, '#000').svg;
    expect(svg('solid-diamond')).toContain('fill="#0072B2" stroke="#fff"/>');
    expect(svg('solid-diamond')).not.toContain('fill-opacity');
    expect(svg('diamond')).toContain('fill="#0072B2" fill-opacity="0.6" stroke="#0072B2"/>');
  });
});

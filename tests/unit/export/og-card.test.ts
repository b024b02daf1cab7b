// Social cards: 1200x630 SVGs with the seat's result, a chart, or the default text, that resvg can draw.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { cardTitle, defaultCardSvg, graphicCardSvg, seatCardSvg } from '../../../src/lib/export/og-card';
import { INVENTED_CARD, TINY_GRAPHIC } from './fixtures';

const card = INVENTED_CARD;

describe('seatCardSvg', () => {
  const svg = seatCardSvg(card);
  it('shows the name, context, outcome, majority and footer', () => {
    for (const t of [
      '>Invented North<',
      '>Test Region · 2024 constituency<',
      '>2024: Alpha gain from Beta<',
      '>Majority 1,234 (5.0%)<',
      '>Data version abc · example.org/seat/X/<',
    ])
      expect(svg).toContain(t);
  });
  it('draws one bar segment per share, widths proportional over 1080 px', () => {
    expect(svg).toContain('width="486.0" height="56" fill="#E4003B"');
    expect(svg).toContain('x="546.0" y="420" width="432.0" height="56" fill="#0087DC"');
    expect(svg).toContain('x="978.0" y="420" width="162.0"');
    expect(svg).toContain('>Alpha 45.0%<');
  });
  it('is a 1200x630 image', () => {
    const r = new Resvg(svg);
    expect([r.width, r.height]).toEqual([1200, 630]);
  });
});

describe('graphicCardSvg and defaultCardSvg', () => {
  it('fits the chart under its title with explicit colours', () => {
    const svg = graphicCardSvg(TINY_GRAPHIC, 'footer');
    expect(svg).toContain('>Invented share chart &amp; test<');
    expect(svg).toContain('preserveAspectRatio="xMidYMid meet"');
    expect(svg).not.toContain('currentColor');
    expect(new Resvg(svg).width).toBe(1200);
  });
  it('a title too long for two lines at 40 px takes three at 32, and one longer still ends in an ellipsis', () => {
    expect(cardTitle('Butler swing in the organiser seats, their regions and matched seats, 2017 → 2019')).toEqual({
      lines: ['Butler swing in the organiser seats, their', 'regions and matched seats, 2017 → 2019'],
      size: 40,
    });
    const three = cardTitle(
      "Change in Labour's share in Yorkshire and the Humber's organiser seats and other seats, 2017 → 2019",
    );
    expect(three.size).toBe(32);
    expect(three.lines.join(' ')).toBe(
      "Change in Labour's share in Yorkshire and the Humber's organiser seats and other seats, 2017 → 2019",
    );
    const long = cardTitle(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '));
    expect(long.lines).toHaveLength(3);
    expect(long.lines[2]).toMatch(/\u2026$/);
    expect(graphicCardSvg({ ...TINY_GRAPHIC, title: long.lines.join(' ') + ' more' }, 'f')).toContain('font-size="32"');
  });
  it('the default card is 1200x630 and carries the footer', () => {
    const svg = defaultCardSvg('Data version abc · example.org/');
    expect(svg).toContain('>Data version abc · example.org/<');
    expect(new Resvg(svg).height).toBe(630);
  });
});

// Party lines are drawn over a casing in the text colour (src/charts/cased.ts), in the chart and in the exported
// legend, so that a colour close to the page's (SNP yellow on white, TUV navy on the dark page) still shows.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { membershipTrendSpec } from '../../../src/charts/membership-trend';
import { seatHistorySpec } from '../../../src/charts/seat-history';
import { plotSvgs } from '../../../src/graphics/plot-svg';
import { legendSvg } from '../../../src/lib/export/legend-svg';
import type { SeatMetrics } from '../../../src/lib/schema/metrics';

const fixture = JSON.parse(readFileSync(new URL('../../snapshots/fixture.json', import.meta.url), 'utf8')) as {
  seats: { code: string; rows: SeatMetrics[] }[];
};

describe('cased party lines', () => {
  it("draws every party's line of a seat history over a casing 1 px wider in currentColor", () => {
    const seat = fixture.seats.find((s) => s.code === 'S14000021')!;
    const { svg } = plotSvgs((o) => seatHistorySpec(seat.rows, o), { label: 'x', description: 'y' }, 'test', 'x');
    const doc = parseHTML(`<html><body>${svg}</body></html>`).document;
    const paths = [...doc.querySelectorAll('path')];
    const lines = paths.filter((p) => p.getAttribute('stroke')?.startsWith('#'));
    const casings = paths.filter((p) => p.parentElement!.getAttribute('stroke') === 'currentColor');
    // East Renfrewshire: Con, Lab, LD and SNP at every election from 2010 to 2024, Green and Reform UK in 2024.
    expect(new Set(lines.map((p) => p.getAttribute('stroke')))).toEqual(
      new Set(['#0087DC', '#E4003B', '#FAA61A', '#FDF38E', '#02A95B', '#12B6CF']),
    );
    const snp = lines.filter((p) => p.getAttribute('stroke') === '#FDF38E');
    expect(snp.map((p) => p.getAttribute('d')!.split('L').length)).toEqual([5]);
    for (const line of lines) {
      const casing = casings.find((c) => c.getAttribute('d') === line.getAttribute('d'));
      expect(casing, line.getAttribute('d')!).toBeDefined();
      expect(paths.indexOf(casing!)).toBeLessThan(paths.indexOf(line)); // the casing is drawn first, under the line
      expect(Number(casing!.parentElement!.getAttribute('stroke-width'))).toBe(
        Number(line.parentElement!.getAttribute('stroke-width')) + 1,
      );
    }
  });

  it('draws a cased line key in the exported legend as the ink under the colour, and a plain line key without', () => {
    const cased = legendSvg([{ label: 'SNP', colour: '#FDF38E', mark: 'cased-line' }], 300, '#222222').svg;
    expect(cased).toContain(
      '<rect x="0" y="8" width="16" height="4" fill="#222222"/><rect x="0" y="8.5" width="16" height="3" fill="#FDF38E"/>',
    );
    const plain = legendSvg([{ label: 'Claim', colour: '#FDF38E', mark: 'line' }], 300, '#222222').svg;
    expect(plain).not.toContain('#222222"/><rect');
    expect(plain).toContain('<rect x="0" y="8.5" width="16" height="3" fill="#FDF38E"/>');
  });
});

describe('cased party symbols', () => {
  it("draws every party's membership symbol over a casing of the same shape, 1 px wider, in currentColor", () => {
    const m = (
      JSON.parse(readFileSync(new URL('../../snapshots/fixture.json', import.meta.url), 'utf8')) as {
        membership: {
          points: Parameters<typeof membershipTrendSpec>[0];
          electionDates: Parameters<typeof membershipTrendSpec>[1];
        };
      }
    ).membership;
    const { svg } = plotSvgs(
      (o) => membershipTrendSpec(m.points, m.electionDates, o),
      { label: 'x', description: 'y' },
      'test',
      'x',
    );
    const doc = parseHTML(`<html><body>${svg}</body></html>`).document;
    const where = (e: Element) =>
      e.localName === 'circle' ? `${e.getAttribute('cx')},${e.getAttribute('cy')}` : e.getAttribute('transform');
    const symbols = [...doc.querySelectorAll('circle[stroke^="#"], path[stroke^="#"][transform]')];
    const casings = [...doc.querySelectorAll('g[stroke="currentColor"][fill="none"] > :is(circle, path[transform])')];
    expect(symbols.length).toBeGreaterThan(20);
    expect(casings.map(where).sort()).toEqual(symbols.map(where).sort());
    for (const c of casings) {
      const own = symbols.find((s) => where(s) === where(c))!;
      expect(c.getAttribute('d') ?? c.getAttribute('r')).toBe(own.getAttribute('d') ?? own.getAttribute('r'));
      expect(Number(c.parentElement!.getAttribute('stroke-width'))).toBe(
        Number(own.parentElement!.getAttribute('stroke-width') ?? 1.5) + 1,
      );
    }
  });
});

// Every graphic's downloads in dist/: the SVG is well-formed with its title, source line and data version,
// the PNG is drawn from that SVG in the browser (no PNG file; see tests/e2e/downloads.spec.ts), and the CSV has the
// graphic's columns.
import { Resvg } from '@resvg/resvg-js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { graphic } from '../../src/graphics/index';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distText, graphicsIndex, parse, toDistPath } from './dist-files';

const rows = graphicsIndex();
// Each SVG is read once; the checks below share it.
const svgs = new Map(rows.map((r) => [r.svg, distText(toDistPath(r.svg))]));
/**
 * A graphic's CSV columns, built from the registry: once per family for the big families (the columns are the
 * family's; building 1,300 seat charts again would only repeat the build), per key for the others (claim charts
 * differ by kind).
 */
const columnCache = new Map<string, string[]>();
function columnsOf(r: { family: string; key: string }): string[] {
  const many = rows.filter((x) => x.family === r.family).length > 100;
  const k = many ? r.family : `${r.family}/${r.key}`;
  let c = columnCache.get(k);
  if (!c) columnCache.set(k, (c = [...graphic(r.family, r.key).data.columns]));
  return c;
}
const version = /<meta name="groundwork:data-version" content="([^"]+)"/.exec(distText('index.html'))![1]!;

describe('graphics downloads', () => {
  it('the index lists every registered graphic, seat charts included', () => {
    expect(rows.length).toBeGreaterThan(1290);
    expect(rows.find((r) => r.family === 'seat-history' && r.key === 'E14000887')?.title).toBe(
      'Vote share by party in Putney, 2010 to 2019',
    );
    expect(rows.find((r) => r.family === 'membership-trend' && r.key === 'uk')).toBeDefined();
  });

  it('each SVG names its title, source and data version, and its root size', () => {
    const bad: string[] = [];
    for (const r of rows) {
      const svg = svgs.get(r.svg)!;
      const title = r.title
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
      if (!svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="'))
        bad.push(`${r.svg}: no XML declaration and sized root`);
      if (!svg.includes(`<title>${title}</title>`)) bad.push(`${r.svg}: no <title>`);
      if (!svg.includes('>Source: ')) bad.push(`${r.svg}: no source line`);
      if (!svg.includes(`data version ${version}`)) bad.push(`${r.svg}: no data version`);
      if (svg.includes('currentColor') || svg.includes('var(--')) bad.push(`${r.svg}: colours that depend on the page`);
      if (/href="(?!https?:)/.test(svg)) bad.push(`${r.svg}: a link that breaks once the file is downloaded`);
    }
    expect(bad).toEqual([]);
  }, 300_000);

  it('each SVG is well-formed XML that resvg parses (every non-seat graphic and every 10th seat chart)', () => {
    const sample = rows.filter((r, i) => r.family !== 'seat-history' || i % 10 === 0);
    for (const r of sample) {
      const svg = svgs.get(r.svg)!;
      const size = /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)" height="(\d+)"/.exec(svg)!;
      const tree = new Resvg(svg, { font: { loadSystemFonts: false } });
      expect([tree.width, tree.height], r.svg).toEqual([Number(size[1]), Number(size[2])]);
    }
  }, 300_000);

  it('no PNG is built for downloads: each page offers a PNG button that draws the SVG download in the browser', () => {
    expect(Object.keys(rows[0]!)).not.toContain('png');
    expect(existsSync(join(DIST, 'downloads/seat-history/E14000887.png'))).toBe(false);
    const button = parse(distText('seat/E14000887/index.html')).querySelector('button[data-png-from]');
    expect(button?.getAttribute('data-png-from')).toMatch(/\/downloads\/seat-history\/E14000887\.svg$/);
    expect(button?.getAttribute('data-png-name')).toBe('groundwork-seat-history-E14000887.png');
    expect(button?.hasAttribute('hidden')).toBe(true);
    expect(distText(toDistPath(rows.find((r) => r.key === 'E14000887')!.svg))).toContain('>Source: ');
  });

  it("each CSV has its graphic's columns in order, and every row has them all", () => {
    // The registry's columns for a big family hold for every key (checked on every 50th key).
    for (const r of rows.filter((x, i) => i % 50 === 0))
      expect([...graphic(r.family, r.key).data.columns], r.csv).toEqual(columnsOf(r));
    for (const r of rows) {
      const columns = columnsOf(r);
      const parsed = Papa.parse<string[]>(distText(toDistPath(r.csv)), { skipEmptyLines: true });
      expect(parsed.data[0], r.csv).toEqual(columns);
      expect(
        parsed.data.every((row) => row.length === columns.length),
        r.csv,
      ).toBe(true);
    }
  }, 300_000);

  it('shares in every chart CSV are given to a hundredth of a point, as in the /data/ tables', () => {
    const long: string[] = [];
    for (const r of rows) {
      const [header, ...body] = Papa.parse<string[]>(distText(toDistPath(r.csv)), { skipEmptyLines: true }).data;
      const pct = header!.flatMap((h, i) => (h.endsWith('_pct') ? [i] : []));
      for (const row of body) for (const i of pct) if (/\.\d{3,}/.test(row[i]!)) long.push(`${r.csv}: ${row[i]}`);
    }
    expect(long.slice(0, 5), `${long.length} shares with more than two decimals`).toEqual([]);
  }, 300_000);

  it("a map's source line credits what it is drawn from: boundaries or the hex layout, and 2010's sources only for 2010", () => {
    // The source line wraps over several <text> lines: read it as words.
    const words = (f: string) =>
      distText(f)
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
    const london = words('downloads/region-map/london.svg');
    expect(london).toContain('Boundaries: ONS (Open Government Licence v3.0)');
    expect(london).not.toContain('hex layout');
    expect(london).not.toContain('for 2010');
    const swing = words('downloads/map/hex-2024-swing.svg');
    expect(swing).toContain('Hex layout: Open Innovations (MIT)');
    expect(swing).toContain('2019 notional results estimated by Groundwork from mySociety overlaps');
    expect(swing).not.toContain('Boundaries: ONS');
  });

  it("Putney's seat chart CSV holds the plotted shares (2019: Labour 22,780 of 50,467 valid votes = 45.14%)", () => {
    const csv = distText('downloads/seat-history/E14000887.csv');
    expect(csv.split('\n')[0]).toBe('\ufeffons_code,constituency,election,party,stood_as,share_pct,estimated');
    expect(csv).toContain('\nE14000887,Putney,2019,lab,lab,45.14,false\n');
  });
});

// The four real seat maps (geo and hex, 2010 and 2024 boundaries) built from the raw files in data/raw.
import { geoArea } from 'd3';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMapGeometry } from '../../../pipeline/steps/geometry';
import { simplifiedSeatFeatures } from '../../../src/lib/maps/geo-project';
import { isStronglyConnected, readingOrder, reachableFrom } from '../../../src/lib/maps/neighbours';
import { subsetGeometry } from '../../../src/lib/maps/subset';
import type { MapGeometry } from '../../../src/lib/maps/types';
import { readRaw } from '../../support/raw-files';

const csv = (path: string) =>
  Papa.parse<Record<string, string>>(readRaw(path), { header: true, skipEmptyLines: true }).data;

const maps = new Map<string, MapGeometry>();

beforeAll(() => {
  const known2010 = new Set(csv('lookups/constituencies-2010.csv').map((r) => r.PCON10CD!));
  const known2024 = new Set(csv('lookups/ukparl.2025.csv').map((r) => r.PCON24CD!));
  const hex2024 = JSON.parse(readRaw('hexmaps/uk-constituencies-2024.hexjson')) as {
    hexes: Record<string, { region: string }>;
  };
  const regions2024 = new Map(Object.entries(hex2024.hexes).map(([c, h]) => [c, h.region]));
  const inputs = [
    [
      'geo 2010',
      '2010',
      'geo',
      'boundaries/Westminster_Parliamentary_Constituencies_Dec_2022_UK_BUC.geojson',
      known2010,
    ],
    ['hex 2010', '2010', 'hex', 'hexmaps/constituencies.hexjson', known2010],
    [
      'geo 2024',
      '2024',
      'geo',
      'boundaries/Westminster_Parliamentary_Constituencies_July_2024_Boundaries_UK_BUC.geojson',
      known2024,
    ],
    ['hex 2024', '2024', 'hex', 'hexmaps/uk-constituencies-2024.hexjson', known2024],
  ] as const;
  const started = performance.now();
  for (const [label, set, kind, file, knownCodes] of inputs) {
    maps.set(
      label,
      buildMapGeometry({
        file,
        text: readRaw(file),
        set,
        kind,
        knownCodes,
        regions: set === '2024' ? regions2024 : undefined,
      }),
    );
  }
  console.log(`built all four maps in ${(performance.now() - started).toFixed(0)} ms`);
});

const labels = ['geo 2010', 'hex 2010', 'geo 2024', 'hex 2024'];

describe('all four maps', () => {
  it.each(labels)(
    '%s has 650 seats with distinct codes, a non-empty path each and centres inside the viewBox',
    (label) => {
      const g = maps.get(label)!;
      expect(g.seats).toHaveLength(650);
      expect(new Set(g.seats.map((s) => s.code)).size).toBe(650);
      const [, , w, h] = g.viewBox;
      for (const s of g.seats) {
        expect(s.d).toMatch(/^M.+z$/);
        expect(s.cx).toBeGreaterThan(0);
        expect(s.cx).toBeLessThan(w);
        expect(s.cy).toBeGreaterThan(0);
        expect(s.cy).toBeLessThan(h);
      }
    },
  );

  it.each(labels)('%s: arrow keys reach every seat from every seat', (label) => {
    const g = maps.get(label)!;
    const graph = new Map(g.seats.map((s) => [s.code, s.neighbours]));
    const codes = new Set(graph.keys());
    for (const n of graph.values()) for (const to of Object.values(n)) expect(codes.has(to!)).toBe(true);
    const first = readingOrder(g.seats.map((s) => ({ code: s.code, x: s.cx, y: s.cy })))[0]!.code;
    expect(reachableFrom(graph, first).size).toBe(650);
    expect(isStronglyConnected(graph)).toBe(true);
  });
});

describe('geographic maps', () => {
  it.each(['geo 2010', 'geo 2024'])('%s: no seat fills the globe after processing (d3.geoArea < 0.01 sr)', (label) => {
    const g = maps.get(label)!;
    const { features } = simplifiedSeatFeatures(g.source!.topology, g.report.minWeight);
    expect(features).toHaveLength(650);
    for (const f of features) expect(geoArea(f)).toBeLessThan(0.01);
  });

  it.each(['geo 2010', 'geo 2024'])('%s: seat path data stays under 120 KB', (label) => {
    const g = maps.get(label)!;
    console.log(
      `${label}: seat paths ${g.report.seatPathBytes} bytes, mesh and outline ${g.report.meshPathBytes} bytes, points ${g.report.pointsIn} -> ${g.report.pointsOut}, winding fixed ${g.report.windingFixed}`,
    );
    expect(g.report.seatPathBytes).toBe(g.seats.reduce((n, s) => n + s.d.length, 0));
    expect(g.report.seatPathBytes).toBeLessThan(120_000);
  });

  it('the 2024 file is wound RFC 7946 style, so every ring is reversed for d3-geo; the 2010 file is not', () => {
    expect(maps.get('geo 2024')!.report.windingFixedInput).toBe(758);
    expect(maps.get('geo 2010')!.report.windingFixedInput).toBe(0);
  });

  it.each(['geo 2010', 'geo 2024'])(
    '%s keeps the islands: Orkney and Shetland, Western Isles, Wight, Anglesey, Scilly',
    (label) => {
      const g = maps.get(label)!;
      const byName = (name: string) => g.seats.filter((s) => s.name === name || s.name.startsWith(name));
      const orkney = g.seats.find((s) => s.code === 'S14000051')!;
      expect(orkney.name).toBe('Orkney and Shetland');
      const [x0, y0, x1, y1] = orkney.bbox;
      expect(x1 - x0).toBeGreaterThan(20);
      expect(y1 - y0).toBeGreaterThan(40);
      expect((orkney.d.match(/z/g) ?? []).length).toBeGreaterThanOrEqual(5);
      expect((byName('Na h-Eileanan an Iar')[0]!.d.match(/z/g) ?? []).length).toBeGreaterThanOrEqual(5);
      expect(byName('Isle of Wight').length).toBeGreaterThanOrEqual(1);
      expect((byName('Ynys Môn')[0]!.d.match(/z/g) ?? []).length).toBeGreaterThanOrEqual(1);
      // St Ives includes the Isles of Scilly, a separate ring west of the mainland part.
      expect((byName('St Ives')[0]!.d.match(/z/g) ?? []).length).toBeGreaterThanOrEqual(2);
    },
  );

  it.each(['geo 2010', 'geo 2024'])('%s puts Shetland in a box at the top right', (label) => {
    const g = maps.get(label)!;
    expect(g.insets).toHaveLength(1);
    const box = g.insets[0]!;
    expect(box.y).toBe(10);
    expect(box.x + box.width).toBeCloseTo(g.viewBox[2] - 10, -1);
    const orkney = g.seats.find((s) => s.code === 'S14000051')!;
    expect(orkney.bbox[2]).toBeGreaterThan(box.x);
    expect(orkney.bbox[2]).toBeLessThanOrEqual(box.x + box.width);
  });

  it('a region map of London (2024) fills its own box and keeps every London seat', () => {
    const g = maps.get('geo 2024')!;
    const london = new Set(g.seats.filter((s) => s.region === 'E12000007').map((s) => s.code));
    expect(london.size).toBe(75);
    const sub = subsetGeometry(g, london);
    expect(sub.seats).toHaveLength(75);
    expect(sub.viewBox[2]).toBe(600);
    expect(sub.regionMesh).toBe('');
    expect(isStronglyConnected(new Map(sub.seats.map((s) => [s.code, s.neighbours])))).toBe(true);
  });
});

describe('hex maps', () => {
  it.each(['hex 2010', 'hex 2024'])(
    '%s: no two hexes share a centre, and Orkney and Shetland is the northernmost',
    (label) => {
      const g = maps.get(label)!;
      expect(new Set(g.seats.map((s) => `${s.cx},${s.cy}`)).size).toBe(650);
      const north = Math.min(...g.seats.map((s) => s.cy));
      expect(g.seats.find((s) => s.code === 'S14000051')!.cy).toBe(north);
    },
  );
});

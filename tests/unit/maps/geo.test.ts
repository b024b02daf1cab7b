// Geographic map pipeline and boundary validation, on a hand-made three-square GeoJSON fixture.
import { geoArea } from 'd3';
import { describe, expect, it } from 'vitest';
import { buildMapGeometry } from '../../../pipeline/steps/geometry';
import type { GeometryInput } from '../../../pipeline/steps/geometry-input';
import { simplifiedSeatFeatures } from '../../../src/lib/maps/geo-project';
import { subsetGeometry } from '../../../src/lib/maps/subset';
import { threeSeats } from '../../support/map-fixtures';

const { text, knownCodes } = threeSeats();

describe('geographic map from GeoJSON', () => {
  const geom = buildMapGeometry(threeSeats());
  const seat = (code: string) => geom.seats.find((s) => s.code === code)!;

  it('reverses the one ring wound the wrong way for d3-geo, and counts it', () => {
    expect(geom.report.windingFixedInput).toBe(1);
    expect(geom.report.windingFixedSimplified).toBe(0);
    expect(geom.report.windingFixed).toBe(1);
    for (const f of simplifiedSeatFeatures(geom.source!.topology, geom.report.minWeight).features) {
      expect(geoArea(f)).toBeLessThan(0.01);
    }
  });

  it('keeps names, regions and the square shapes (4 corners each)', () => {
    expect(geom.seats.map((s) => [s.code, s.name, s.region])).toEqual([
      ['GA', 'South West Square', 'R1'],
      ['GB', 'South East Square', 'R2'],
      ['GC', 'North West Square', 'R1'],
    ]);
    for (const s of geom.seats) expect(s.d).toMatch(/^M[-\d. ]+l(?:-?[\d.]+[ -]?){6}z$/);
  });

  it('fits the drawing to 600 x 900 with north up (the L of squares is taller than wide)', () => {
    expect(geom.viewBox[3]).toBe(900);
    expect(geom.viewBox[2]).toBeLessThan(600);
    expect(seat('GC').cy).toBeLessThan(seat('GA').cy);
    expect(seat('GB').cx).toBeGreaterThan(seat('GA').cx);
    const [x0, y0, x1, y1] = [
      Math.min(...geom.seats.map((s) => s.bbox[0])),
      Math.min(...geom.seats.map((s) => s.bbox[1])),
      Math.max(...geom.seats.map((s) => s.bbox[2])),
      Math.max(...geom.seats.map((s) => s.bbox[3])),
    ];
    expect(x0).toBeCloseTo(10, 0);
    expect(y0).toBeCloseTo(10, 0);
    expect(y1).toBeCloseTo(890, 0);
    expect(x1).toBeLessThanOrEqual(geom.viewBox[2] - 10 + 0.1);
  });

  it('finds arrow-key neighbours by the nearest centre in each 90° wedge', () => {
    expect(seat('GA').neighbours).toEqual({ right: 'GB', up: 'GC' });
    expect(seat('GB').neighbours).toEqual({ left: 'GA', up: 'GC' });
    expect(seat('GC').neighbours).toEqual({ down: 'GA' });
  });

  it('draws the region mesh only where regions differ, as one open line', () => {
    expect(geom.regionMesh).toMatch(/^M[^Mz]+$/);
    expect(
      buildMapGeometry(
        threeSeats({
          regions: new Map([
            ['GA', 'R1'],
            ['GB', 'R1'],
            ['GC', 'R1'],
          ]),
        }),
      ).regionMesh,
    ).toBe('');
    expect(geom.outline).toMatch(/^M[^z]+$/);
    expect(geom.insets).toEqual([]);
  });

  it('re-projects a subset so it fills the box on its own', () => {
    const sub = subsetGeometry(geom, new Set(['GA', 'GB']), 20);
    expect(sub.seats.map((s) => s.code)).toEqual(['GA', 'GB']);
    expect(sub.viewBox[2]).toBe(600);
    expect(Math.min(...sub.seats.map((s) => s.bbox[0]))).toBeCloseTo(20, 0);
    expect(Math.max(...sub.seats.map((s) => s.bbox[2]))).toBeCloseTo(580, 0);
    expect(sub.seats[0]!.neighbours).toEqual({ right: 'GB' });
    expect(() => subsetGeometry(geom, new Set(['GA', 'ZZ']))).toThrow('subsetGeometry: not seats of this map: ZZ');
  });
});

describe('boundary validation', () => {
  const fails = (over: Partial<GeometryInput>) => () => buildMapGeometry(threeSeats(over));

  it('rejects an unknown code, naming line, field and feature', () => {
    expect(fails({ knownCodes: new Set(['GA', 'GB']) })).toThrow(
      'three-seats.geojson:4 field "PCON22CD": unknown constituency code "GC" (feature 2)',
    );
  });

  it('rejects a duplicate code', () => {
    const dup = text.replace('"PCON22CD":"GC"', '"PCON22CD":"GA"');
    expect(fails({ text: dup })).toThrow(
      'three-seats.geojson:4 field "PCON22CD": duplicate constituency code "GA" (features 0 and 2)',
    );
  });

  it('rejects a known code missing from the file', () => {
    expect(fails({ knownCodes: new Set([...knownCodes, 'GD', 'GE']) })).toThrow(
      'three-seats.geojson field "PCON22CD": known codes are missing from the file: "GD", "GE"',
    );
  });

  it('rejects geometry that is not a polygon', () => {
    const point = text.replace(
      /("PCON22NM":"South East Square"\},"geometry":)\{[^}]*\}/,
      '$1{"type":"Point","coordinates":[-1.2,53.2]}',
    );
    expect(fails({ text: point })).toThrow(
      'three-seats.geojson:3 field "geometry.type": feature 1 ("GB") has geometry type "Point"; expected Polygon or MultiPolygon',
    );
  });

  it('rejects invalid JSON and rings that are not closed shapes', () => {
    expect(
      fails({
        text: text.replace(
          ']]]}},\n{"type":"Feature","properties":{"PCON22CD":"GC"',
          ']]]},\n{"type":"Feature","properties":{"PCON22CD":"GC"',
        ),
      }),
    ).toThrow(/^three-seats\.geojson:4: not valid JSON \(Expected double-quoted property name/);
    const short = text.replace('[[-2,53.5],[-2,54],[-1.5,54],[-1.5,53.5],[-2,53.5]]', '[[-2,53.5],[-2,54],[-2,53.5]]');
    expect(fails({ text: short })).toThrow(
      'three-seats.geojson:4 field "geometry.coordinates": feature 2 ("GC"): a ring needs at least 4 positions',
    );
  });
});

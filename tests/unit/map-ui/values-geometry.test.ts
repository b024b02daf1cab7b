// The geometry the browser downloads: only code, path and neighbours, and it renders the same SVG as the full geometry.
import { describe, expect, it } from 'vitest';
import { renderMapSvg } from '~/lib/maps/svg';
import type { MapGeometry } from '~/lib/maps/types';
import { fromWire, toWire } from '~/lib/maps/values-geometry';

// Test data: two hand-made square "seats" side by side, 10 units wide, the first at x = 0.
type Seat = MapGeometry['seats'][number];
const square = (code: string, name: string, region: string, q: number, neighbours: Seat['neighbours']): Seat => {
  const x = q * 10;
  return {
    code,
    name,
    region,
    d: `M${x} 0h10v10h-10z`,
    cx: x + 5,
    cy: 5,
    bbox: [x, 0, x + 10, 10],
    neighbours,
    hex: { q, r: 0 },
  };
};
const geom: MapGeometry = {
  set: '2024',
  kind: 'hex',
  viewBox: [0, 0, 20, 10],
  seats: [square('A', 'Alpha', 'R1', 0, { right: 'B' }), square('B', 'Bravo', 'R2', 1, { left: 'A' })],
  regionMesh: 'M10 0v10',
  outline: 'M0 0h20v10h-20z',
  insets: [],
  report: {
    seats: 2,
    windingFixed: 0,
    windingFixedInput: 0,
    windingFixedSimplified: 0,
    ringsProtected: 0,
    ringsDropped: 0,
    pointsIn: 8,
    pointsOut: 8,
    minWeight: 0,
    minAreaUnits: 0,
    seatPathBytes: 30,
    meshPathBytes: 20,
  },
  hexGrid: { layout: 'odd-r', radius: 10, padding: 10 },
  source: {
    topology: { type: 'Topology', objects: { seats: { type: 'GeometryCollection', geometries: [] } }, arcs: [] },
    minAreaUnits: 1,
  },
};

describe('toWire', () => {
  it('keeps code, path and neighbours, and drops names, boxes, report and source topology', () => {
    const wire = toWire(geom);
    expect(wire).toEqual({
      set: '2024',
      kind: 'hex',
      viewBox: [0, 0, 20, 10],
      outline: 'M0 0h20v10h-20z',
      regionMesh: 'M10 0v10',
      insets: [],
      seats: [
        ['A', 'M0 0h10v10h-10z', '', 'B', '', ''],
        ['B', 'M10 0h10v10h-10z', 'A', '', '', ''],
      ],
    });
    expect(JSON.stringify(wire)).not.toContain('topology');
    expect(JSON.stringify(wire)).not.toContain('Alpha');
  });
});

describe('fromWire', () => {
  it('renders the same map SVG as the full geometry', () => {
    const opts = {
      idPrefix: 'm',
      title: 't',
      description: 'd',
      fill: () => '#123456',
      label: (c: string) => `seat ${c}`,
      href: (c: string) => `/seat/${c}/`,
    };
    expect(renderMapSvg(fromWire(toWire(geom)), opts)).toBe(renderMapSvg(geom, opts));
  });
});

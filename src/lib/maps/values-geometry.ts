// The geometry the browser downloads for a map view: only code, path and arrow-key neighbours per seat, plus overlays.
import type { BoundarySet } from '../elections';
import { DIRECTIONS, type MapGeometry, type MapInset, type MapKind, type ViewBox } from './types';

/** One seat: code, path d, then the left, right, up and down neighbours ('' for none). */
export type WireSeat = [code: string, d: string, left: string, right: string, up: string, down: string];

export interface WireGeometry {
  set: BoundarySet;
  kind: MapKind;
  viewBox: ViewBox;
  outline: string;
  regionMesh: string;
  insets: MapInset[];
  seats: WireSeat[];
}

/** Drops everything the browser does not draw (names, centres, boxes, the build-time source topology, the report). */
export function toWire(geom: MapGeometry): WireGeometry {
  return {
    set: geom.set,
    kind: geom.kind,
    viewBox: geom.viewBox,
    outline: geom.outline,
    regionMesh: geom.regionMesh,
    insets: geom.insets,
    seats: geom.seats.map((s) => [
      s.code,
      s.d,
      s.neighbours.left ?? '',
      s.neighbours.right ?? '',
      s.neighbours.up ?? '',
      s.neighbours.down ?? '',
    ]),
  };
}

/**
 * A MapGeometry the SVG renderer accepts, rebuilt from the wire form. The renderer reads only code, d and
 * neighbours, so names, centres and boxes are left empty, and the report is all zeros.
 */
export function fromWire(wire: WireGeometry): MapGeometry {
  return {
    set: wire.set,
    kind: wire.kind,
    viewBox: wire.viewBox,
    outline: wire.outline,
    regionMesh: wire.regionMesh,
    insets: wire.insets,
    seats: wire.seats.map(([code, d, ...nav]) => {
      const neighbours: MapGeometry['seats'][number]['neighbours'] = {};
      DIRECTIONS.forEach((dir, i) => {
        if (nav[i]) neighbours[dir] = nav[i];
      });
      return { code, name: '', region: null, d, cx: 0, cy: 0, bbox: [0, 0, 0, 0], neighbours };
    }),
    report: {
      seats: wire.seats.length,
      windingFixed: 0,
      windingFixedInput: 0,
      windingFixedSimplified: 0,
      ringsProtected: 0,
      ringsDropped: 0,
      pointsIn: 0,
      pointsOut: 0,
      minWeight: 0,
      minAreaUnits: 0,
      seatPathBytes: 0,
      meshPathBytes: 0,
    },
  };
}

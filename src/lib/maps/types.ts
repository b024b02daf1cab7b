// Shapes of the build-time map geometry: one seat per constituency, shared by geographic maps and hex cartograms.
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { BoundarySet } from '../elections';

export type MapKind = 'geo' | 'hex';
export type HexLayout = 'odd-r' | 'even-r';
export type Direction = 'left' | 'right' | 'up' | 'down';
export const DIRECTIONS: readonly Direction[] = ['left', 'right', 'up', 'down'];

/** Seat codes reached by the arrow keys from a seat. */
export type Neighbours = Partial<Record<Direction, string>>;

/** SVG viewBox: min-x, min-y, width, height. */
export type ViewBox = [number, number, number, number];
/** Bounding box in viewBox units: x0, y0, x1, y1. */
export type BBox = [number, number, number, number];

export interface MapSeat {
  code: string;
  name: string;
  /** Region (or nation) code, or null when no region map was given. */
  region: string | null;
  /** SVG path data, coordinates rounded to 0.1 viewBox units. */
  d: string;
  cx: number;
  cy: number;
  bbox: BBox;
  neighbours: Neighbours;
  /** HexJSON cell, for hex maps only. */
  hex?: { q: number; r: number };
}

/** A box drawn round geography moved out of place (Shetland, top right of the UK map). */
export interface MapInset {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

export interface MapReport {
  seats: number;
  /** Rings reversed to follow d3-geo's spherical winding: in the input, and after quantising or simplifying. */
  windingFixed: number;
  windingFixedInput: number;
  windingFixedSimplified: number;
  /** Rings that simplification would have collapsed, kept with a few of their most important points. */
  ringsProtected: number;
  /** Rings dropped because they shrank below 0.1 units once projected (tiny rocks; never a whole seat). */
  ringsDropped: number;
  pointsIn: number;
  pointsOut: number;
  /** Visvalingam threshold in steradians, and the same threshold as an area in square viewBox units. */
  minWeight: number;
  minAreaUnits: number;
  /** Total length of every seat's `d`, and of the region mesh and outline paths. */
  seatPathBytes: number;
  meshPathBytes: number;
}

export interface SeatProperties {
  name: string;
  region: string | null;
}

/** The quantised, unsimplified topology a geo map was drawn from, kept so region maps can be re-projected. */
export interface GeoSource {
  topology: Topology<{ seats: GeometryCollection<SeatProperties> }>;
  /** Simplification threshold as an area in square viewBox units (scale-free). */
  minAreaUnits: number;
}

export interface MapGeometry {
  set: BoundarySet;
  kind: MapKind;
  viewBox: ViewBox;
  seats: MapSeat[];
  /** Lines between seats in different regions (drawn on top, not interactive). */
  regionMesh: string;
  /** The outer edge of all seats (coast and, for subsets, the edge of the region). */
  outline: string;
  insets: MapInset[];
  report: MapReport;
  /** Geo maps: the topology they were drawn from. */
  source?: GeoSource;
  /** Hex maps: the grid they were laid out on. */
  hexGrid?: { layout: HexLayout; radius: number; padding: number };
}

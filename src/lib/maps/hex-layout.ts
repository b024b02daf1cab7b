// Hex cartogram layout from HexJSON cells (pointy-top rows, r increasing northwards): paths, meshes and neighbours.
import { connectAll, nearestInCone } from './neighbours';
import { linesPath, ringsPath, toTenths, type Tenths } from './path';
import { DIRECTIONS, type HexLayout, type MapGeometry, type MapReport, type MapSeat, type Neighbours } from './types';

export interface HexCell {
  code: string;
  name: string;
  q: number;
  r: number;
  region: string | null;
}

export interface HexOptions {
  /** Centre-to-corner distance in viewBox units. */
  radius: number;
  padding: number;
}

export const DEFAULT_HEX_OPTIONS: HexOptions = { radius: 10, padding: 10 };

const isOdd = (n: number): boolean => Math.abs(n % 2) === 1;

/** Whether row r is pushed half a hex to the right ("odd-r": odd rows; "even-r": even rows). */
export function rowShifted(layout: HexLayout, r: number): boolean {
  return layout === 'odd-r' ? isOdd(r) : !isOdd(r);
}

/** Centre in lattice units: x in half hex-widths, y in half radii, y growing downwards (north up). */
function lattice(layout: HexLayout, q: number, r: number): [number, number] {
  return [2 * q + (rowShifted(layout, r) ? 1 : 0), -3 * r];
}

/** Corners in lattice units, clockwise from the top. */
const CORNERS: readonly [number, number][] = [
  [0, -2],
  [1, -1],
  [1, 1],
  [0, 2],
  [-1, 1],
  [-1, -1],
];
/** The neighbour across edge i (from corner i to corner i+1), in lattice units. */
const ACROSS: readonly [number, number][] = [
  [1, -3],
  [2, 0],
  [1, 3],
  [-1, 3],
  [-2, 0],
  [-1, -3],
];

/** Row-major key. */
const key = (a: number, b: number): string => `${a},${b}`;

/** Hex neighbours: same row left/right; up/down prefer the cell in the same column q, then the other diagonal. */
export function hexNeighbours(cells: readonly HexCell[], layout: HexLayout): Map<string, Neighbours> {
  const at = new Map(cells.map((c) => [key(c.q, c.r), c.code]));
  const out = new Map<string, Neighbours>();
  for (const c of cells) {
    const other = rowShifted(layout, c.r) ? c.q + 1 : c.q - 1;
    const vertical = (r: number): string | undefined => at.get(key(c.q, r)) ?? at.get(key(other, r));
    const n: Neighbours = {};
    const left = at.get(key(c.q - 1, c.r));
    const right = at.get(key(c.q + 1, c.r));
    const up = vertical(c.r + 1);
    const down = vertical(c.r - 1);
    if (left) n.left = left;
    if (right) n.right = right;
    if (up) n.up = up;
    if (down) n.down = down;
    out.set(c.code, n);
  }
  return out;
}

export function layoutHexes(
  cells: readonly HexCell[],
  layout: HexLayout,
  opts: HexOptions = DEFAULT_HEX_OPTIONS,
): Omit<MapGeometry, 'set'> {
  const { radius, padding } = opts;
  const half = (radius * Math.sqrt(3)) / 2;
  const lat = cells.map((c) => lattice(layout, c.q, c.r));
  const xs = lat.map(([x]) => x);
  const ys = lat.map(([, y]) => y);
  const x0 = Math.min(...xs) - 1;
  const y0 = Math.min(...ys) - 2;
  const x1 = Math.max(...xs) + 1;
  const y1 = Math.max(...ys) + 2;
  const point = (lx: number, ly: number): Tenths =>
    toTenths((lx - x0) * half + padding, ((ly - y0) * radius) / 2 + padding);
  const byLattice = new Map(cells.map((c, i) => [key(...lat[i]!), c]));

  const seats: MapSeat[] = cells.map((c, i) => {
    const [lx, ly] = lat[i]!;
    const corners = CORNERS.map(([dx, dy]) => point(lx + dx, ly + dy));
    const [cx, cy] = point(lx, ly);
    const [bx0, by0] = point(lx - 1, ly - 2);
    const [bx1, by1] = point(lx + 1, ly + 2);
    return {
      code: c.code,
      name: c.name,
      region: c.region,
      d: ringsPath([corners]),
      cx: cx / 10,
      cy: cy / 10,
      bbox: [bx0 / 10, by0 / 10, bx1 / 10, by1 / 10],
      neighbours: {},
      hex: { q: c.q, r: c.r },
    };
  });

  const outline: Tenths[][] = [];
  const mesh: Tenths[][] = [];
  cells.forEach((c, i) => {
    const [lx, ly] = lat[i]!;
    ACROSS.forEach(([dx, dy], e) => {
      const [ax, ay] = CORNERS[e]!;
      const [bx, by] = CORNERS[(e + 1) % 6]!;
      const edge = [point(lx + ax, ly + ay), point(lx + bx, ly + by)];
      const other = byLattice.get(key(lx + dx, ly + dy));
      if (!other) outline.push(edge);
      else if (c.code < other.code && c.region !== null && other.region !== null && c.region !== other.region)
        mesh.push(edge);
    });
  });

  const graph = hexNeighbours(cells, layout);
  const points = seats.map((s) => ({ code: s.code, x: s.cx, y: s.cy }));
  for (const p of points) {
    const n = graph.get(p.code)!;
    for (const dir of DIRECTIONS) {
      const fallback = n[dir] ? undefined : nearestInCone(p, points, dir);
      if (fallback) n[dir] = fallback;
    }
  }
  connectAll(points, graph);
  for (const s of seats) s.neighbours = graph.get(s.code) ?? {};

  const regionMesh = linesPath(joinSegments(mesh));
  const outlinePath = linesPath(joinSegments(outline));
  const width = Math.round(((x1 - x0) * half + 2 * padding) * 10) / 10;
  const height = Math.round((((y1 - y0) * radius) / 2 + 2 * padding) * 10) / 10;
  const report: MapReport = {
    seats: seats.length,
    windingFixed: 0,
    windingFixedInput: 0,
    windingFixedSimplified: 0,
    ringsProtected: 0,
    ringsDropped: 0,
    pointsIn: cells.length,
    pointsOut: seats.length * 6,
    minWeight: 0,
    minAreaUnits: 0,
    seatPathBytes: seats.reduce((n, s) => n + s.d.length, 0),
    meshPathBytes: regionMesh.length + outlinePath.length,
  };
  return {
    kind: 'hex',
    viewBox: [0, 0, width, height],
    seats,
    regionMesh,
    outline: outlinePath,
    insets: [],
    report,
    hexGrid: { layout, radius, padding },
  };
}

/** Chain two-point segments that meet end to start into longer lines, to shorten the path data. */
export function joinSegments(segments: readonly Tenths[][]): Tenths[][] {
  const byStart = new Map<string, number[]>();
  segments.forEach((s, i) => {
    const k = key(...s[0]!);
    byStart.set(k, [...(byStart.get(k) ?? []), i]);
  });
  const used = new Set<number>();
  const lines: Tenths[][] = [];
  segments.forEach((s, i) => {
    if (used.has(i)) return;
    used.add(i);
    const line = [...s];
    for (;;) {
      const end = line[line.length - 1]!;
      const next = (byStart.get(key(...end)) ?? []).find((j) => !used.has(j));
      if (next === undefined) break;
      used.add(next);
      line.push(segments[next]![1]!);
    }
    lines.push(line);
  });
  return lines;
}

// Compact SVG path data from projected rings: points rounded to 0.1 units, written as relative moves.
import type { BBox } from './types';

/** A point in tenths of a viewBox unit (integers, so deltas never drift). */
export type Tenths = [number, number];

export function toTenths(x: number, y: number): Tenths {
  return [Math.round(x * 10) + 0, Math.round(y * 10) + 0];
}

/** `123` -> "12.3", `-5` -> "-0.5", `40` -> "4". */
export function formatTenths(t: number): string {
  return String(t / 10);
}

/** Numbers as SVG path arguments: a space between them unless the next starts with a minus sign. */
export function joinNumbers(values: readonly string[]): string {
  let out = '';
  for (const [i, s] of values.entries()) out += i === 0 || s.startsWith('-') ? s : ` ${s}`;
  return out;
}

/** Drop repeated points (and the closing repeat); null when fewer than 3 distinct points are left. */
export function cleanRing(ring: readonly Tenths[]): Tenths[] | null {
  const out: Tenths[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out.length >= 3 ? out : null;
}

function polyline(points: readonly Tenths[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  const moves: string[] = [];
  let [px, py] = first;
  for (const [x, y] of rest) {
    moves.push(formatTenths(x - px), formatTenths(y - py));
    px = x;
    py = y;
  }
  const start = `M${joinNumbers([formatTenths(first[0]), formatTenths(first[1])])}`;
  return moves.length ? `${start}l${joinNumbers(moves)}` : start;
}

/** Closed rings (already cleaned) as one path: `M x y l dx dy … z` per ring. */
export function ringsPath(rings: readonly (readonly Tenths[])[]): string {
  return rings.map((r) => `${polyline(r)}z`).join('');
}

/** Open lines as one path (for meshes); lines shorter than two distinct points are skipped. */
export function linesPath(lines: readonly (readonly Tenths[])[]): string {
  return lines
    .map((line) => line.filter((p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1]))
    .filter((line) => line.length >= 2)
    .map(polyline)
    .join('');
}

/** Twice the signed area of a ring (shoelace), in square tenths. */
export function ringArea2(ring: readonly Tenths[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/**
 * Area-weighted centroid of polygons (each an outer ring plus holes), in viewBox units.
 * Holes count negative whatever their winding; falls back to the mean point for zero area.
 */
export function polygonsCentroid(polygons: readonly (readonly (readonly Tenths[])[])[]): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (const rings of polygons) {
    for (const [i, ring] of rings.entries()) {
      const sign = i === 0 ? 1 : -1;
      const ringA = ringArea2(ring);
      const orient = ringA < 0 ? -1 : 1;
      for (let j = 0; j < ring.length; j++) {
        const [x0, y0] = ring[j]!;
        const [x1, y1] = ring[(j + 1) % ring.length]!;
        const cross = (x0 * y1 - x1 * y0) * orient * sign;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
      }
    }
  }
  if (a === 0) return meanPoint(polygons.flat(2));
  return [round1(cx / (3 * a) / 10), round1(cy / (3 * a) / 10)];
}

/** The mean of the points, in viewBox units; [0, 0] for none. */
function meanPoint(points: readonly Tenths[]): [number, number] {
  if (points.length === 0) return [0, 0];
  let sx = 0;
  let sy = 0;
  for (const [x, y] of points) {
    sx += x;
    sy += y;
  }
  return [round1(sx / points.length / 10), round1(sy / points.length / 10)];
}

export function ringsBBox(rings: readonly (readonly Tenths[])[]): BBox {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
  }
  return [x0 / 10, y0 / 10, x1 / 10, y1 / 10];
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10 + 0;
}

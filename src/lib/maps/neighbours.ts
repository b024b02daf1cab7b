// Arrow-key navigation between seats: nearest seat in each direction, repaired so every seat can reach every other.
import { DIRECTIONS, type Direction, type Neighbours } from './types';

export interface NavPoint {
  code: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/** The direction whose 90° wedge (45° either side of the axis) holds the vector; y grows downwards. */
function inCone(dir: Direction, dx: number, dy: number): boolean {
  const [ux, uy] = UNIT[dir];
  const along = dx * ux + dy * uy;
  const across = Math.abs(dx * uy - dy * ux);
  return along > 0 && across <= along;
}

function directionOf(dx: number, dy: number): Direction {
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 'right' : 'left';
  return dy >= 0 ? 'down' : 'up';
}

/** Nearest other point in the 45°-half-angle cone round `dir`; ties go to the one nearer the axis, then by code. */
export function nearestInCone(from: NavPoint, points: readonly NavPoint[], dir: Direction): string | undefined {
  const [ux, uy] = UNIT[dir];
  let best: { code: string; dist: number; across: number } | undefined;
  for (const p of points) {
    if (p.code === from.code) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    if (!inCone(dir, dx, dy)) continue;
    const dist = Math.hypot(dx, dy);
    const across = Math.abs(dx * uy - dy * ux);
    if (
      !best ||
      dist < best.dist - 1e-9 ||
      (Math.abs(dist - best.dist) <= 1e-9 && (across < best.across || (across === best.across && p.code < best.code)))
    ) {
      best = { code: p.code, dist, across };
    }
  }
  return best?.code;
}

export function coneNeighbours(points: readonly NavPoint[]): Map<string, Neighbours> {
  const out = new Map<string, Neighbours>();
  const n = points.length;
  const xs = Float64Array.from(points, (p) => p.x);
  const ys = Float64Array.from(points, (p) => p.y);
  // Per direction k (left, right, up, down): best index, its distance, and its distance off the axis.
  const bestIdx = new Int32Array(4);
  const bestDist = new Float64Array(4);
  const bestAcross = new Float64Array(4);
  for (let i = 0; i < n; i++) {
    bestIdx.fill(-1);
    bestDist.fill(Infinity);
    bestAcross.fill(Infinity);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const dx = xs[j]! - xs[i]!;
      const dy = ys[j]! - ys[i]!;
      const ax = Math.abs(dx);
      const ay = Math.abs(dy);
      const dist = Math.sqrt(dx * dx + dy * dy);
      for (let k = 0; k < 4; k++) {
        const along = k === 0 ? -dx : k === 1 ? dx : k === 2 ? -dy : dy;
        const across = k < 2 ? ay : ax;
        if (!(along > 0 && across <= along)) continue;
        const d = bestDist[k]!;
        const better =
          dist < d - 1e-9 ||
          (Math.abs(dist - d) <= 1e-9 &&
            (across < bestAcross[k]! || (across === bestAcross[k] && points[j]!.code < points[bestIdx[k]!]!.code)));
        if (better) {
          bestIdx[k] = j;
          bestDist[k] = dist;
          bestAcross[k] = across;
        }
      }
    }
    const nb: Neighbours = {};
    DIRECTIONS.forEach((dir, k) => {
      if (bestIdx[k]! >= 0) nb[dir] = points[bestIdx[k]!]!.code;
    });
    out.set(points[i]!.code, nb);
  }
  return out;
}

/** Top to bottom, then left to right (by centre). */
export function readingOrder<T extends NavPoint>(points: readonly T[]): T[] {
  return [...points].sort((a, b) => a.y - b.y || a.x - b.x || (a.code < b.code ? -1 : 1));
}

function successors(graph: ReadonlyMap<string, Neighbours>): Map<string, string[]> {
  return new Map([...graph].map(([code, n]) => [code, Object.values(n).filter((c): c is string => !!c)]));
}

function predecessors(graph: ReadonlyMap<string, Neighbours>): Map<string, string[]> {
  const out = new Map<string, string[]>([...graph.keys()].map((k) => [k, []]));
  for (const [from, next] of successors(graph)) for (const to of next) out.get(to)?.push(from);
  return out;
}

function reach(adjacent: ReadonlyMap<string, readonly string[]>, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const next of adjacent.get(queue[i]!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Seats reachable from `start` by arrow keys. */
export function reachableFrom(graph: ReadonlyMap<string, Neighbours>, start: string): Set<string> {
  return reach(successors(graph), start);
}

/** Seats from which `target` can be reached by arrow keys. */
export function canReach(graph: ReadonlyMap<string, Neighbours>, target: string): Set<string> {
  return reach(predecessors(graph), target);
}

export function isStronglyConnected(graph: ReadonlyMap<string, Neighbours>): boolean {
  const first = graph.keys().next().value;
  if (first === undefined) return true;
  return reachableFrom(graph, first).size === graph.size && canReach(graph, first).size === graph.size;
}

/**
 * Add links until every seat can reach every other. While some seat cannot be reached from the first seat in
 * reading order, the nearest (reached, unreached) pair is linked in its natural direction, threading the new
 * seat in front of the old target when that direction is taken (a -> new -> old). While some seat cannot get
 * back, its nearest link to a seat that can replaces its own key in that direction. Returns links changed.
 */
export function connectAll(points: readonly NavPoint[], graph: Map<string, Neighbours>): number {
  const ordered = readingOrder(points);
  const root = ordered[0]?.code;
  if (root === undefined) return 0;
  for (const p of points) if (!graph.has(p.code)) graph.set(p.code, {});
  for (let changed = 0; changed <= points.length * 4; changed++) {
    const forward = reachableFrom(graph, root);
    if (forward.size < points.length) {
      const [from, to, dir] = closestPair(
        ordered.filter((p) => forward.has(p.code)),
        ordered.filter((p) => !forward.has(p.code)),
        graph,
      );
      const a = graph.get(from.code)!;
      const old = a[dir];
      a[dir] = to.code;
      if (old) graph.get(to.code)![dir] = old;
      continue;
    }
    const back = canReach(graph, root);
    if (back.size < points.length) {
      const [from, to, dir] = closestPair(
        ordered.filter((p) => !back.has(p.code)),
        ordered.filter((p) => back.has(p.code)),
        graph,
      );
      graph.get(from.code)![dir] = to.code;
      continue;
    }
    return changed;
  }
  throw new Error('could not make arrow-key navigation reach every seat');
}

/** The nearest (from, to) pair and the direction from one to the other; taken directions cost a little more. */
function closestPair(
  froms: readonly NavPoint[],
  tos: readonly NavPoint[],
  graph: ReadonlyMap<string, Neighbours>,
): [NavPoint, NavPoint, Direction] {
  let best: { pair: [NavPoint, NavPoint, Direction]; cost: number } | undefined;
  for (const from of froms) {
    const n = graph.get(from.code) ?? {};
    for (const to of tos) {
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const dir = directionOf(dx, dy);
      const cost = Math.hypot(dx, dy) * (n[dir] ? 1.5 : 1);
      if (!best || cost < best.cost) best = { pair: [from, to, dir], cost };
    }
  }
  return best!.pair;
}

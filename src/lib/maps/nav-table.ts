// A map's arrow-key neighbours packed into a page (four indices per seat into a list of codes: left, right, up, down;
// -1 for none), for a tool that fetches no geometry file: /membership/local/ requests nothing once a file is chosen.
import { DIRECTIONS, type Direction, type Neighbours } from './types';

/** The neighbours of each of `codes`, in that order; a seat not on the map, or a neighbour not in `codes`, is -1. */
export function packNav(
  seats: readonly { code: string; neighbours: Neighbours }[],
  codes: readonly string[],
): number[] {
  const index = new Map(codes.map((c, i) => [c, i]));
  const byCode = new Map(seats.map((s) => [s.code, s.neighbours]));
  return codes.flatMap((c) => DIRECTIONS.map((d) => index.get(byCode.get(c)?.[d] ?? '') ?? -1));
}

/** The seat an arrow key leads to from `code` in a packed table, or undefined at the map's edge. */
export function navLookup(packed: readonly number[], codes: readonly string[]) {
  const index = new Map(codes.map((c, i) => [c, i]));
  return (code: string, dir: Direction): string | undefined => {
    const i = index.get(code);
    const to = i === undefined ? -1 : (packed[i * DIRECTIONS.length + DIRECTIONS.indexOf(dir)] ?? -1);
    return to < 0 ? undefined : codes[to];
  };
}

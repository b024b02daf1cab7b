// The areas with their own page and map (regions, Wales, Scotland and Northern Ireland, plus England as a nation),
// which seats each holds, and the file each area's map is written to by the pipeline (data/derived/maps/areas/).
import type { BoundarySet } from '../elections';
import { NATIONS, REGIONS, UK, type Area } from '../geography';
import type { MapKind } from './types';

export const MAP_AREAS: readonly Area[] = [...REGIONS, NATIONS[0]!];

/** True when a seat lies in the area with this code (a region, a nation, or the UK). */
export function inArea(seat: { region: string; nation: string }, areaCode: string): boolean {
  return seat.region === areaCode || seat.nation === areaCode || areaCode === UK.code;
}

/** The name of an area map under data/derived/maps/areas/, without `.json`. */
export function areaMapName(slug: string, kind: MapKind, set: BoundarySet): `${string}-${MapKind}-${BoundarySet}` {
  return `${slug}-${kind}-${set}`;
}

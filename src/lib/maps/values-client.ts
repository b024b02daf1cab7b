// What the page tells the map script (embedded as JSON), and the same-origin paths of the files the script loads.
import type { BoundarySet, ElectionId } from '../elections';
import type { Party } from '../parties';
import type { CoverageLayer } from './values-coverage';
import type { Domains } from './values-paint';
import type { MapKind } from './types';

export interface MapClientConfig {
  /** The site's base URL, ending in "/". */
  base: string;
  /** 'uk' for the national map, else the area's slug. */
  area: string;
  areaName: string;
  idPrefix: string;
  defaults: { kind: MapKind; election: ElectionId; mode: string };
  elections: { id: ElectionId; label: string; set: BoundarySet; previous: string | null }[];
  parties: { code: Party; name: string }[];
  /** The party a share or change view starts with (views/map-data.ts, mapDefaultParty). */
  party: Party;
  domains: Domains;
  layers: CoverageLayer[];
  /** Region code -> name (for the table and the zoom list). */
  regions: { code: string; name: string; slug: string }[];
  /** Whether the reader may zoom to a region (national map only). */
  zoom: boolean;
}

/** Geometry of one view: /maps/{area}/{kind}-{set}.json. */
export function geometryPath(area: string, kind: MapKind, set: BoundarySet): string {
  return `maps/${area}/${kind}-${set}.json`;
}

/** Values of the area's seats at one election: /maps/{area}/values/{election}.json. */
export function valuesPath(area: string, id: ElectionId): string {
  return `maps/${area}/values/${id}.json`;
}

export function seatPath(code: string): string {
  return `seat/${code}/`;
}

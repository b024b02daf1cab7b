// The hand-made map fixtures in tests/fixtures/maps (TEST DATA) as the geometry step's input: file, text, boundary
// set, kind, the seat codes it must hold and each seat's region, with any of them overridden.
import { readFileSync } from 'node:fs';
import type { GeometryInput } from '../../pipeline/steps/geometry-input';
import type { BoundarySet } from '../../src/lib/elections';
import type { MapKind } from '../../src/lib/maps/types';

function fixtureInput(file: string, set: BoundarySet, kind: MapKind, regions: Record<string, string>) {
  const input: GeometryInput = {
    file,
    text: readFileSync(new URL(`../fixtures/maps/${file}`, import.meta.url), 'utf8'),
    set,
    kind,
    knownCodes: new Set(Object.keys(regions)),
    regions: new Map(Object.entries(regions)),
  };
  return (over: Partial<GeometryInput> = {}): GeometryInput => ({ ...input, ...over });
}

/** Three squares, GA and GC in region R1, GB in R2, on the 2010 seats. */
export const threeSeats = fixtureInput('three-seats.geojson', '2010', 'geo', { GA: 'R1', GB: 'R2', GC: 'R1' });

/** Four hexes, HA and HC in region R1, HB and HD in R2, on the 2024 seats. */
export const fourHexes = fixtureInput('four-hexes.hexjson', '2024', 'hex', { HA: 'R1', HB: 'R2', HC: 'R1', HD: 'R2' });

// The hand-made map fixtures in tests/fixtures/maps (TEST DATA) as the geometry step's input: file, text, boundary
// set, kind, the seat codes it must hold and each seat's region.
import { readFileSync } from 'node:fs';
import type { GeometryInput } from '../../pipeline/steps/geometry-input';
import type { BoundarySet } from '../../src/lib/elections';
import type { MapKind } from '../../src/lib/maps/types';

type FixtureInput = GeometryInput & { knownCodes: Set<string>; regions: Map<string, string> };

function fixtureInput(file: string, set: BoundarySet, kind: MapKind, regions: Record<string, string>): FixtureInput {
  return {
    file,
    text: readFileSync(new URL(`../fixtures/maps/${file}`, import.meta.url), 'utf8'),
    set,
    kind,
    knownCodes: new Set(Object.keys(regions)),
    regions: new Map(Object.entries(regions)),
  };
}

/** Three squares, GA and GC in region R1, GB in R2, on the 2010 seats. */
export const THREE_SEATS = fixtureInput('three-seats.geojson', '2010', 'geo', { GA: 'R1', GB: 'R2', GC: 'R1' });

/** Four hexes, HA and HC in region R1, HB and HD in R2, on the 2024 seats. */
export const FOUR_HEXES = fixtureInput('four-hexes.hexjson', '2024', 'hex', { HA: 'R1', HB: 'R2', HC: 'R1', HD: 'R2' });

// The derive phase's seat maps: the boundary and hex geometry of both boundary sets, each seat with its region, and
// each area's map cut from them.
import { MAP_AREAS, areaMapName, inArea } from '../../src/lib/maps/areas';
import { subsetGeometry } from '../../src/lib/maps/subset';
import type { MapGeometry } from '../../src/lib/maps/types';
import type { Seat } from '../../src/lib/schema/seat';
import { namedStep } from '../../src/lib/data-error';
import type { Ledger } from '../lib/ledger';
import type { Source } from '../lib/manifest';
import { cachedStep } from '../lib/step-cache';
import { buildMapGeometry } from './geometry';
import type { SourceText } from './acquire';

export function buildMaps(
  text: (id: string) => SourceText,
  ledger: Ledger,
  log: (line: string) => void,
  seats: readonly Seat[],
  knownOld: Set<string>,
  knownNew: Set<string>,
): MapGeometry[] {
  const maps: MapGeometry[] = [];
  for (const set of ['2010', '2024'] as const) {
    const known = set === '2010' ? knownOld : knownNew;
    const regions = new Map(seats.filter((x) => x.boundarySet === set).map((x) => [x.code, x.region]));
    for (const kind of ['geo', 'hex'] as const) {
      const id = `${kind === 'geo' ? 'boundaries' : 'hex'}-${set}`;
      const t = text(id);
      const g = namedStep(t.file, `${kind} map ${set}`, () =>
        buildMapGeometry({ file: t.file, text: t.text, set, kind, knownCodes: known, regions }),
      );
      ledger.read(id, t.file, g.seats.length);
      ledger.used(id, t.file, g.seats.length);
      if (g.report.windingFixed)
        ledger.note(id, t.file, `${g.report.windingFixed} rings wound the wrong way for d3-geo were reversed`);
      log(`map      ${kind} ${set}: ${g.seats.length} seats, viewBox ${g.viewBox.join(' ')}`);
      maps.push(g);
    }
  }
  return maps;
}

/** One area's map: the name it is written under (data/derived/maps/areas/{name}.json) and its geometry. */
export interface AreaMap {
  name: string;
  geometry: MapGeometry;
}

/**
 * The map of each area with its own page (MAP_AREAS), cut from the national map of each kind and set and re-fitted to
 * its own box. The national map's source topology is left out: an area map is drawn, never cut again.
 */
export function buildAreaMaps(maps: readonly MapGeometry[], seats: readonly Seat[]): AreaMap[] {
  const out: AreaMap[] = [];
  for (const national of maps) {
    // Cut from the map as it is written and read back, so the result is the one the site would cut from the file.
    const written = JSON.parse(JSON.stringify(national)) as MapGeometry;
    for (const area of MAP_AREAS) {
      const codes = new Set(
        seats.filter((s) => s.boundarySet === national.set && inArea(s, area.code)).map((s) => s.code),
      );
      const { source: _source, ...geometry } = subsetGeometry(written, codes);
      out.push({ name: areaMapName(area.slug, national.kind, national.set), geometry });
    }
  }
  return out;
}

/** The sources buildMaps reads. */
const MAP_SOURCES = ['boundaries-2010', 'boundaries-2024', 'hex-2010', 'hex-2024'];

/**
 * The national maps (buildMaps) and each area's map (buildAreaMaps), played back from the step cache
 * (lib/step-cache.ts) when the map sources, the seats and the known codes are unchanged: drawing them is most of the
 * derive phase. A bad map source stops the build as before (a failed step is never stored).
 */
export function cachedMaps(args: {
  sources: readonly Source[];
  text: (id: string) => SourceText;
  ledger: Ledger;
  log: (line: string) => void;
  seats: readonly Seat[];
  knownOld: Set<string>;
  knownNew: Set<string>;
}): { maps: MapGeometry[]; areaMaps: AreaMap[] } {
  const { text, ledger, seats, knownOld, knownNew } = args;
  return cachedStep({
    name: 'maps',
    inputs: {
      sources: args.sources.filter((s) => MAP_SOURCES.includes(s.id)),
      seats,
      knownOld: [...knownOld].sort(),
      knownNew: [...knownNew].sort(),
    },
    ledger,
    log: args.log,
    run: (log) => {
      const maps = buildMaps(text, ledger, log, seats, knownOld, knownNew);
      return { maps, areaMaps: buildAreaMaps(maps, seats) };
    },
    // Maps are written as JSON, so what comes back from the cache writes the same bytes.
    encode: (value) => value,
    decode: (json) => json as { maps: MapGeometry[]; areaMaps: AreaMap[] },
  });
}

// Geometry step: validates ONS boundary GeoJSON and Open Innovations HexJSON (hex-geometry.ts), and lays both out as
// SVG-ready seat maps.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { DEFAULT_GEO_OPTIONS, projectTopology } from '../../src/lib/maps/geo-project';
import type { GeoSource, MapGeometry, SeatProperties } from '../../src/lib/maps/types';
import { fixWinding } from '../../src/lib/maps/winding';
import { DataError } from '../../src/lib/data-error';
import { checkAllPresent, isObject, lineFinder, parseJson, type GeometryInput } from './geometry-input';
import { buildHexGeometry } from './hex-geometry';

/** Coordinates are quantised to 1/100,000 of the UK's extent (about 10 m) before the topology is built. */
const QUANTISATION = 1e5;

export function buildMapGeometry(input: GeometryInput): MapGeometry {
  return input.kind === 'geo' ? buildGeoGeometry(input) : buildHexGeometry(input);
}

interface ParsedSeats {
  features: Feature<Polygon | MultiPolygon, SeatProperties>[];
  windingFixed: number;
}

/** Longitude and latitude of a box around the UK and its islands (Rockall aside); a seat outside it is bad input. */
export const UK_BOUNDS = { lon: [-11, 3], lat: [49, 61.5] } as const;

function checkRing(file: string, line: () => number | null, where: string, ring: unknown): Position[] {
  if (!Array.isArray(ring) || ring.length < 4)
    throw new DataError(file, line(), 'geometry.coordinates', `${where}: a ring needs at least 4 positions`);
  for (const p of ring) {
    if (
      !Array.isArray(p) ||
      p.length < 2 ||
      !Number.isFinite(p[0]) ||
      !Number.isFinite(p[1]) ||
      Math.abs(p[0]) > 180 ||
      Math.abs(p[1]) > 90
    ) {
      throw new DataError(
        file,
        line(),
        'geometry.coordinates',
        `${where}: ${JSON.stringify(p).slice(0, 80)} is not a longitude, latitude pair`,
      );
    }
    const [lon, lat] = p as number[];
    if (lon! < UK_BOUNDS.lon[0] || lon! > UK_BOUNDS.lon[1] || lat! < UK_BOUNDS.lat[0] || lat! > UK_BOUNDS.lat[1]) {
      const swapped =
        lat! >= UK_BOUNDS.lon[0] && lat! <= UK_BOUNDS.lon[1] && lon! >= UK_BOUNDS.lat[0] && lon! <= UK_BOUNDS.lat[1];
      throw new DataError(
        file,
        line(),
        'geometry.coordinates',
        `${where}: position [${lon}, ${lat}] is outside the UK (longitude ${UK_BOUNDS.lon.join(' to ')}, latitude ${UK_BOUNDS.lat.join(' to ')})${swapped ? '; longitude and latitude look swapped' : ''}`,
      );
    }
  }
  return ring as Position[];
}

function checkPolygon(file: string, line: () => number | null, where: string, rings: unknown): Position[][] {
  if (!Array.isArray(rings) || !rings.length)
    throw new DataError(file, line(), 'geometry.coordinates', `${where}: a polygon needs at least one ring`);
  return rings.map((r) => checkRing(file, line, where, r));
}

/** Validate a constituency GeoJSON and fix ring winding for d3-geo. */
export function parseBoundaries(input: GeometryInput): ParsedSeats {
  const { file, text, knownCodes } = input;
  const json = parseJson(file, text);
  const lines = lineFinder(text);
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new DataError(file, 1, 'type', 'expected a GeoJSON FeatureCollection with a "features" array');
  }
  const seen = new Map<string, number>();
  let windingFixed = 0;
  let codeField = 'PCON..CD';
  const features = json.features.map((raw: unknown, i: number) => {
    const props = isObject(raw) && isObject(raw.properties) ? raw.properties : {};
    const codeKey = Object.keys(props).find((k) => /^PCON\d\dCD$/.test(k));
    const nameKey = Object.keys(props).find((k) => /^PCON\d\dNM$/.test(k));
    const code = codeKey ? props[codeKey] : undefined;
    if (!codeKey || typeof code !== 'string' || !code) {
      throw new DataError(file, null, 'properties', `feature ${i} has no PCONxxCD constituency code`);
    }
    codeField = codeKey;
    const nth = seen.has(code) ? 1 : 0;
    const line = (): number | null => lines.of(`"${code}"`, nth);
    if (!knownCodes.has(code))
      throw new DataError(file, line(), codeKey, `unknown constituency code "${code}" (feature ${i})`);
    if (seen.has(code))
      throw new DataError(
        file,
        line(),
        codeKey,
        `duplicate constituency code "${code}" (features ${seen.get(code)} and ${i})`,
      );
    seen.set(code, i);
    const name = nameKey ? props[nameKey] : undefined;
    if (typeof name !== 'string' || !name.trim())
      throw new DataError(file, line(), nameKey ?? 'PCONxxNM', `feature ${i} ("${code}") has no name`);
    const geometry = isObject(raw) ? raw.geometry : undefined;
    const type = isObject(geometry) ? geometry.type : undefined;
    const where = `feature ${i} ("${code}")`;
    let checked: Polygon | MultiPolygon;
    if (type === 'Polygon' && isObject(geometry)) {
      checked = { type, coordinates: checkPolygon(file, line, where, geometry.coordinates) };
    } else if (type === 'MultiPolygon' && isObject(geometry) && Array.isArray(geometry.coordinates)) {
      if (!geometry.coordinates.length)
        throw new DataError(
          file,
          line(),
          'geometry.coordinates',
          `${where} is a MultiPolygon with no polygons (an empty shape)`,
        );
      checked = {
        type,
        coordinates: geometry.coordinates.map((p: unknown, j: number) =>
          checkPolygon(file, line, `${where} polygon ${j}`, p),
        ),
      };
    } else {
      throw new DataError(
        file,
        line(),
        'geometry.type',
        `${where} has geometry type ${JSON.stringify(type ?? null)}; expected Polygon or MultiPolygon`,
      );
    }
    const fixed = fixWinding(checked);
    windingFixed += fixed.fixed;
    const feature: Feature<Polygon | MultiPolygon, SeatProperties> = {
      type: 'Feature',
      id: code,
      properties: { name: name.trim(), region: input.regions?.get(code) ?? null },
      geometry: fixed.geometry,
    };
    return feature;
  });
  checkAllPresent(file, codeField, knownCodes, new Set(seen.keys()));
  return { features, windingFixed };
}

export function buildGeoGeometry(input: GeometryInput): MapGeometry {
  const { features, windingFixed } = parseBoundaries(input);
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const topo = topology({ seats: collection }, QUANTISATION) as unknown as GeoSource['topology'];
  const opts = { ...DEFAULT_GEO_OPTIONS, ...input.geo };
  const drawn = projectTopology(topo, opts);
  return {
    set: input.set,
    ...drawn,
    report: {
      ...drawn.report,
      windingFixedInput: windingFixed,
      windingFixed: windingFixed + drawn.report.windingFixedSimplified,
    },
    source: { topology: topo, minAreaUnits: opts.minAreaUnits },
  };
}

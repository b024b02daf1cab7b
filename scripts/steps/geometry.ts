// Geometry step: validates ONS boundary GeoJSON and Open Innovations HexJSON, and lays both out as SVG-ready seat maps.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import type { BoundarySet } from '../../src/lib/elections';
import { DEFAULT_GEO_OPTIONS, projectTopology, type GeoProjectOptions } from '../../src/lib/maps/geo-project';
import { DEFAULT_HEX_OPTIONS, layoutHexes, type HexCell, type HexOptions } from '../../src/lib/maps/hex-layout';
import type { GeoSource, HexLayout, MapGeometry, MapKind, SeatProperties } from '../../src/lib/maps/types';
import { fixWinding } from '../../src/lib/maps/winding';
import { DataError } from '../lib/data-error';

export interface GeometryInput {
  file: string;
  text: string;
  set: BoundarySet;
  kind: MapKind;
  knownCodes: ReadonlySet<string>;
  /** Seat code -> region code, for the region mesh and region pages (seats not in it get region null). */
  regions?: ReadonlyMap<string, string>;
  geo?: Partial<GeoProjectOptions>;
  hex?: Partial<HexOptions>;
}

/** Coordinates are quantised to 1/100,000 of the UK's extent (about 10 m) before the topology is built. */
const QUANTISATION = 1e5;

export function buildMapGeometry(input: GeometryInput): MapGeometry {
  return input.kind === 'geo' ? buildGeoGeometry(input) : buildHexGeometry(input);
}

/** Finds 1-based line numbers in a text (line starts are indexed once; only called when reporting an error). */
export function lineFinder(text: string): {
  at(position: number): number;
  of(needle: string, nth?: number): number | null;
} {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const at = (position: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const of = (needle: string, nth = 0): number | null => {
    let pos = -1;
    for (let i = 0; i <= nth; i++) {
      pos = text.indexOf(needle, pos + 1);
      if (pos < 0) return null;
    }
    return at(pos);
  };
  return { at, of };
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /at position (\d+)/.exec(message);
    throw new DataError(
      file,
      position ? lineFinder(text).at(Number(position[1])) : null,
      null,
      `not valid JSON (${message})`,
    );
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkAllPresent(file: string, field: string, known: ReadonlySet<string>, seen: ReadonlySet<string>): void {
  const absent = [...known].filter((c) => !seen.has(c)).sort();
  if (!absent.length) return;
  const list =
    absent
      .slice(0, 5)
      .map((c) => `"${c}"`)
      .join(', ') + (absent.length > 5 ? `, … (${absent.length} in all)` : '');
  throw new DataError(
    file,
    null,
    field,
    `${absent.length === 1 ? 'known code is' : 'known codes are'} missing from the file: ${list}`,
  );
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

/** Region abbreviations of the 2010-2023 Open Innovations hex file ("a"). */
const HEX_REGION_ABBREVIATIONS: Record<string, string> = {
  NE: 'E12000001',
  NW: 'E12000002',
  YH: 'E12000003',
  EM: 'E12000004',
  WM: 'E12000005',
  EA: 'E12000006',
  LO: 'E12000007',
  SE: 'E12000008',
  SW: 'E12000009',
  WA: 'W92000004',
  SC: 'S92000003',
  NI: 'N92000002',
};

/** A 650-seat hex layout spans a few dozen cells; more than this many columns or rows means a stray hex. */
export const MAX_HEX_SPAN = 120;

/** Stops on a hex far outside the layout: names the hex farthest from the median cell. */
function checkHexSpan(
  file: string,
  lines: ReturnType<typeof lineFinder>,
  cells: readonly { code: string; q: number; r: number }[],
): void {
  if (!cells.length) return;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const mq = median(cells.map((c) => c.q));
  const mr = median(cells.map((c) => c.r));
  for (const axis of ['q', 'r'] as const) {
    const values = cells.map((c) => c[axis]);
    if (Math.max(...values) - Math.min(...values) <= MAX_HEX_SPAN) continue;
    const far = [...cells].sort(
      (a, b) => Math.abs(b.q - mq) + Math.abs(b.r - mr) - (Math.abs(a.q - mq) + Math.abs(a.r - mr)),
    )[0]!;
    throw new DataError(
      file,
      lines.of(`"${far.code}"`),
      axis,
      `hex "${far.code}" at q=${far.q}, r=${far.r} is outside the layout: the hexes would span more than ${MAX_HEX_SPAN} ${axis === 'q' ? 'columns' : 'rows'} (most are near q=${mq}, r=${mr})`,
    );
  }
}

/** Validate an Open Innovations HexJSON file (odd-r or even-r) into hex cells. */
export function parseHexJson(input: GeometryInput): { layout: HexLayout; cells: HexCell[] } {
  const { file, text, knownCodes } = input;
  const json = parseJson(file, text);
  const lines = lineFinder(text);
  if (!isObject(json) || !isObject(json.hexes))
    throw new DataError(file, 1, 'hexes', 'expected a HexJSON object with a "hexes" object');
  const layout = json.layout;
  if (layout !== 'odd-r' && layout !== 'even-r') {
    throw new DataError(
      file,
      lines.of('"layout"'),
      'layout',
      `layout ${JSON.stringify(layout ?? null)} is not supported (expected "odd-r" or "even-r")`,
    );
  }
  // JSON.parse keeps only the last of two equal keys, so duplicates are found in the text itself.
  const keyCounts = new Map<string, number>();
  for (const m of text.matchAll(/"([^"\\]*)"\s*:\s*\{/g)) {
    const k = m[1]!;
    if (k === 'hexes') continue;
    const n = (keyCounts.get(k) ?? 0) + 1;
    keyCounts.set(k, n);
    if (n === 2) throw new DataError(file, lines.at(m.index ?? 0), 'hexes', `duplicate constituency code "${k}"`);
  }
  const cellAt = new Map<string, string>();
  const cells = Object.entries(json.hexes).map(([code, hex]) => {
    const line = (): number | null => lines.of(`"${code}"`);
    if (!knownCodes.has(code)) throw new DataError(file, line(), 'hexes', `unknown constituency code "${code}"`);
    if (!isObject(hex)) throw new DataError(file, line(), 'hexes', `hex "${code}" is not an object`);
    for (const f of ['q', 'r'] as const) {
      if (typeof hex[f] !== 'number' || !Number.isInteger(hex[f])) {
        throw new DataError(
          file,
          line(),
          f,
          `hex "${code}" has ${f}=${JSON.stringify(hex[f] ?? null)}; expected an integer`,
        );
      }
    }
    const q = hex.q as number;
    const r = hex.r as number;
    if (typeof hex.n !== 'string' || !hex.n.trim()) throw new DataError(file, line(), 'n', `hex "${code}" has no name`);
    const region =
      typeof hex.region === 'string'
        ? hex.region
        : typeof hex.a === 'string'
          ? (HEX_REGION_ABBREVIATIONS[hex.a] ?? hex.a)
          : null;
    const expected = input.regions?.get(code);
    if (region !== null && expected !== undefined && region !== expected) {
      throw new DataError(
        file,
        line(),
        typeof hex.region === 'string' ? 'region' : 'a',
        `hex "${code}" is in region ${JSON.stringify(typeof hex.region === 'string' ? hex.region : hex.a)} but the results files put it in ${expected}`,
      );
    }
    const cell = `${q},${r}`;
    const other = cellAt.get(cell);
    if (other) throw new DataError(file, line(), 'q,r', `hexes "${other}" and "${code}" are both at q=${q}, r=${r}`);
    cellAt.set(cell, code);
    return { code, name: hex.n.trim(), q, r, region: input.regions?.get(code) ?? null };
  });
  checkAllPresent(file, 'hexes', knownCodes, new Set(cells.map((c) => c.code)));
  checkHexSpan(file, lines, cells);
  return { layout, cells };
}

export function buildHexGeometry(input: GeometryInput): MapGeometry {
  const { layout, cells } = parseHexJson(input);
  return { set: input.set, ...layoutHexes(cells, layout, { ...DEFAULT_HEX_OPTIONS, ...input.hex }) };
}

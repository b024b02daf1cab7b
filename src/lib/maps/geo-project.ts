// Draws a geographic seat map from a quantised topology: simplify (keeping islands), project, fit, path data.
import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3';
import type { Feature, MultiLineString, MultiPoint, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { coneNeighbours, connectAll } from './neighbours';
import { cleanRing, linesPath, polygonsCentroid, ringsBBox, ringsPath, toTenths, type Tenths } from './path';
import type { GeoSource, MapGeometry, MapInset, MapReport, MapSeat, SeatProperties } from './types';
import { fixWinding } from './winding';

export interface GeoProjectOptions {
  /** Box the map is fitted into (viewBox units); the viewBox is then cropped to the drawing. */
  width: number;
  height: number;
  padding: number;
  /** Drop points whose Visvalingam triangle is smaller than this, in square viewBox units. */
  minAreaUnits: number;
  /** Move Shetland into a box at the top right, as most UK maps do. */
  insetShetland: boolean;
  /** Only these seats (default: all). */
  codes?: ReadonlySet<string>;
}

export const DEFAULT_GEO_OPTIONS: GeoProjectOptions = {
  width: 600,
  height: 900,
  padding: 10,
  minAreaUnits: 2.5,
  insetShetland: true,
};

/** Everything north of this latitude is Shetland (Orkney stops at 59.4°N, Fair Isle starts at 59.5°N). */
const SHETLAND_LAT = 59.45;
const INSET_MARGIN = 8;

type SeatTopology = GeoSource['topology'];
type SeatGeometry = GeometryObject<SeatProperties>;
type Arc = [number, number, number][];

/** British-Grid-like transverse Mercator: central meridian 2°W, north up. */
export function ukProjection(): GeoProjection {
  return geoTransverseMercator().rotate([2, 0]);
}

const isShetland = (ring: readonly Position[]): boolean => ring.every((p) => (p[1] ?? 0) > SHETLAND_LAT);

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function seatFeatures(
  topology: SeatTopology,
  geometries: SeatGeometry[],
): Feature<Polygon | MultiPolygon, SeatProperties>[] {
  return geometries.map((g) => feature(topology, g) as unknown as Feature<Polygon | MultiPolygon, SeatProperties>);
}

/** Lower per-arc thresholds so every ring keeps at least four distinct points; returns thresholds and count. */
function protectRings(
  arcs: Arc[],
  geometries: SeatGeometry[],
  minWeight: number,
): { thresholds: number[]; protectedRings: number } {
  const thresholds = arcs.map(() => minWeight);
  const kept = (i: number): number => arcs[i]!.filter((p) => p[2] >= thresholds[i]!).length;
  let protectedRings = 0;
  const rings: number[][] = [];
  for (const g of geometries) {
    if (g.type === 'Polygon') rings.push(...g.arcs);
    else if (g.type === 'MultiPolygon') for (const p of g.arcs) rings.push(...p);
  }
  for (const ring of rings) {
    const ids = ring.map((a) => (a < 0 ? ~a : a));
    const distinct = (): number => ids.reduce((n, i) => n + kept(i) - 1, 0);
    if (distinct() >= 4) continue;
    protectedRings++;
    while (distinct() < 4) {
      let best: { arc: number; weight: number } | undefined;
      for (const i of ids) {
        for (const p of arcs[i]!) {
          if (p[2] < thresholds[i]! && (!best || p[2] > best.weight)) best = { arc: i, weight: p[2] };
        }
      }
      if (!best) break;
      thresholds[best.arc] = best.weight;
    }
  }
  return { thresholds, protectedRings };
}

function simplifiedTopology(source: SeatTopology, geometries: SeatGeometry[], minWeight: number) {
  const pre = presimplify(source as unknown as Parameters<typeof presimplify>[0], sphericalTriangleArea as never);
  const arcs = pre.arcs as unknown as Arc[];
  const { thresholds, protectedRings } = protectRings(arcs, geometries, minWeight);
  const kept = arcs.map((arc, i) => arc.filter((p) => p[2] >= thresholds[i]!).map(([x, y]) => [x, y]));
  const topology = {
    type: 'Topology',
    arcs: kept,
    objects: { seats: { type: 'GeometryCollection', geometries } },
  } as unknown as SeatTopology;
  return { topology, protectedRings, pointsOut: kept.reduce((n, a) => n + a.length, 0) };
}

type SeatFeature = Feature<Polygon | MultiPolygon, SeatProperties>;

function selectGeometries(source: SeatTopology, codes?: ReadonlySet<string>): SeatGeometry[] {
  const all = source.objects.seats.geometries;
  return codes ? all.filter((g) => codes.has(String(g.id))) : all;
}

function fixAll(features: SeatFeature[]): { features: SeatFeature[]; fixed: number } {
  let fixed = 0;
  const out = features.map((f) => {
    const r = fixWinding(f.geometry);
    fixed += r.fixed;
    return { ...f, geometry: r.geometry };
  });
  return { features: out, fixed };
}

/** Seats as lon/lat features after simplifying at `minWeight` steradians (islands kept, winding fixed). */
export function simplifiedSeatFeatures(source: SeatTopology, minWeight: number, codes?: ReadonlySet<string>) {
  const geometries = selectGeometries(source, codes);
  const simple = simplifiedTopology(source, geometries, minWeight);
  const { features, fixed } = fixAll(seatFeatures(simple.topology, geometries));
  return { ...simple, features, windingFixed: fixed };
}

export function projectTopology(
  source: SeatTopology,
  opts: GeoProjectOptions = DEFAULT_GEO_OPTIONS,
): Omit<MapGeometry, 'set'> {
  const { padding: pad, width, height } = opts;
  // Quantising can flip a sliver ring, so winding is checked again here and after simplifying.
  const unsimplified = fixAll(seatFeatures(source, selectGeometries(source, opts.codes)));
  const original = unsimplified.features;

  const inset = (ring: readonly Position[]): boolean => opts.insetShetland && isShetland(ring);
  // Fitting to the vertices gives the same box as the polygons, without resampling every edge.
  const mainland: MultiPoint = {
    type: 'MultiPoint',
    coordinates: original.flatMap((f) =>
      polygonsOf(f.geometry)
        .filter((p) => !inset(p[0] ?? []))
        .flatMap((p) => p[0] ?? []),
    ),
  };
  const projection = ukProjection().fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    mainland,
  );
  const [[bx0, by0], [bx1, by1]] = geoPath(projection).bounds(mainland);
  const [tx, ty] = projection.translate();
  projection.translate([tx + pad - bx0, ty + pad - by0]);
  const contentW = bx1 - bx0;
  const contentH = by1 - by0;

  const k = projection.scale();
  const minWeight = opts.minAreaUnits / (k * k);
  const simple = simplifiedSeatFeatures(source, minWeight, opts.codes);
  const simplified = simple.features;
  const windingFixedSimplified = unsimplified.fixed + simple.windingFixed;

  const project = (p: Position): [number, number] => projection([p[0]!, p[1]!]) ?? [0, 0];
  const insets: MapInset[] = [];
  let offset: [number, number] = [0, 0];
  const insetPoints = simplified
    .flatMap((f) => polygonsOf(f.geometry))
    .filter((rings) => inset(rings[0] ?? []))
    .flatMap((rings) => rings.flatMap((r) => r.map(project)));
  if (insetPoints.length) {
    const xs = insetPoints.map((p) => p[0]);
    const ys = insetPoints.map((p) => p[1]);
    const [ix0, iy0, ix1, iy1] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    const boxW = Math.round(ix1 - ix0 + 2 * INSET_MARGIN);
    const boxH = Math.round(iy1 - iy0 + 2 * INSET_MARGIN);
    const box = { x: Math.round(pad + contentW - boxW), y: pad, width: boxW, height: boxH };
    offset = [box.x + INSET_MARGIN - ix0, box.y + INSET_MARGIN - iy0];
    insets.push({ ...box, label: 'Shetland (shown in a box, not to position)' });
  }
  const place = (ring: readonly Position[]): Tenths[] => {
    const [ox, oy] = inset(ring) ? offset : [0, 0];
    return ring.map((p) => {
      const [x, y] = project(p);
      return toTenths(x + ox, y + oy);
    });
  };

  let ringsDropped = 0;
  const seats: MapSeat[] = simplified.map((f, i) => {
    const polygons = polygonsOf(f.geometry).flatMap((rings) => {
      const cleaned = rings.map((r) => cleanRing(place(r)));
      ringsDropped += cleaned.filter((r) => r === null).length;
      return cleaned[0]
        ? [{ rings: cleaned.filter((r): r is Tenths[] => r !== null), inset: inset(rings[0] ?? []) }]
        : [];
    });
    const drawn = polygons.length
      ? polygons
      : [{ rings: fallbackRings(polygonsOf(original[i]!.geometry), place), inset: false }];
    const notInset = drawn.filter((p) => !p.inset);
    const [cx, cy] = polygonsCentroid((notInset.length ? notInset : drawn).map((p) => p.rings));
    const rings = drawn.flatMap((p) => p.rings);
    return {
      code: String(f.id),
      name: f.properties.name,
      region: f.properties.region,
      d: ringsPath(rings),
      cx,
      cy,
      bbox: ringsBBox(rings),
      neighbours: {},
    };
  });

  const points = seats.map((s) => ({ code: s.code, x: s.cx, y: s.cy }));
  const graph = coneNeighbours(points);
  connectAll(points, graph);
  for (const s of seats) s.neighbours = graph.get(s.code) ?? {};

  const object = simple.topology.objects.seats as GeometryCollection<SeatProperties>;
  const meshPath = (filter: (a: SeatGeometry, b: SeatGeometry) => boolean): string => {
    const m = mesh(simple.topology as unknown as Topology, object as never, filter as never) as MultiLineString;
    return linesPath(m.coordinates.map(place));
  };
  const regionOf = (g: SeatGeometry): string | null => (g.properties as SeatProperties | undefined)?.region ?? null;
  const regionMesh = meshPath(
    (a, b) => a !== b && regionOf(a) !== null && regionOf(b) !== null && regionOf(a) !== regionOf(b),
  );
  const outline = meshPath((a, b) => a === b);

  const report: MapReport = {
    seats: seats.length,
    windingFixed: windingFixedSimplified,
    windingFixedInput: 0,
    windingFixedSimplified,
    ringsProtected: simple.protectedRings,
    ringsDropped,
    pointsIn: (source.arcs as unknown[][]).reduce((n, a) => n + a.length, 0),
    pointsOut: simple.pointsOut,
    minWeight,
    minAreaUnits: opts.minAreaUnits,
    seatPathBytes: seats.reduce((n, s) => n + s.d.length, 0),
    meshPathBytes: regionMesh.length + outline.length,
  };
  return {
    kind: 'geo',
    viewBox: [0, 0, Math.ceil(contentW + 2 * pad - 1e-6), Math.ceil(contentH + 2 * pad - 1e-6)],
    seats,
    regionMesh,
    outline,
    insets,
    report,
  };
}

/** A seat whose every ring vanished once rounded: draw its unsimplified rings, or a 1-unit diamond. */
function fallbackRings(polygons: Position[][][], place: (ring: readonly Position[]) => Tenths[]): Tenths[][] {
  const rings = polygons.map((p) => cleanRing(place(p[0] ?? []))).filter((r): r is Tenths[] => r !== null);
  if (rings.length) return rings;
  const [x, y] = place(polygons[0]?.[0] ?? [[0, 0]])[0] ?? [0, 0];
  return [
    [
      [x, y - 5],
      [x + 5, y],
      [x, y + 5],
      [x - 5, y],
    ],
  ];
}

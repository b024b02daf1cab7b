// Schema of the map geometry the pipeline writes to data/derived/maps/: the national map of each kind and boundary
// set ({kind}-{set}.json) and each area's map cut from it (areas/{area}-{kind}-{set}.json). Parsed whole, topology included.
import { z } from 'zod';
import { DIRECTIONS, type GeoSource, type MapGeometry } from '../maps/types';
import { seatCodeSchema } from './result';

const num = z.number();
const box4 = z.tuple([num, num, num, num]);

const mapSeatSchema = z.object({
  code: seatCodeSchema,
  name: z.string().min(1),
  region: z.string().nullable(),
  d: z.string().min(1),
  cx: num,
  cy: num,
  bbox: box4,
  /** Keys in the order the layout found them (kept: the written files are compared byte for byte). */
  neighbours: z.partialRecord(z.enum(DIRECTIONS), seatCodeSchema),
  hex: z.object({ q: z.number().int(), r: z.number().int() }).optional(),
});

const insetSchema = z.object({ x: num, y: num, width: num, height: num, label: z.string().min(1) });

const count = z.number().int().nonnegative();
const reportSchema = z.object({
  seats: count,
  windingFixed: count,
  windingFixedInput: count,
  windingFixedSimplified: count,
  ringsProtected: count,
  ringsDropped: count,
  pointsIn: count,
  pointsOut: count,
  minWeight: num,
  minAreaUnits: num,
  seatPathBytes: count,
  meshPathBytes: count,
});

const arcIndexes = z.array(z.number().int());
const seatGeometrySchema = z.union([
  z.object({
    type: z.literal('Polygon'),
    arcs: z.array(arcIndexes),
    id: seatCodeSchema,
    properties: z.object({ name: z.string().min(1), region: z.string().nullable() }),
  }),
  z.object({
    type: z.literal('MultiPolygon'),
    arcs: z.array(z.array(arcIndexes)),
    id: seatCodeSchema,
    properties: z.object({ name: z.string().min(1), region: z.string().nullable() }),
  }),
]);

/** The quantised TopoJSON a geo map was drawn from: seats as polygons over shared, delta-encoded integer arcs. */
const geoSourceSchema = z.object({
  topology: z.object({
    type: z.literal('Topology'),
    objects: z.object({
      seats: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(seatGeometrySchema) }),
    }),
    arcs: z.array(z.array(z.tuple([z.number().int(), z.number().int()]))),
    bbox: box4,
    transform: z.object({ scale: z.tuple([num, num]), translate: z.tuple([num, num]) }),
  }),
  minAreaUnits: num,
}) as unknown as z.ZodType<GeoSource>;

export const mapGeometrySchema: z.ZodType<MapGeometry> = z.object({
  set: z.enum(['2010', '2024']),
  kind: z.enum(['geo', 'hex']),
  viewBox: box4,
  seats: z.array(mapSeatSchema).min(1),
  regionMesh: z.string(),
  outline: z.string(),
  insets: z.array(insetSchema),
  report: reportSchema,
  source: geoSourceSchema.optional(),
  hexGrid: z.object({ layout: z.enum(['odd-r', 'even-r']), radius: num, padding: num }).optional(),
});

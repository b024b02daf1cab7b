// Data-access layer for pages: the only reader of the derived tables (data/derived, written by `npm run data`). Each
// table is parsed once with its zod schema (src/lib/schema) on first use, and indexed by code; a table that does not
// match its schema stops the build naming the file, the place in the table (row, field) and zod's message.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { group, rollup } from 'd3';
import { z } from 'zod';
import type { ElectionId } from '../lib/elections';
import { lineageSchema, type Lineage } from '../lib/schema/lineage';
import {
  areaMetricsSchema,
  seatContextSchema,
  seatMetricsSchema,
  type AreaMetrics,
  type SeatContext,
  type SeatMetrics,
} from '../lib/schema/metrics';
import { notionalSeatSchema, notionalSummarySchema, type NotionalSeat } from '../lib/schema/notional';
import { seatResultSchema, type SeatResult } from '../lib/schema/result';
import { seatSchema, type Seat } from '../lib/schema/seat';
import { publishedTable, type PublishedTable, type PublishInput } from '../lib/publish/published';
import { curatedDataSchema } from '../lib/schema/curated-data';
import { nationalTotalSchema } from '../lib/schema/national-total';
import { peopleSchema, type Candidate } from '../lib/schema/candidate';
import { dataVersionSchema, sourceInfoSchema } from '../lib/schema/source-info';
import { dataReportSchema } from '../lib/schema/report';
import { comparisonMethodSchema } from '../lib/schema/method';
import { mapGeometrySchema } from '../lib/schema/map-geometry';
import { publishedMembershipSchema } from '../lib/schema/published-membership';
import { memo, once } from '../lib/memo';
import type { BoundarySet } from '../lib/elections';
import type { MapKind } from '../lib/maps/types';
import { PUBLISHED_FILE_NAME } from '../lib/membership/published';
import { inArea } from '../lib/maps/areas';
import './ready';

export type { Seat };

/** At most this many problems are listed; the count of the rest follows. */
const SHOWN = 5;

/** A zod issue path in words: `[12, 'votes', 'lab']` -> "row 12, field votes.lab"; `['seats', 3, 'code']` -> "seats row 3, field code". */
export function placeOf(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  let field: string[] = [];
  for (const p of path) {
    if (typeof p === 'number') {
      const lead = field.join('.');
      field = [];
      words.push(lead ? `${lead} row ${p}` : `row ${p}`);
    } else field.push(String(p));
  }
  if (field.length) words.push(`field ${field.join('.')}`);
  return words.length ? words.join(', ') : 'the whole file';
}

/** The parsed table; throws with every problem's place (up to SHOWN) when `value` does not match `schema`. */
export function parseTable<S extends z.ZodType>(file: string, value: unknown, schema: S): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const lines = issues.slice(0, SHOWN).map((i) => `${file}: ${placeOf(i.path)}: ${i.message}`);
  if (issues.length > SHOWN) lines.push(`${file}: and ${issues.length - SHOWN} more problems`);
  throw new Error(`${lines.join('\n')}\n(the derived tables do not match their schemas: run \`npm run data\` again)`);
}

/** One derived file, parsed with its schema; `dir` is the derived folder. */
export function loadTable<S extends z.ZodType>(dir: string, name: string, schema: S): z.output<S> {
  const path = join(dir, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run data\` before building the site`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not JSON: ${(e as Error).message}`);
  }
  return parseTable(path, value, schema);
}

/** A derived file the pipeline writes only sometimes: parsed with its schema, or null when absent. */
export function loadOptionalTable<S extends z.ZodType>(dir: string, name: string, schema: S): z.output<S> | null {
  return existsSync(join(dir, name)) ? loadTable(dir, name, schema) : null;
}

/** GROUNDWORK_DERIVED points src/data at another derived folder (tests: a damaged one, one the pipeline built). */
export const DERIVED_DIR = process.env.GROUNDWORK_DERIVED ?? join(process.cwd(), 'data/derived');

type Load = <S extends z.ZodType>(name: string, schema: S) => z.output<S>;
const loaded = new Map<string, unknown>();
/** A table of DERIVED_DIR, parsed on first use. */
const fromDerived: Load = (name, schema) => {
  if (!loaded.has(name)) loaded.set(name, loadTable(DERIVED_DIR, name, schema));
  return loaded.get(name) as z.output<typeof schema>;
};
const table =
  <S extends z.ZodType>(name: string, schema: S) =>
  () =>
    fromDerived(name, schema);

const SEATS = z.array(seatSchema);
const RESULTS = z.array(seatResultSchema);
const SEAT_METRICS = z.array(seatMetricsSchema);
const AREA_METRICS = z.array(areaMetricsSchema);
const LINEAGE = z.array(lineageSchema);
const NOTIONAL = z.object({ seats: z.array(notionalSeatSchema), summary: notionalSummarySchema });
const CONTEXT = z.array(seatContextSchema);

export const seats = table('seats.json', SEATS);
export const results = table('results.json', RESULTS);
export const seatMetrics = table('seat-metrics.json', SEAT_METRICS);
export const areaMetrics = table('area-metrics.json', AREA_METRICS);
export const lineage = table('lineage.json', LINEAGE);
export const notional = table('notional.json', NOTIONAL);
export const context = table('context.json', CONTEXT);
export const curated = table('curated.json', curatedDataSchema);
export const sources = table('sources.json', z.array(sourceInfoSchema));
/** The comparison method's revision the derived tables were built with (part of the data version). */
export const comparisonMethod = table('method.json', comparisonMethodSchema);
const versionFile = table('version.json', dataVersionSchema);
export const dataVersion = once(() => versionFile().version);
export const people = table('people.json', peopleSchema);
export const report = table('report.json', dataReportSchema);
export const nationalTotals = table('national-totals.json', z.array(nationalTotalSchema));
/** The published constituency-party membership files (data/derived/local-membership.json), null when none. */
export const localMembership = once(() =>
  loadOptionalTable(DERIVED_DIR, PUBLISHED_FILE_NAME, publishedMembershipSchema),
);
/** The national map geometry of one kind and boundary set (data/derived/maps/{kind}-{set}.json). */
export const mapGeometry = memo((view: `${MapKind}-${BoundarySet}`) =>
  loadTable(DERIVED_DIR, `maps/${view}.json`, mapGeometrySchema),
);
/** The map of one area (region or nation), cut from the national map by the pipeline (data/derived/maps/areas/). */
export const areaMapGeometry = memo((view: `${string}-${MapKind}-${BoundarySet}`) =>
  loadTable(DERIVED_DIR, `maps/areas/${view}.json`, mapGeometrySchema),
);

/** Current entry first: a few unchanged Scottish seats keep the same code in both boundary sets. */
const seatIndex = once(() => {
  const m = new Map<string, Seat>();
  for (const s of seats()) if (!m.has(s.code) || s.boundarySet === '2024') m.set(s.code, s);
  return m;
});
const metricsIndex = once(() => {
  const m = new Map<string, SeatMetrics>();
  for (const r of seatMetrics()) m.set(`${r.election}|${r.code}`, r);
  return m;
});
/** The first row for each key, as `find` over the table would return it. */
const firstBy = <T>(rows: readonly T[], key: (row: T) => string): Map<string, T> => rollup(rows, (g) => g[0]!, key);

const resultIndex = once(() => {
  const m = new Map<string, SeatResult>();
  for (const r of results()) m.set(`${r.election}|${r.code}`, r);
  return m;
});

export function seat(code: string): Seat | undefined {
  return seatIndex().get(code);
}

/** The boundary sets a code belongs to: one, or both for the seats whose boundaries did not change in 2024. */
export function boundarySetsOf(code: string): ('2010' | '2024')[] {
  return (seatsByCode().get(code) ?? []).map((s) => s.boundarySet).sort();
}
const seatsByCode = once(() => group(seats(), (s) => s.code));

/** The seat with this code on one boundary set. */
export function seatOn(code: string, set: '2010' | '2024'): Seat | undefined {
  return seatsByCode()
    .get(code)
    ?.find((s) => s.boundarySet === set);
}

export function metricsFor(code: string, election: ElectionId): SeatMetrics | undefined {
  return metricsIndex().get(`${election}|${code}`);
}

export function resultFor(code: string, election: ElectionId): SeatResult | undefined {
  return resultIndex().get(`${election}|${code}`);
}

const metricsByElection = once(() => group(seatMetrics(), (m) => m.election));
export function metricsOf(election: ElectionId): SeatMetrics[] {
  return [...(metricsByElection().get(election) ?? [])];
}

const areaIndex = once(() => firstBy(areaMetrics(), (a) => `${a.election}|${a.area}`));
export function areaFor(area: string, election: ElectionId): AreaMetrics | undefined {
  return areaIndex().get(`${election}|${area}`);
}

/** Lineage rows by their old (or new) seat, the largest share of that seat's population first. */
const lineageBy = (side: 'old' | 'new', share: 'popShareOfOld' | 'popShareOfNew') =>
  once(() => {
    const m = group(lineage(), (l) => l[side]);
    for (const g of m.values()) g.sort((a, b) => b[share] - a[share]);
    return m;
  });
const successorIndex = lineageBy('old', 'popShareOfOld');
export function successors(oldCode: string): Lineage[] {
  return [...(successorIndex().get(oldCode) ?? [])];
}

const predecessorIndex = lineageBy('new', 'popShareOfNew');
export function predecessors(newCode: string): Lineage[] {
  return [...(predecessorIndex().get(newCode) ?? [])];
}

const notionalIndex = once(() => firstBy(notional().seats, (s) => s.code));
export function notionalFor(code: string): NotionalSeat | undefined {
  return notionalIndex().get(code);
}

const contextIndex = once(() => firstBy(context(), (c) => c.code));
export function contextFor(code: string): SeatContext | undefined {
  return contextIndex().get(code);
}

const seatsInIndex = memo((key: string) => {
  const [area, set] = key.split('|') as [string, '2010' | '2024'];
  return seats().filter((s) => s.boundarySet === set && inArea(s, area));
});
export function seatsIn(area: string, set: '2010' | '2024'): Seat[] {
  return [...seatsInIndex(`${area}|${set}`)];
}

const slugIndex = once(() => {
  const m = new Map<string, Seat>();
  for (const s of seats())
    if (!m.has(s.slug) || (s.boundarySet === '2024' && m.get(s.slug)!.boundarySet !== '2024')) m.set(s.slug, s);
  return m;
});
/** The 2024 seat with this slug, else the 2010-2023 seat: what /seat/{slug}/ points to. */
export function seatBySlug(slug: string): Seat | undefined {
  return slugIndex().get(slug);
}

/** The derived tables the published CSVs are built from (src/lib/publish/published.ts), read by `load`. */
const publishInputBy = (load: Load): PublishInput => ({
  seats: load('seats.json', SEATS),
  results: load('results.json', RESULTS),
  seatMetrics: load('seat-metrics.json', SEAT_METRICS),
  areaMetrics: load('area-metrics.json', AREA_METRICS),
  lineage: load('lineage.json', LINEAGE),
  notional: load('notional.json', NOTIONAL).seats,
  context: load('context.json', CONTEXT),
  curated: load('curated.json', curatedDataSchema),
});
/** The current data's publish input. */
export const publishInput = once(() => publishInputBy(fromDerived));
/**
 * The publish input and data version of the derived folder `dir`, each table parsed with its schema: what
 * `npm run data:archive` (pipeline/archive-data.ts) archives.
 */
export function publishInputIn(dir: string): { version: string; input: PublishInput } {
  const load: Load = (name, schema) => loadTable(dir, name, schema);
  const input = publishInputBy(load);
  return { version: load('version.json', dataVersionSchema).version, input };
}
/** One published table of the current data (e.g. 'seats.csv'), built once per build. */
export const currentTable = memo((file: string): PublishedTable => publishedTable(publishInput(), file));
const candidateIndex = once(() => group(people().candidates2024, (c) => c.code));

/** Every 2024 candidate in a 2024 seat, most votes first (empty for 2010-2023 seats). */
export function candidatesFor(code: string): Candidate[] {
  return candidateIndex().get(code) ?? [];
}

/** The member elected in a seat at 2019 or 2024, as the Library's results file names them. */
export function memberFor(code: string, election: ElectionId): string | undefined {
  return memberIndex().get(`${election}|${code}`)?.name;
}
const memberIndex = once(() => firstBy(people().members, (m) => `${m.election}|${m.code}`));

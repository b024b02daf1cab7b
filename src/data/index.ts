// Data-access layer for pages: loads the derived tables (data/derived, written by `npm run data`) once and indexes them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElectionId } from '../lib/elections';
import type { Lineage } from '../lib/schema/lineage';
import type { AreaMetrics, SeatContext, SeatMetrics } from '../lib/schema/metrics';
import type { NotionalSeat, NotionalSummary } from '../lib/schema/notional';
import type { SeatResult } from '../lib/schema/result';
import type { Seat } from '../lib/schema/seat';
import type { PublishInput } from '../lib/publish/published';
import type { CuratedData } from '../../scripts/steps/curated';
import type { NationalTotal } from '../../scripts/parse/national-totals';
import type { Candidate, People } from '../lib/schema/candidate';

export type { Seat };

export interface SourceInfo {
  id: string;
  file: string;
  url: string;
  publisherUrl: string | null;
  publisher: string;
  title: string;
  licence: string;
  attribution: string;
  sha256: string;
  note: string | null;
}

/** GROUNDWORK_DERIVED points a build at another derived folder (used by tests that build from fixture data). */
const DIR = process.env.GROUNDWORK_DERIVED ?? join(process.cwd(), 'data/derived');

function load<T>(name: string): T {
  const path = join(DIR, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run data\` before building the site`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function once<T>(fn: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= fn());
}

export const seats = once(() => load<Seat[]>('seats.json'));
export const results = once(() => load<SeatResult[]>('results.json'));
export const seatMetrics = once(() => load<SeatMetrics[]>('seat-metrics.json'));
export const areaMetrics = once(() => load<AreaMetrics[]>('area-metrics.json'));
export const lineage = once(() => load<Lineage[]>('lineage.json'));
export const notional = once(() => load<{ seats: NotionalSeat[]; summary: NotionalSummary }>('notional.json'));
export const context = once(() => load<SeatContext[]>('context.json'));
export const curated = once(() => load<CuratedData>('curated.json'));
export const sources = once(() => load<SourceInfo[]>('sources.json'));
export const dataVersion = once(() => load<{ version: string }>('version.json').version);
export const people = once(() => load<People>('people.json'));
export const report = once(() => load<Record<string, unknown>>('report.json'));
export const nationalTotals = once(() => load<NationalTotal[]>('national-totals.json'));

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
  return seats().filter((s) => s.code === code).map((s) => s.boundarySet).sort();
}

export function metricsFor(code: string, election: ElectionId): SeatMetrics | undefined {
  return metricsIndex().get(`${election}|${code}`);
}

export function resultFor(code: string, election: ElectionId): SeatResult | undefined {
  return resultIndex().get(`${election}|${code}`);
}

export function metricsOf(election: ElectionId): SeatMetrics[] {
  return seatMetrics().filter((m) => m.election === election);
}

export function areaFor(area: string, election: ElectionId): AreaMetrics | undefined {
  return areaMetrics().find((a) => a.area === area && a.election === election);
}

export function successors(oldCode: string): Lineage[] {
  return lineage().filter((l) => l.old === oldCode).sort((a, b) => b.popShareOfOld - a.popShareOfOld);
}

export function predecessors(newCode: string): Lineage[] {
  return lineage().filter((l) => l.new === newCode).sort((a, b) => b.popShareOfNew - a.popShareOfNew);
}

export function notionalFor(code: string): NotionalSeat | undefined {
  return notional().seats.find((s) => s.code === code);
}

export function contextFor(code: string): SeatContext | undefined {
  return context().find((c) => c.code === code);
}

export function seatsIn(area: string, set: '2010' | '2024'): Seat[] {
  return seats().filter((s) => s.boundarySet === set && (s.region === area || s.nation === area || area === 'K02000001'));
}

/** The 2024 seat with this slug, else the 2010-2023 seat: what /seat/{slug}/ points to. */
export function seatBySlug(slug: string): Seat | undefined {
  return seats().find((s) => s.slug === slug && s.boundarySet === '2024') ?? seats().find((s) => s.slug === slug);
}

/** The derived tables the published CSVs are built from (src/lib/publish/published.ts). */
export const publishInput = once((): PublishInput => ({
  seats: seats(), results: results(), seatMetrics: seatMetrics(), areaMetrics: areaMetrics(), lineage: lineage(),
  notional: notional().seats, context: context(), curated: curated(),
}));
const candidateIndex = once(() => {
  const m = new Map<string, Candidate[]>();
  for (const c of people().candidates2024) m.set(c.code, [...(m.get(c.code) ?? []), c]);
  return m;
});

/** Every 2024 candidate in a 2024 seat, most votes first (empty for 2010-2023 seats). */
export function candidatesFor(code: string): Candidate[] {
  return candidateIndex().get(code) ?? [];
}

/** The member elected in a seat at 2019 or 2024, as the Library's results file names them. */
export function memberFor(code: string, election: ElectionId): string | undefined {
  return people().members.find((m) => m.code === code && m.election === election)?.name;
}

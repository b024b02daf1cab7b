// The metric registry: every metric the site publishes, maps and shows, in the order of the map's colour menu and the
// methodology's definitions. The CSV tables, the data dictionary, the maps (colour, title, labels, legend), the
// methodology, region and seat pages read it. A new metric is a module in defs/ (fields: metric.ts), its test, and
// its line here.
import { change } from './defs/change';
import { majority } from './defs/majority';
import { share } from './defs/share';
import { steed } from './defs/steed';
import { swing } from './defs/swing';
import { turnout } from './defs/turnout';
import type { MapMetricDef, Metric } from './metric';

const ENTRIES = [share, change, swing, steed, majority, turnout] as const;

export const METRICS: readonly Metric[] = ENTRIES;

type Entry = (typeof ENTRIES)[number];
type MetricId = Entry['id'];
/** Metrics the seat maps can be coloured by, with and without a party. */
type MapMetricId = Extract<Entry, { map: object }>['id'];
export type PartyMetricId = Extract<Entry, { map: object; perParty: true }>['id'];
export type PlainMetricId = Exclude<MapMetricId, PartyMetricId>;

export const MAP_METRICS: readonly MapMetricDef[] = METRICS.filter((m): m is MapMetricDef => m.map !== undefined);

const byId = new Map<string, Metric>(METRICS.map((m) => [m.id, m]));

export function metricById(id: string): Metric | undefined {
  return byId.get(id);
}

export function mapMetric(id: string): MapMetricDef {
  const m = byId.get(id);
  if (!m?.map) throw new Error(`no map metric ${id}`);
  return m as MapMetricDef;
}

export function isPartyMetric(id: string): id is PartyMetricId {
  return byId.get(id)?.perParty === true && byId.get(id)?.map !== undefined;
}

/**
 * The metrics named in `first`, in that order, then the rest in registry order. For lists whose published order
 * predates the registry (the map's values files, the region page's table), so that order is kept and a new metric
 * still joins the end.
 */
export function ordered<M extends Metric>(metrics: readonly M[], first: readonly MetricId[]): M[] {
  const named = first.map((id) => metrics.find((m) => m.id === id)).filter((m): m is M => m !== undefined);
  return [...named, ...metrics.filter((m) => !named.includes(m))];
}

// What the registry knows about one metric: its name and unit, how each table, map and page reads its value, how the
// value is written and coloured, what an empty value says, and the text of the data dictionary and methodology.
import { pct, pp } from '../format/numbers';
import type { Maybe } from '../missing';
import type { Party } from '../parties';
import type { AreaMetrics, SeatMetrics } from '../schema/metrics';
import type { ValueSeat } from '../maps/values';

/** 'percent' is written "45.1%", 'points' (percentage points) "+4.4". */
type MetricUnit = 'percent' | 'points';

/** The party argument for a metric that is not per party, which ignores it. */
export const NO_PARTY: Party = 'other';

/** Parties with their own columns in seats.csv and regions.csv. */
export const CSV_PARTIES = ['con', 'lab', 'ld'] as const;

/** One published CSV column: its dictionary entry and its cell in each table it is in. */
export interface MetricColumn {
  column: string;
  type: 'number';
  unit: 'percent' | 'percentage points';
  meaning: string;
  /** The cell of a seats.csv row, absent when seats.csv has no such column; a missing value empties it with a note. */
  seat?: (m: SeatMetrics) => Maybe<number> | null;
  /** The cell of a regions.csv row; absent when regions.csv has no such column. */
  area?: (a: AreaMetrics) => Maybe<number> | null;
  /** Its empty-cell note follows every other column's (the did-not-stand notes close the list). */
  noteLast?: boolean;
}

/** How the seat map is coloured and labelled by the metric. `party` is the party picked for a per-party metric. */
export interface MetricMap {
  /** The choice in the map's colour menu. */
  menu: string;
  /** Viridis from low to high, or brown-teal round zero. */
  scale: 'sequential' | 'diverging';
  /** Where a sequential scale starts: 0, or the 2nd percentile rounded down to 5 (for values far from zero). */
  floor?: 'zero' | 'low';
  /** What the two ends of a diverging scale mean. */
  note?: string;
  /** Which way a diverging scale's negative and positive values lean, in its legend's words. */
  sides?: [string, string];
  legendTitle(party: Party): string;
  /** The map's title after the election: "turnout", "change in Labour share since 2019". */
  title(party: Party, since: string): string;
  /** The heading of the table's value column, with its unit. */
  header(party: Party): string;
  /** The value in words: "turnout 65.2%". */
  words(v: number, party: Party, since: string): string;
  /** What has no value, before the reason: "turnout" (reads "turnout: No electorate recorded"). */
  subject(party: Party): string;
  /** The key of the value in the map's values files (one compact row per seat), and the value stored there. */
  field: string;
  compact(m: SeatMetrics): Maybe<number> | Partial<Record<Party, number>>;
  /** The value of a compact row; the previous-election check is made before this is called. */
  read(seat: ValueSeat, party: Party): Maybe<number>;
}

/** A row of a table on the region page (the area's results election by election). */
interface MetricRegionColumn {
  header: string;
  /** A second column with the UK's figure at the same election. */
  ukHeader?: string;
  /** A cell's words, where they are not the number in the metric's unit (formatMetric). */
  cell?: (v: Maybe<number> | null | undefined) => string;
}

export interface Metric {
  /** The key in URLs and map settings: "turnout", "share" (with a party: "share-lab"). */
  id: string;
  /** The metric's name in a table heading or list of facts: "Turnout". */
  label: string;
  unit: MetricUnit;
  /** One value per party (share, change) rather than one per seat. */
  perParty: boolean;
  /** Measured against the previous election on the same boundaries (none for 2010 and 2019 notional). */
  needsPrevious: boolean;
  /** The value in a seat's metrics row; for a per-party metric, the party's. */
  seat(m: SeatMetrics, party: Party): Maybe<number> | undefined;
  /** The value in an area's row, when areas have one. */
  area?(a: AreaMetrics, party: Party): Maybe<number> | undefined;
  /** Published columns in seats.csv and regions.csv, described in the data dictionary. */
  columns: readonly MetricColumn[];
  /** The definition on /methodology/ (HTML, written here, never from data). */
  definition?: { term: string; anchor?: string; html: string };
  /** Colour the seat maps by it. */
  map?: MetricMap;
  /** Show it in the facts at the top of a seat page, written this way. */
  seatFact?(m: SeatMetrics): string;
  /** A column in the region page's table of its seats. */
  regionSeats?: boolean;
  /** A column in the region page's table of results by election. */
  regionHistory?: MetricRegionColumn;
}

/** A metric whose map settings are known to be present. */
export type MapMetricDef = Metric & { map: MetricMap };

/** The value written as the pages write it: "45.1%", "+4.4", or "–" for none. */
export function formatMetric(metric: Pick<Metric, 'unit'>, v: Maybe<number> | null | undefined): string {
  return metric.unit === 'points' ? pp(v) : pct(v);
}

/** The unit as a legend states it. */
export function legendUnit(metric: Pick<Metric, 'unit'>): string {
  return metric.unit === 'points' ? 'percentage points' : '%';
}

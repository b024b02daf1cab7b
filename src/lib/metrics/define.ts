// The two kinds of registry entry, so that a metric's module states only what is its own: a plain metric (one value per
// seat, read from one field of the metrics rows, published as one column) and a per-party metric (a value per party,
// one column per party in CSV_PARTIES). Everything else an entry has (its column's type and unit, the map's menu,
// title, stored field and cached value) follows from these unless the module says otherwise.
import { missing, type Maybe } from '../missing';
import type { Party } from '../parties';
import type { AreaMetrics, SeatMetrics } from '../schema/metrics';
import type { ValueSeat } from '../maps/values';
import { CSV_PARTIES, type Metric, type MetricColumn, type MetricMap } from './metric';

type FieldsOf<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T];
type SeatField = FieldsOf<SeatMetrics, Maybe<number>>;
/** A field of both seat and area rows. */
type SharedField = SeatField & FieldsOf<AreaMetrics, Maybe<number>>;
type PartyField = FieldsOf<SeatMetrics, Partial<Record<Party, number>>> &
  FieldsOf<AreaMetrics, Partial<Record<Party, number>>>;

/** What every entry states: the Metric fields that are neither derived nor per kind. */
type Common = Pick<Metric, 'label' | 'unit' | 'definition' | 'seatFact' | 'regionSeats' | 'regionHistory'> & {
  id: string;
  /** Default false. */
  needsPrevious?: boolean;
};

/** The map's scale and wording; `menu` defaults to the metric's label. */
type MapCommon = Pick<MetricMap, 'scale' | 'floor' | 'note' | 'sides'> & { menu?: string };

interface PlainMap extends MapCommon {
  legendTitle: string;
  /** The map's title after the election; default the label in lower case ("turnout"). */
  title?: (since: string) => string;
  header: string;
  words(v: number, since: string): string;
  /** Default the label in lower case. */
  subject?: string;
  /** The key in the map's values files; default the metrics field. */
  field?: string;
}

type PlainSpec = Common & {
  /** The column in seats.csv (and regions.csv, for a metric of areas too) and its dictionary text. */
  column: string;
  meaning: string;
  map?: PlainMap;
} & ({ field: SharedField; inAreas: true } | { field: SeatField; inAreas?: false });

type PartyMap = MapCommon &
  Pick<MetricMap, 'legendTitle' | 'title' | 'header' | 'words' | 'subject'> & {
    /** Default the party's value, or "did not stand". */
    read?: MetricMap['read'];
  };

interface PartySpec extends Common {
  field: PartyField;
  column: (p: (typeof CSV_PARTIES)[number]) => string;
  meaning: Record<(typeof CSV_PARTIES)[number], string>;
  /** In seats.csv a party that did not stand leaves its cell empty with a note (after every other note); default empty. */
  notedWhenAbsent?: boolean;
  map?: PartyMap;
}

/** The entry's type keeps its literal id and whether it has a map, so the registry's ids form union types. */
type Entry<S extends { id: string; map?: object }, PerParty extends boolean> = Metric & {
  id: S['id'];
  perParty: PerParty;
} & (S extends { map: object } ? { map: MetricMap } : unknown);

const columnUnit = (unit: Metric['unit']): MetricColumn['unit'] => (unit === 'points' ? 'percentage points' : unit);

/** The fields that open every entry. */
function head<P extends boolean>(s: Common, perParty: P) {
  return { id: s.id, label: s.label, unit: s.unit, perParty, needsPrevious: s.needsPrevious ?? false };
}

/** The map settings every entry states the same way. */
function mapCommon(label: string, m: MapCommon): MapCommon & { menu: string } {
  return {
    menu: m.menu ?? label,
    scale: m.scale,
    ...(m.floor && { floor: m.floor }),
    ...(m.note && { note: m.note }),
    ...(m.sides && { sides: m.sides }),
  };
}

/** A per-party map's own wording, as the entry states it. */
function pickWording({ legendTitle, title, header, words, subject }: PartyMap) {
  return { legendTitle, title, header, words, subject };
}

/** The optional page settings, present only where the entry states them. */
function pages({ seatFact, regionSeats, regionHistory }: Common): Partial<Metric> {
  return {
    ...(seatFact && { seatFact }),
    ...(regionSeats && { regionSeats }),
    ...(regionHistory && { regionHistory }),
  };
}

export function plainMetric<const S extends PlainSpec>(s: S): Entry<S, false> {
  const seat = (m: SeatMetrics) => m[s.field];
  const area = s.inAreas ? { area: (a: AreaMetrics) => a[s.field as SharedField] } : {};
  const name = s.label.toLowerCase();
  const map = s.map && {
    ...mapCommon(s.label, s.map),
    legendTitle: () => s.map!.legendTitle,
    title: (_p: Party, since: string) => s.map!.title?.(since) ?? name,
    header: () => s.map!.header,
    words: (v: number, _p: Party, since: string) => s.map!.words(v, since),
    subject: () => s.map!.subject ?? name,
    field: s.map.field ?? s.field,
    compact: seat,
    read: (v: ValueSeat) => v[s.map!.field ?? s.field] as Maybe<number>,
  };
  return {
    ...head(s, false),
    seat,
    ...area,
    columns: [{ column: s.column, type: 'number', unit: columnUnit(s.unit), meaning: s.meaning, seat, ...area }],
    definition: s.definition,
    ...(map && { map }),
    ...pages(s),
  } as Entry<S, false>;
}

export function partyMetric<const S extends PartySpec>(s: S): Entry<S, true> {
  const { field } = s;
  const absent = () => (s.notedWhenAbsent ? missing('party-did-not-stand') : null);
  const map = s.map && {
    ...mapCommon(s.label, s.map),
    ...pickWording(s.map),
    field,
    compact: (m: SeatMetrics) => m[field],
    read: s.map.read ?? ((v: ValueSeat, p: Party) => v[field][p] ?? missing('party-did-not-stand')),
  };
  return {
    ...head(s, true),
    seat: (m: SeatMetrics, p: Party) => m[field][p],
    area: (a: AreaMetrics, p: Party) => a[field][p],
    columns: CSV_PARTIES.map((p) => ({
      column: s.column(p),
      type: 'number',
      unit: columnUnit(s.unit),
      meaning: s.meaning[p],
      seat: (m: SeatMetrics) => m[field][p] ?? absent(),
      area: (a: AreaMetrics) => a[field][p] ?? null,
      ...(s.notedWhenAbsent && { noteLast: true }),
    })),
    definition: s.definition,
    ...(map && { map }),
    ...pages(s),
  } as Entry<S, true>;
}

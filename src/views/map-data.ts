// Build-time inputs of every map: geometry (national and per area), per-election values, seat-set layers, fixed scale domains.
import * as data from '../data/index';
import { ELECTIONS, election, type BoundarySet, type ElectionId } from '../lib/elections';
import { UK, type Area } from '../lib/geography';
import { isNamedParty, PARTY_CODES, type Party } from '../lib/parties';
import { LINK_KINDS } from '../lib/schema/curated';
import { memo } from '../lib/memo';
import { MAP_AREAS, areaMapName } from '../lib/maps/areas';
import type { MapGeometry, MapKind } from '../lib/maps/types';
import { coverageLayer, type CoverageLayer } from '../lib/maps/values-coverage';
import { placeSeatCodes } from './linked-places';
import { computeDomains, type Domains } from '../lib/maps/values-paint';
import { valuesFile, type ValuesFile } from '../lib/maps/values';
import { numericValue } from '../lib/maps/values-label';
import { isMissing } from '../lib/missing';
import { MAP_METRICS, type PlainMetricId } from '../lib/metrics/registry';

export const MAP_KINDS: readonly MapKind[] = ['hex', 'geo'];
export const BOUNDARY_SETS: readonly BoundarySet[] = ['2010', '2024'];
/** Parties offered for share and change maps: those that stood in at least this many seats at some election. */
export const PARTY_MIN_SEATS = 30;

export const nationalGeometry = data.mapGeometry;

export { MAP_AREAS };

export function areaBySlug(slug: string): Area | undefined {
  return MAP_AREAS.find((a) => a.slug === slug);
}

export function areaSeatCodes(area: Area, set: BoundarySet): Set<string> {
  return new Set(data.seatsIn(area.code, set).map((s) => s.code));
}

/** Geometry of one area, re-fitted to its own box by the pipeline ('uk' is the national map). */
export function geometryFor(areaSlug: string, kind: MapKind, set: BoundarySet): MapGeometry {
  if (areaSlug === 'uk') return nationalGeometry(`${kind}-${set}`);
  if (!areaBySlug(areaSlug)) throw new Error(`no map area ${areaSlug}`);
  return data.areaMapGeometry(areaMapName(areaSlug, kind, set));
}

export const electionValues = memo((id: ElectionId): ValuesFile => {
  const e = election(id);
  return valuesFile(id, e.boundarySet, e.previous, data.metricsOf(id));
});

/** One election's values for the seats of an area on that election's boundaries ('uk': every seat). */
export function areaValues(areaSlug: string, id: ElectionId): ValuesFile {
  const file = electionValues(id);
  if (areaSlug === 'uk') return file;
  const area = areaBySlug(areaSlug);
  if (!area) throw new Error(`no map area ${areaSlug}`);
  const codes = areaSeatCodes(area, file.set);
  return { ...file, seats: file.seats.filter((s) => codes.has(s.code)) };
}

/** The most seats each party stood in at one election, among the seats of `areaSlug` ('uk': every seat). */
const mostSeatsStood = memo((areaSlug: string): Map<Party, number> => {
  const most = new Map<Party, number>();
  for (const e of ELECTIONS) {
    const n = new Map<Party, number>();
    for (const s of areaValues(areaSlug, e.id).seats)
      for (const p of Object.keys(s.shares) as Party[]) n.set(p, (n.get(p) ?? 0) + 1);
    for (const [p, c] of n) most.set(p, Math.max(most.get(p) ?? 0, c));
  }
  return most;
});

/**
 * Parties offered for share and change maps of an area, in the site's party order: of those that stood in the area at
 * some election, the ones that stood in at least PARTY_MIN_SEATS seats across the UK at some election, and the ones
 * that stood in at least half of the area's seats at some election (Northern Ireland's parties on its own map). A
 * region's map offers no party that never stood there (the SNP in London, Labour in Northern Ireland).
 */
export const mapParties = memo((areaSlug: string): Party[] => {
  const uk = mostSeatsStood('uk');
  const area = areaSlug === 'uk' ? uk : mostSeatsStood(areaSlug);
  const seats =
    areaSlug === 'uk' ? Infinity : Math.max(...ELECTIONS.map((e) => areaValues(areaSlug, e.id).seats.length));
  return PARTY_CODES.filter(
    (p) =>
      isNamedParty(p) &&
      (area.get(p) ?? 0) > 0 &&
      ((uk.get(p) ?? 0) >= PARTY_MIN_SEATS || (area.get(p) ?? 0) * 2 >= seats),
  );
});

/**
 * The party an area's share and change views start with: Labour where it stood (the site is about Labour's
 * organising), else the offered party with the largest share of the area's votes at `id` (Sinn Féin in Northern
 * Ireland in 2024).
 */
export function mapDefaultParty(areaSlug: string, id: ElectionId): Party {
  const parties = mapParties(areaSlug);
  if (parties.includes('lab')) return 'lab';
  const shares = data.areaFor(areaSlug === 'uk' ? UK.code : areaBySlug(areaSlug)!.code, id)?.shares ?? {};
  return [...parties].sort((a, b) => (shares[b] ?? 0) - (shares[a] ?? 0))[0] ?? 'lab';
}

/** Every party some area's map offers. */
const allMapParties = memo((_: 'all'): Party[] => {
  const offered = new Set(['uk', ...MAP_AREAS.map((a) => a.slug)].flatMap((a) => mapParties(a)));
  return PARTY_CODES.filter((p) => offered.has(p));
});

export const mapDomains = memo((_: 'all'): Domains =>
  computeDomains(
    ELECTIONS.map((e) => electionValues(e.id)),
    allMapParties('all'),
  ),
);

/** Link kinds in words short enough for a map legend (the organisers page has the full wording). */
export const LINK_KIND_SHORT: Readonly<Record<string, string>> = {
  'named-in-unit-report': "Named in the unit's own report",
  'organiser-based-there': 'Organiser based there',
  'local-party-worked-with-unit': 'Local party worked with the unit',
  'event-only': 'Event location only',
  'community-campaign': 'Community campaign location',
};

/** One layer per cited seat set (organisers by strongest link; seat sets by their first attribute). */
export const coverageLayers = memo((_: 'all'): CoverageLayer[] =>
  data.curated().sets.map((set) => {
    const attr = set.entry.attributes[0];
    return coverageLayer({
      id: set.entry.id,
      title: set.entry.title,
      election: set.entry.election,
      format: set.format,
      completeness: set.entry.completeness,
      caveat: set.entry.caveat,
      categories: set.format === 'organisers' ? LINK_KINDS : (attr?.values ?? []),
      attribute: set.format === 'seat-set' ? (attr?.column ?? null) : null,
      categoryLabel: set.format === 'organisers' ? 'Strongest link' : (attr?.label ?? 'In the set'),
      labels: set.format === 'organisers' ? LINK_KIND_SHORT : {},
      rows:
        set.format === 'organisers'
          ? set.rows.map((r) => ({ code: r.ons_code, kind: r.link_kind }))
          : set.rows.map((r) => ({ code: r.ons_code, attributes: r.attributes })),
      placeSeats: placeSeatCodes(set.entry.id),
    });
  }),
);

/**
 * The seat-set layers an area's map offers: those with a seat in the area (on the UK map, all). Northern Ireland's map
 * offers neither the Community Organising Unit's seats nor the 2019 pact's, which had none there.
 */
export const mapLayers = memo((areaSlug: string): CoverageLayer[] =>
  coverageLayers('all').filter(
    (l) => areaSlug === 'uk' || areaValues(areaSlug, l.election).seats.some((s) => Object.hasOwn(l.seats, s.code)),
  ),
);

/**
 * The metrics an area's map can be coloured by: per-party ones always (its parties are chosen by mapParties), the
 * others where some seat of the area has a value at some election. Northern Ireland's map has no Conservative–Labour
 * swing: the two parties never both stood in one of its seats.
 */
export const mapMetrics = memo((areaSlug: string): string[] =>
  MAP_METRICS.filter(
    (m) =>
      m.perParty ||
      areaSlug === 'uk' ||
      ELECTIONS.some((e) =>
        areaValues(areaSlug, e.id).seats.some((s) => {
          const v = numericValue(s, { kind: m.id as PlainMetricId }, e.id);
          return v !== null && !isMissing(v);
        }),
      ),
  ).map((m) => m.id),
);

// View model of a map figure (home page or an area page): the build-time SVG, legend, table rows and the script's settings.
import { ELECTIONS, election, type ElectionId } from '../lib/elections';
import { MAP_METRICS } from '../lib/metrics/registry';
import { REGIONS, regionByCode } from '../lib/geography';
import { partyName, type Party } from '../lib/parties';
import type { Legend } from '../lib/maps/colour';
import { renderLegendSvg, renderMapSvg } from '../lib/maps/svg';
import type { MapKind } from '../lib/maps/types';
import type { MapClientConfig } from '../lib/maps/values-client';
import { labelContext as contextOf, type LabelContext } from '../lib/maps/values-label';
import { modeKey, type MapMode } from '../lib/maps/values-mode';
import { paint } from '../lib/maps/values-paint';
import { valueHeader, viewNotes, viewTitle, type TitleContext } from '../lib/maps/values-title';
import { sortRows, type MapRow } from '../lib/maps/values-table';
import { seatUrl } from '../site/paths';
import {
  areaBySlug,
  areaValues,
  coverageLayers,
  geometryFor,
  mapDefaultParty,
  mapDomains,
  mapLayers,
  mapMetrics,
  mapParties,
} from './map-data';

export interface MapOption {
  value: string;
  label: string;
}

export interface MapFigureView {
  idPrefix: string;
  title: string;
  svg: string;
  /** The drawing marks the borders between regions and nations with thicker lines. */
  regionBorders: boolean;
  legendSvg: string;
  legend: Legend;
  notes: string[];
  valueHeader: string;
  rows: MapRow[];
  config: MapClientConfig;
  controls: { elections: MapOption[]; modes: MapOption[]; parties: MapOption[]; zoom: MapOption[] };
}

export interface MapFigureOptions {
  /** 'uk' or an area slug. */
  area: string;
  idPrefix: string;
  kind: MapKind;
  election: ElectionId;
  mode: MapMode;
  base: string;
  /** Seat links open in a new tab (an embed's: a click must not load the site inside the host's frame). */
  newTab?: boolean;
  /** The map is drawn without the table of its figures (an embed, a download), so its description names none. */
  alone?: boolean;
}

export function labelContext(id: ElectionId, mode: MapMode): LabelContext {
  return contextOf(id, mode.kind === 'set' ? coverageLayers('all').find((l) => l.id === mode.set) : undefined);
}

export const MODE_OPTIONS: readonly MapOption[] = [
  { value: 'winner', label: 'Winning party' },
  ...MAP_METRICS.map((m) => ({ value: m.id, label: m.map.menu })),
];

export function mapFigureView(opts: MapFigureOptions): MapFigureView {
  const area = opts.area === 'uk' ? null : areaBySlug(opts.area);
  if (opts.area !== 'uk' && !area) throw new Error(`no map area ${opts.area}`);
  const e = election(opts.election);
  const geom = geometryFor(opts.area, opts.kind, e.boundarySet);
  const file = areaValues(opts.area, opts.election);
  const { seats } = file;
  const ctx = labelContext(opts.election, opts.mode);
  const titleCtx: TitleContext = {
    election: opts.election,
    seats: seats.length,
    areaName: area?.name ?? 'the UK',
    ...(ctx.layer ? { layer: ctx.layer } : {}),
  };
  const painted = paint(file, opts.mode, ctx, mapDomains('all'));
  const title = viewTitle(opts.kind, opts.mode, titleCtx);
  const svg = renderMapSvg(geom, {
    idPrefix: opts.idPrefix,
    title,
    description: `Each seat is a link to its page, named with its value.${opts.alone ? '' : ` The table ${area ? 'with this map' : 'below the map'} gives the same figures in rows.`}`,
    fill: (code) => painted.seats.get(code)!.fill,
    label: (code) => painted.seats.get(code)!.label,
    href: seatUrl,
    className: 'gw-mapfig__svg',
    ...(opts.newTab ? { newTab: true } : {}),
  });
  const legendSvg = renderLegendSvg(painted.legend, { idPrefix: `${opts.idPrefix}-legend`, width: 300 });
  const rows = sortRows(
    seats.map((s) => ({
      code: s.code,
      name: s.name,
      href: seatUrl(s.code),
      region: regionByCode(s.region)?.name ?? s.region,
      winner: partyName(s.winner),
      cell: painted.seats.get(s.code)!.cell,
      sort: painted.seats.get(s.code)!.sort,
    })),
    'name',
    'ascending',
  );
  const parties = mapParties(opts.area);
  const config: MapClientConfig = {
    base: opts.base,
    area: opts.area,
    areaName: titleCtx.areaName,
    idPrefix: opts.idPrefix,
    defaults: { kind: opts.kind, election: opts.election, mode: modeKey(opts.mode) },
    elections: ELECTIONS.map((x) => ({
      id: x.id,
      label: x.label,
      set: x.boundarySet,
      previous: x.previous ? election(x.previous).label : null,
    })),
    parties: parties.map((p) => ({ code: p, name: partyName(p) })),
    party: mapDefaultParty(opts.area, opts.election),
    domains: mapDomains('all'),
    layers: mapLayers(opts.area),
    regions: REGIONS.map((r) => ({ code: r.code, name: r.name, slug: r.slug })),
    zoom: opts.area === 'uk',
  };
  return {
    idPrefix: opts.idPrefix,
    title,
    svg,
    regionBorders: geom.regionMesh !== '',
    legendSvg,
    legend: painted.legend,
    notes: viewNotes(opts.mode, titleCtx),
    valueHeader: valueHeader(opts.mode, titleCtx),
    rows,
    config,
    controls: {
      elections: ELECTIONS.map((x) => ({ value: x.id, label: x.label })),
      modes: [
        ...MODE_OPTIONS.filter((o) => o.value === 'winner' || mapMetrics(opts.area).includes(o.value)),
        ...mapLayers(opts.area).map((l) => ({
          value: `set-${l.id}`,
          label: `${l.title}${l.complete ? '' : ' (partial list)'}`,
        })),
      ],
      parties: parties.map((p: Party) => ({ value: p, label: partyName(p) })),
      zoom: opts.area === 'uk' ? REGIONS.map((r) => ({ value: r.code, label: r.name })) : [],
    },
  };
}

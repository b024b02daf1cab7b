// Builds a registry Graphic from a map view: the map SVG as the page draws it, legend swatches, notes and the seat rows.
import { election, isElectionId, type ElectionId } from '../lib/elections';
import { MISSING_COLOUR, type Legend } from '../lib/maps/colour';
import type { MapKind } from '../lib/maps/types';
import { MAP_CSV_COLUMNS, mapCsvRows } from '../lib/maps/values-csv';
import { modeKey, parseModeKey, type MapMode } from '../lib/maps/values-mode';
import { mapMetric } from '../lib/metrics/registry';
import { coverageLayers } from '../views/map-data';
import { mapFigureView, type MapFigureView } from '../views/map';
import { url } from '../site/paths';
import type { Graphic, LegendItem } from './types';

/**
 * A map's source line: the results of its election (and of the one its change is measured from), the boundaries or
 * the hex layout it is drawn on, and the seat set's sources for a set's map.
 */
export function mapSource(k: MapKey): string {
  const e = election(k.election);
  const measured = k.mode.kind !== 'set' && k.mode.kind !== 'winner' && mapMetric(k.mode.kind).needsPrevious;
  const elections = [e.id, ...(measured && e.previous ? [e.previous] : [])];
  const results = ['House of Commons Library (Open Parliament Licence v3.0)'];
  if (elections.includes('2010')) results.push('for 2010, Electoral Commission and British Election Study');
  if (elections.some((id) => election(id).notional))
    results.push('2019 notional results estimated by Groundwork from mySociety overlaps (CC BY 4.0)');
  if (k.mode.kind === 'set')
    results.push('seat set: compiled by Groundwork from the sources named on each row of its table (the data page)');
  const drawing =
    k.kind === 'hex'
      ? 'hex layout: Open Innovations (MIT)'
      : 'boundaries: ONS (Open Government Licence v3.0), contains OS data © Crown copyright and database right';
  return `${results.join('; ')}. ${drawing.charAt(0).toUpperCase()}${drawing.slice(1)}. Map: Groundwork.`;
}

export interface MapKey {
  kind: MapKind;
  election: ElectionId;
  mode: MapMode;
}

/** "hex-2024-winner", "geo-2019N-share-lab", "hex-2019-set-cou-2019". */
export function mapKey(k: MapKey): string {
  return `${k.kind}-${k.election}-${modeKey(k.mode)}`;
}

export function parseMapKey(key: string): MapKey {
  const m = /^(hex|geo)-(\d{4}N?)-(.+)$/.exec(key);
  const mode = m
    ? parseModeKey(
        m[3]!,
        coverageLayers('all').map((l) => l.id),
      )
    : null;
  if (!m || !isElectionId(m[2]!) || !mode) throw new Error(`not a map key: ${key}`);
  return { kind: m[1] as MapKind, election: m[2], mode };
}

/** Legend swatches: one per category, or one per labelled tick of a colour ramp, plus hatching when a seat has no value. */
export function legendItems(legend: Legend, anyMissing: boolean): LegendItem[] {
  const unit = legend.unit === '%' ? '' : legend.unit ? ` ${legend.unit}` : '';
  const items: LegendItem[] =
    legend.kind === 'categorical'
      ? (legend.items ?? []).map((i) => ({ label: i.label, colour: i.colour, mark: 'square' }))
      : (legend.ticks ?? []).map((t) => ({
          label: `${t.label}${unit}${t.side ? ` ${t.side}` : ''}`,
          colour: t.colour,
          mark: 'square',
        }));
  if (anyMissing) items.push({ label: `${legend.missing.label} (hatched)`, colour: MISSING_COLOUR, mark: 'square' });
  return items;
}

/** The Graphic of one map view; `permalink` is where the page shows it. */
export function mapGraphic(family: string, key: string, area: string, k: MapKey, permalink: string): Graphic {
  const v: MapFigureView = mapFigureView({
    area,
    idPrefix: `g-${family}-${key}`.replace(/[^A-Za-z0-9_-]/g, '-'),
    kind: k.kind,
    election: k.election,
    mode: k.mode,
    base: url(''),
    newTab: true,
    alone: true,
  });
  const box = /viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(v.svg);
  if (!box) throw new Error(`map ${key} has no viewBox`);
  const anyMissing = v.svg.includes('gw-map__seat--missing');
  const e = election(k.election);
  return {
    family,
    key,
    title: v.title.charAt(0).toUpperCase() + v.title.slice(1),
    description:
      `${v.legend.title}${v.legend.unit ? ` (${v.legend.unit})` : ''}, one shape per seat. ${v.notes.join(' ')}`.trim(),
    caption: [
      `Each ${k.kind === 'hex' ? 'hexagon' : 'shape'} is one constituency; every seat links to its page.`,
      ...v.notes,
    ].join(' '),
    permalink,
    source: mapSource(k),
    svg: v.svg,
    width: Number(box[3]),
    height: Number(box[4]),
    legend: legendItems(v.legend, anyMissing),
    data: { columns: MAP_CSV_COLUMNS, rows: mapCsvRows(v.rows, e.id, v.valueHeader) },
  };
}

// Headings and notes for a map view: the map's title, the table's value column, and what the reader should know.
import { countedAsOther, election, type ElectionId } from '../elections';
import { partyName } from '../parties';
import { mapMetric } from '../metrics/registry';
import { partyOfMetric } from './colour';
import type { CoverageLayer } from './values-coverage';
import { needsPrevious, type MapMode } from './values-mode';
import type { MapKind } from './types';

export interface TitleContext {
  election: ElectionId;
  /** Seats on the map and the area they cover, e.g. 650 and "the UK" or 75 and "London". */
  seats: number;
  areaName: string;
  layer?: CoverageLayer;
  /** The region the reader zoomed to, and its seats. */
  zoom?: { name: string; seats: number };
}

export function modeTitle(mode: MapMode, ctx: TitleContext): string {
  const prev = election(ctx.election).previous;
  const since = prev ? ` since ${election(prev).label}` : '';
  if (mode.kind === 'winner') return 'winning party';
  if (mode.kind === 'set') return ctx.layer ? `${ctx.layer.title}` : 'seat set';
  return mapMetric(mode.kind).map.title(partyOfMetric(mode), since);
}

/**
 * "2024, winning party: hex map of the 650 seats in the UK (2024 boundaries)"; a seat set's title names its own
 * election; zoomed to a region: "… hex map of the 75 seats in London (2024 boundaries), zoomed in from the UK".
 */
export function viewTitle(kind: MapKind, mode: MapMode, ctx: TitleContext): string {
  const e = election(ctx.election);
  const map = kind === 'hex' ? 'hex map (one equal hexagon per seat)' : 'geographic map';
  const bounds = e.boundarySet === '2010' ? '2010–2023 boundaries' : '2024 boundaries';
  const what = mode.kind === 'set' ? modeTitle(mode, ctx) : `${e.label}, ${modeTitle(mode, ctx)}`;
  if (ctx.zoom)
    return `${what}: ${map} of the ${ctx.zoom.seats} seats in ${ctx.zoom.name} (${bounds}), zoomed in from ${ctx.areaName}`;
  return `${what}: ${map} of the ${ctx.seats} seats in ${ctx.areaName} (${bounds})`;
}

/** Heading of the table's value column, with its unit. */
export function valueHeader(mode: MapMode, ctx: TitleContext): string {
  if (mode.kind === 'winner') return 'Result';
  if (mode.kind === 'set') return ctx.layer?.categoryLabel ?? 'In the set';
  return mapMetric(mode.kind).map.header(partyOfMetric(mode));
}

/** What to read alongside the map: estimates, missing comparisons, partial lists. Empty when nothing applies. */
export function viewNotes(mode: MapMode, ctx: TitleContext): string[] {
  const e = election(ctx.election);
  const notes: string[] = [];
  if (mode.kind === 'set' && ctx.layer) notes.push(ctx.layer.note);
  if (needsPrevious(mode) && !e.previous) {
    notes.push(
      `There is no earlier election on the ${e.boundarySet === '2010' ? '2010–2023' : '2024'} boundaries in the data, so every seat is hatched. Pick a later election.`,
    );
  }
  if ('party' in mode && countedAsOther(e.id, mode.party))
    notes.push(
      `The ${e.label} results file counts the ${partyName(mode.party)} among all other candidates, except where it came first or second: a hatched seat here is not one where it did not stand.`,
    );
  if (e.notional)
    notes.push(
      '2019 notional: the 2019 election as if fought on the 2024 seats. Winners and majorities are the official notional figures; party shares are Groundwork\u2019s estimates.',
    );
  if (e.id === '2024' && (needsPrevious(mode) || mode.kind === 'winner')) {
    notes.push(
      '2024 gains, holds and changes are measured against the 2019 notional result on the same (new) boundaries.',
    );
  }
  return notes;
}

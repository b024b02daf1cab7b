// Colours, accessible names, table cells and legend for one map view (mode x election), shared by build and browser.
import { MAP_METRICS } from '../metrics/registry';
import type { Party } from '../parties';
import { MISSING_COLOUR, numericScale, winnerScale, type Legend, type NumericMetric } from './colour';
import type { CoverageLayer } from './values-coverage';
import { cellText, numericValue, seatLabel, type LabelContext } from './values-label';
import { isNumericMode, modeKey, type MapMode } from './values-mode';
import type { ValuesFile } from './values';

/** Scale domains fixed across elections, by mode key: [lo, hi] for levels, [-max, max] for changes. */
export type Domains = Record<string, [number, number]>;

export interface PaintedSeat {
  fill: string;
  label: string;
  cell: string;
  /** Sort key for the table's value column (null sorts last). */
  sort: number | string | null;
}

export interface Painted {
  legend: Legend;
  seats: Map<string, PaintedSeat>;
}

function numericDomain(mode: NumericMetric, files: readonly ValuesFile[]): [number, number] {
  const values = files.flatMap((f) => f.seats.map((s) => numericValue(s, mode, f.election)!));
  return numericScale(mode, values).legend.domain ?? [0, 1];
}

/** Domains over every election, so a colour means the same value whichever election is shown. */
export function computeDomains(files: readonly ValuesFile[], parties: readonly Party[]): Domains {
  const modes = [
    ...MAP_METRICS.filter((m) => !m.perParty).map((m) => ({ kind: m.id }) as NumericMetric),
    ...parties.flatMap((party) =>
      MAP_METRICS.filter((m) => m.perParty).map((m) => ({ kind: m.id, party }) as NumericMetric),
    ),
  ];
  const out: Domains = {};
  for (const m of modes) out[modeKey(m)] = numericDomain(m, files);
  return out;
}

function setLegend(layer: CoverageLayer): Legend {
  return {
    title: `${layer.title}: ${layer.categoryLabel.toLowerCase()}`,
    unit: '',
    kind: 'categorical',
    items: [...layer.items, layer.outside],
    missing: { colour: MISSING_COLOUR, label: 'No value', reasons: [] },
  };
}

export function paint(file: ValuesFile, mode: MapMode, ctx: LabelContext, domains: Domains): Painted {
  const seats = new Map<string, PaintedSeat>();
  if (mode.kind === 'set') {
    const layer = ctx.layer;
    if (!layer) throw new Error(`paint: no layer for set ${mode.set}`);
    const colour = new Map(layer.items.map((i) => [i.key, i.colour]));
    const order = new Map(layer.items.map((i, n) => [i.key, n]));
    for (const s of file.seats) {
      const key = layer.seats[s.code];
      seats.set(s.code, {
        fill: key ? (colour.get(key) ?? layer.outside.colour) : layer.outside.colour,
        label: seatLabel(s, mode, ctx),
        cell: cellText(s, mode, ctx),
        sort: key ? (order.get(key) ?? null) : null,
      });
    }
    return { legend: setLegend(layer), seats };
  }
  if (!isNumericMode(mode)) {
    const scale = winnerScale(file.seats.map((s) => s.winner));
    for (const s of file.seats)
      seats.set(s.code, {
        fill: scale.colour(s.winner),
        label: seatLabel(s, mode, ctx),
        cell: cellText(s, mode, ctx),
        sort: s.winner,
      });
    return { legend: scale.legend, seats };
  }
  const values = file.seats.map((s) => numericValue(s, mode, file.election)!);
  const scale = numericScale(mode, values, domains[modeKey(mode)]);
  file.seats.forEach((s, i) => {
    const v = values[i]!;
    seats.set(s.code, {
      fill: scale.colour(v),
      label: seatLabel(s, mode, ctx),
      cell: cellText(s, mode, ctx),
      sort: typeof v === 'number' ? v : null,
    });
  });
  return { legend: scale.legend, seats };
}

// Map colour scales and their legends: party colours for winners, viridis for levels, brown-teal for changes.
import { color, interpolateBrBG, interpolateViridis, quantile, ticks as niceTicks } from 'd3';
import { legendUnit, NO_PARTY } from '../metrics/metric';
import { mapMetric, type PartyMetricId, type PlainMetricId } from '../metrics/registry';
import { describeMissing, isMissing, type Missing, type MissingReason } from '../missing';
import { PARTY_CODES, partyInfo, type Party } from '../parties';

/** A metric of the registry the map is coloured by (a per-party one with its party). */
export type NumericMetric = { kind: PlainMetricId } | { kind: PartyMetricId; party: Party };
export type MapMetric = { kind: 'winner' } | NumericMetric;
export type Value<T> = T | null | Missing;

/** Fill for seats with no value; the SVG renderer draws it hatched. No party uses this grey. */
export const MISSING_COLOUR = '#e4e4e4';

export interface LegendStop {
  value: number;
  colour: string;
  label: string;
  /** Which way the value leans, where the scale says ("towards Labour"). */
  side?: string;
}

export interface LegendItem {
  key: string;
  colour: string;
  label: string;
}

export interface Legend {
  title: string;
  /** Unit of the values ('%' or 'percentage points'); empty for categories. */
  unit: string;
  kind: 'categorical' | 'sequential' | 'diverging';
  /** Numeric scales: the domain (values outside are drawn at the nearest end), colour ramp samples and labelled ticks. */
  domain?: [number, number];
  stops?: LegendStop[];
  ticks?: LegendStop[];
  /** Categorical scales: one entry per category present. */
  items?: LegendItem[];
  /** What the two ends of a diverging scale mean. */
  note?: string;
  missing: { colour: string; label: string; reasons: { reason: MissingReason; label: string }[] };
}

export interface ColourScale<T> {
  colour(value: Value<T>): string;
  legend: Legend;
}

/** Smallest of 1, 2, 2.5, 5 x 10^k at or above x (x > 0). */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= x - 1e-9) ?? 10;
  return +(step * power).toPrecision(12);
}

/** Up to the next 10 (or, below 10, the next 1, 2, 2.5 or 5). */
export function roundUpPercent(x: number): number {
  return x <= 10 ? niceCeil(x) : Math.ceil(x / 10 - 1e-9) * 10;
}

const MINUS = '\u2212';

function formatNumber(v: number): string {
  return Math.abs(v).toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

function signed(v: number): string {
  return v === 0 ? '0' : `${v > 0 ? '+' : MINUS}${formatNumber(v)}`;
}

function numbers(values: readonly Value<number>[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

function missingLegend(values: readonly Value<unknown>[]): Legend['missing'] {
  const reasons = [...new Set(values.filter(isMissing).map((m) => m.missing))].sort();
  return {
    colour: MISSING_COLOUR,
    label: 'No value',
    reasons: reasons.map((reason) => ({ reason, label: describeMissing({ missing: reason }) })),
  };
}

const clamp01 = (t: number): number => Math.max(0, Math.min(1, t));

function sampleStops(domain: [number, number], at: (v: number) => string, n = 11): LegendStop[] {
  const [lo, hi] = domain;
  return Array.from({ length: n }, (_, i) => {
    const value = lo + ((hi - lo) * i) / (n - 1);
    return { value, colour: at(value), label: '' };
  });
}

/** The party of a per-party metric; the others ignore it. */
export function partyOfMetric(metric: NumericMetric): Party {
  return 'party' in metric ? metric.party : NO_PARTY;
}

function titleFor(metric: MapMetric): { title: string; unit: string } {
  if (metric.kind === 'winner') return { title: 'Winning party', unit: '' };
  const m = mapMetric(metric.kind);
  return { title: m.map.legendTitle(partyOfMetric(metric)), unit: legendUnit(m) };
}

/** Party colours for the parties present in `values`, in the site's party order. */
export function winnerScale(values: readonly Value<Party>[]): ColourScale<Party> {
  const present = new Set(values.filter((v): v is Party => typeof v === 'string'));
  return {
    colour: (v) => (typeof v === 'string' ? partyInfo(v).colour : MISSING_COLOUR),
    legend: {
      ...titleFor({ kind: 'winner' }),
      kind: 'categorical',
      items: PARTY_CODES.filter((p) => present.has(p)).map((p) => ({
        key: p,
        colour: partyInfo(p).colour,
        label: partyInfo(p).name,
      })),
      missing: missingLegend(values),
    },
  };
}

/** How a numeric scale colours and labels: `at` colours a value in the domain, `label` writes a tick. */
interface Ramp {
  kind: 'sequential' | 'diverging';
  domain: [number, number];
  at: (v: number) => string;
  ticks: number[];
  label: (value: number, i: number) => string;
  /** Which way a value leans ("towards Labour"), for a tick away from zero. */
  side?: (value: number) => string | undefined;
  note?: string;
}

/** A numeric scale and its legend: the ramp sampled across the domain, labelled ticks, the missing values. */
function rampScale(metric: NumericMetric, values: readonly Value<number>[], r: Ramp): ColourScale<number> {
  return {
    colour: (v) => (typeof v === 'number' && Number.isFinite(v) ? r.at(v) : MISSING_COLOUR),
    legend: {
      ...titleFor(metric),
      kind: r.kind,
      domain: r.domain,
      stops: sampleStops(r.domain, r.at),
      ticks: r.ticks.map((value, i) => {
        const side = r.side?.(value);
        return { value, colour: r.at(value), label: r.label(value, i), ...(side !== undefined && { side }) };
      }),
      ...(r.note !== undefined && { note: r.note }),
      missing: missingLegend(values),
    },
  };
}

/**
 * Viridis from low to high, from 0 or (a metric whose floor is 'low', such as turnout) the 2nd percentile rounded
 * down to 5. The top is the 98th percentile rounded up to the next 10, so one outlier cannot wash out the map;
 * pass the values of every election to keep the scale the same across elections.
 */
export function sequentialScale(
  metric: NumericMetric,
  values: readonly Value<number>[],
  domain?: [number, number],
): ColourScale<number> {
  const xs = numbers(values).sort((a, b) => a - b);
  const hi = domain?.[1] ?? Math.min(100, roundUpPercent(quantile(xs, 0.98) ?? 100));
  const low = mapMetric(metric.kind).map.floor === 'low';
  const lo = domain?.[0] ?? (low ? Math.floor((quantile(xs, 0.02) ?? 0) / 5) * 5 : 0);
  const span = hi - lo || 1;
  const at = (v: number): string => color(interpolateViridis(clamp01((v - lo) / span)))!.formatHex();
  const over = xs.length > 0 && xs[xs.length - 1]! > hi;
  const under = xs.length > 0 && xs[0]! < lo;
  const ticks = niceTicks(lo, hi, 5);
  return rampScale(metric, values, {
    kind: 'sequential',
    domain: [lo, hi],
    at,
    ticks,
    label: (value, i) => {
      const prefix = i === 0 && under ? '≤ ' : i === ticks.length - 1 && over && value === hi ? '≥ ' : '';
      return `${prefix}${formatNumber(value)}%`;
    },
  });
}

/** Position on the brown-teal ramp: 0.5 at zero, symmetric, clamped to [0.05, 0.95] so the ends are not near-black. */
export function divergingPosition(v: number, max: number): number {
  return 0.5 + 0.45 * Math.max(-1, Math.min(1, v / max));
}

/**
 * ColorBrewer BrBG, symmetric round zero: teal for rises (towards the Conservatives, for swing), brown for falls
 * (towards Labour). BrBG is safe for the common colour-vision deficiencies, its two arms have matching lightness
 * (within 3 L*), and neither end looks like a party colour. The domain is ±(98th percentile of |value|), made nice.
 */
export function divergingScale(
  metric: NumericMetric,
  values: readonly Value<number>[],
  max?: number,
): ColourScale<number> {
  const abs = numbers(values)
    .map(Math.abs)
    .sort((a, b) => a - b);
  const m = max ?? niceCeil(quantile(abs, 0.98) ?? 1);
  const at = (v: number): string => color(interpolateBrBG(divergingPosition(v, m)))!.formatHex();
  const beyond = abs.length > 0 && abs[abs.length - 1]! > m;
  return rampScale(metric, values, {
    kind: 'diverging',
    domain: [-m, m],
    at,
    ticks: [-m, -m / 2, 0, m / 2, m],
    label: (value) => {
      const prefix = beyond && value === -m ? '≤ ' : beyond && value === m ? '≥ ' : '';
      return `${prefix}${signed(value)}`;
    },
    side: (value) => {
      const sides = mapMetric(metric.kind).map.sides;
      return sides && value !== 0 ? sides[value < 0 ? 0 : 1] : undefined;
    },
    note: mapMetric(metric.kind).map.note ?? '',
  });
}

export function scaleFor(metric: { kind: 'winner' }, values: readonly Value<Party>[]): ColourScale<Party>;
export function scaleFor(metric: NumericMetric, values: readonly Value<number>[]): ColourScale<number>;
export function scaleFor(
  metric: MapMetric,
  values: readonly Value<Party>[] | readonly Value<number>[],
): ColourScale<Party> | ColourScale<number> {
  if (metric.kind === 'winner') return winnerScale(values as readonly Value<Party>[]);
  return numericScale(metric, values as readonly Value<number>[]);
}

/** The metric's own kind of scale; `domain` fixes it ([lo, hi], or [-max, max] for a diverging scale). */
export function numericScale(
  metric: NumericMetric,
  values: readonly Value<number>[],
  domain?: [number, number],
): ColourScale<number> {
  return mapMetric(metric.kind).map.scale === 'diverging'
    ? divergingScale(metric, values, domain?.[1])
    : sequentialScale(metric, values, domain);
}

/** WCAG relative luminance of a CSS colour. */
export function luminance(css: string): number {
  const c = color(css)?.rgb();
  if (!c) throw new Error(`not a colour: ${css}`);
  const lin = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white text, whichever contrasts more with the background. */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

// Map colours for membership: viridis for members and members per 1,000 electors, brown-teal round zero for change.
import { color, interpolateBrBG, interpolateViridis, nice, quantile, ticks as niceTicks } from 'd3';
import { divergingPosition, MISSING_COLOUR, type Legend, type LegendStop } from '../maps/colour';
import type { MapMode, SeatValue } from './measures';
import { longDate } from './wording';

export interface MembershipScale {
  colour(v: SeatValue): string;
  legend: Legend;
}

const MINUS = '\u2212';

function fmt(v: number): string {
  const s = Math.abs(v).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return v < 0 ? `${MINUS}${s}` : s;
}

function titleOf(mode: MapMode): { title: string; unit: string } {
  switch (mode.kind) {
    case 'members':
      return { title: `Members on ${longDate(mode.date)}`, unit: '' };
    case 'per1000':
      return { title: `Members per 1,000 electors on ${longDate(mode.date)}`, unit: '' };
    case 'change': {
      const span = `${longDate(mode.from)} to ${longDate(mode.to)}`;
      if (mode.measure === 'percent') return { title: `Change in members, ${span}`, unit: '%' };
      if (mode.measure === 'per1000') return { title: `Change in members per 1,000 electors, ${span}`, unit: '' };
      return { title: `Change in members, ${span}`, unit: '' };
    }
  }
}

function stops(lo: number, hi: number, at: (v: number) => string): LegendStop[] {
  return Array.from({ length: 11 }, (_, i) => {
    const value = lo + ((hi - lo) * i) / 10;
    return { value, colour: at(value), label: '' };
  });
}

const MISSING = { colour: MISSING_COLOUR, label: 'No figure', reasons: [] };

/** The top of a scale: the 98th percentile of the values, rounded up to a tick d3 would draw. */
function niceTop(sorted: readonly number[]): number {
  const q = quantile(sorted, 0.98) ?? 1;
  return q > 0 ? nice(0, q, 5)[1] : 1;
}

export function membershipScale(mode: MapMode, values: readonly SeatValue[]): MembershipScale {
  const xs = values.flatMap((v) => ('value' in v && Number.isFinite(v.value) ? [v.value] : [])).sort((a, b) => a - b);
  const { title, unit } = titleOf(mode);
  const suffix = unit === '%' ? '%' : '';
  const colourOf = (at: (v: number) => string) => (v: SeatValue) =>
    'value' in v && Number.isFinite(v.value) ? at(v.value) : MISSING_COLOUR;
  if (mode.kind === 'change') {
    const m = niceTop(xs.map(Math.abs).sort((a, b) => a - b));
    const at = (v: number) => color(interpolateBrBG(divergingPosition(v, m)))!.formatHex();
    const beyond = xs.some((v) => Math.abs(v) > m);
    return {
      colour: colourOf(at),
      legend: {
        title,
        unit,
        kind: 'diverging',
        domain: [-m, m],
        stops: stops(-m, m, at),
        ticks: [-m, -m / 2, 0, m / 2, m].map((value) => ({
          value,
          colour: at(value),
          label: `${beyond && Math.abs(value) === m ? (value < 0 ? '≤ ' : '≥ ') : ''}${value > 0 ? '+' : ''}${fmt(value)}${suffix}`,
        })),
        note: 'Teal: membership grew. Brown: membership fell.',
        missing: MISSING,
      },
    };
  }
  const hi = niceTop(xs);
  const at = (v: number) => color(interpolateViridis(Math.max(0, Math.min(1, v / hi))))!.formatHex();
  const over = xs.some((v) => v > hi);
  const tickValues = niceTicks(0, hi, 5);
  return {
    colour: colourOf(at),
    legend: {
      title,
      unit,
      kind: 'sequential',
      domain: [0, hi],
      stops: stops(0, hi, at),
      ticks: tickValues.map((value, i) => ({
        value,
        colour: at(value),
        label: `${over && i === tickValues.length - 1 && value === hi ? '≥ ' : ''}${fmt(value)}`,
      })),
      missing: MISSING,
    },
  };
}

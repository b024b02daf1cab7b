// Layout of the test-your-own-seats chart without any library: the same strip of seats as the claim charts
// (dots per group, averages with intervals, a line for the regional figure), as plain shapes for an SVG.
import type { StripInput } from './claim-strip';
import { charsIn, textWidth, wrapText } from '../lib/export/wrap';
import { jitter } from './claim-jitter';
import { stripValues } from './strip-values';

export type Shape =
  | { kind: 'circle'; cx: number; cy: number; r: number; cls: string; title?: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; cls: string }
  | { kind: 'polygon'; points: string; cls: string; title?: string }
  | { kind: 'text'; x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; cls: string };

export interface StripLayout {
  width: number;
  height: number;
  shapes: Shape[];
}

const ROW = 40;
const PANEL_TITLE = 34;
const AXIS = 40;
const GAP = 14;
const FONT = 12;
const LINE = 15;

/** Tick step giving about five to eight ticks over the range. */
export function tickStep(range: number): number {
  for (const s of [0.5, 1, 2, 5, 10, 20, 50]) if (range / s <= 8) return s;
  return 100;
}

export function stripLayout(
  input: Omit<StripInput, 'kind'>,
  opts: { width?: number; marginLeft?: number } = {},
): StripLayout {
  const width = opts.width ?? 640;
  const left = opts.marginLeft ?? 170;
  const right = 16;
  const values = stripValues(input);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = tickStep(max - min || 1);
  const lo = Math.floor(min / step) * step;
  const hi = Math.max(Math.ceil(max / step) * step, lo + step);
  const x = (v: number) => left + ((v - lo) / (hi - lo)) * (width - left - right);
  const rowOf = new Map(input.groups.map((g, i) => [g, i]));
  const panelHeight = PANEL_TITLE + input.groups.length * ROW + AXIS;
  const shapes: Shape[] = [];
  input.panels.forEach((panel, p) => {
    const top = p * (panelHeight + GAP);
    const rowsTop = top + PANEL_TITLE;
    const rowsBottom = rowsTop + input.groups.length * ROW;
    shapes.push({ kind: 'text', x: 0, y: top + 14, text: panel, anchor: 'start', cls: 'panel-title' });
    for (let t = lo; t <= hi + 1e-9; t += step) {
      const tx = x(t);
      shapes.push({ kind: 'line', x1: tx, y1: rowsTop, x2: tx, y2: rowsBottom, cls: t === 0 ? 'zero' : 'grid' });
      const label = Math.abs(t) < 1e-9 ? '0' : `${t > 0 ? '+' : '\u2212'}${Number(Math.abs(t).toFixed(1))}`;
      shapes.push({ kind: 'text', x: tx, y: rowsBottom + 16, text: label, anchor: 'middle', cls: 'tick' });
    }
    input.groups.forEach((g, i) =>
      shapes.push({
        kind: 'text',
        x: left - 8,
        y: rowsTop + i * ROW + ROW * 0.45,
        text: g,
        anchor: 'end',
        cls: 'group',
      }),
    );
    for (const r of input.rules.filter((r) => r.panel === panel)) {
      shapes.push({
        kind: 'line',
        x1: x(r.value),
        y1: rowsTop - 4,
        x2: x(r.value),
        y2: rowsBottom,
        cls: r.kind === 'claim' ? 'claim' : 'benchmark',
      });
      // Centred on its line, but moved along when that would run past either edge of the chart.
      const half = textWidth(r.label, FONT) / 2;
      const lx = Math.min(Math.max(x(r.value), half), width - half);
      shapes.push({ kind: 'text', x: lx, y: rowsTop - 8, text: r.label, anchor: 'middle', cls: 'rule-label' });
    }
    for (const d of input.dots.filter((d) => d.panel === panel)) {
      const row = rowOf.get(d.group) ?? 0;
      shapes.push({
        kind: 'circle',
        cx: x(d.value),
        cy: rowsTop + row * ROW + ROW * 0.38 + 7 * jitter(d.code),
        r: d.highlight ? 4.5 : 2.8,
        cls: d.highlight ? 'chosen' : 'other',
        title: `${d.name}: ${d.value.toFixed(1)}`,
      });
    }
    for (const s of input.summaries.filter((s) => s.panel === panel)) {
      const cy = rowsTop + (rowOf.get(s.group) ?? 0) * ROW + ROW * 0.82;
      if (s.low !== null && s.high !== null)
        shapes.push({ kind: 'line', x1: x(s.low), y1: cy, x2: x(s.high), y2: cy, cls: 'interval' });
      const cx = x(s.estimate);
      shapes.push({
        kind: 'polygon',
        points: `${cx},${cy - 6} ${cx + 6},${cy} ${cx},${cy + 6} ${cx - 6},${cy}`,
        cls: 'average',
        title: `Average: ${s.estimate.toFixed(1)}`,
      });
    }
  });
  // The axis label is centred under the plot, moved in from an edge or wrapped when it would not fit.
  const lines = wrapText(input.xLabel, charsIn(width - 8, FONT));
  const height = input.panels.length * (panelHeight + GAP) - GAP + (lines.length - 1) * LINE;
  lines.forEach((line, i) => {
    const half = textWidth(line, FONT) / 2;
    const lx = Math.min(Math.max(left + (width - left - right) / 2, half), width - half);
    shapes.push({
      kind: 'text',
      x: lx,
      y: height - 4 - (lines.length - 1 - i) * LINE,
      text: line,
      anchor: 'middle',
      cls: 'axis-label',
    });
  });
  return { width, height, shapes };
}

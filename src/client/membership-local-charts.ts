// Browser charts for the membership tool (Observable Plot): one seat's members over time, and the analysis scatter.
// Finished by the build's step (src/charts/finish.ts) without Plot's <style>: the page stylesheet sizes and styles it.
import * as Plot from '@observablehq/plot';
import { finishPlot } from '../charts/finish';
import { placeScatterLabels, type PlacedLabel } from '../charts/scatter-labels';
import type { AnalysisResult } from '../lib/membership/analysis';
import type { ReferenceElection } from '../lib/membership/reference';
import { isSuppressed, type DatasetRecord } from '../lib/membership/types';
import { longDate, measureWords } from '../lib/membership/wording';

function finish(node: SVGSVGElement | HTMLElement, label: string, description: string): SVGSVGElement {
  return finishPlot(node, { label, description }) as SVGSVGElement;
}

const utc = (d: string) => new Date(`${d}T00:00:00Z`);

export function trendChart(
  seatName: string,
  records: readonly DatasetRecord[],
  elections: readonly ReferenceElection[],
  width = 640,
): SVGSVGElement {
  const points = records
    .filter((r) => !isSuppressed(r.members))
    .map((r) => ({ date: utc(r.date), members: r.members as number }));
  const dates = records.map((r) => utc(r.date).getTime());
  const lo = Math.min(...dates);
  const hi = Math.max(...dates);
  const shown = elections.filter(
    (e) => utc(e.date).getTime() >= lo - 400 * 864e5 && utc(e.date).getTime() <= hi + 400 * 864e5,
  );
  const node = Plot.plot({
    width,
    height: width < 480 ? 220 : 260,
    marginLeft: 50,
    marginRight: 48,
    x: { type: 'utc', label: null },
    y: { label: 'Members', grid: true, zero: true },
    marks: [
      Plot.ruleX(shown, {
        x: (e: ReferenceElection) => utc(e.date),
        stroke: 'currentColor',
        strokeOpacity: 0.35,
        strokeDasharray: '3,3',
      }),
      Plot.text(shown, {
        x: (e: ReferenceElection) => utc(e.date),
        frameAnchor: 'top',
        text: (e: ReferenceElection) => `GE ${e.label}`,
        dx: 3,
        textAnchor: 'start',
        fontSize: 10,
      }),
      Plot.line(points, { x: 'date', y: 'members', stroke: '#0b5cad', strokeWidth: 2 }),
      Plot.dot(points, { x: 'date', y: 'members', fill: '#0b5cad', r: 3.5 }),
      Plot.ruleY([0]),
    ],
  });
  const first = points[0];
  const last = points[points.length - 1];
  const words =
    first && last && points.length > 1
      ? `Members went from ${first.members.toLocaleString('en-GB')} to ${last.members.toLocaleString('en-GB')} over ${points.length} dates.`
      : `${points.length} date${points.length === 1 ? '' : 's'} with a figure.`;
  const [firstDate, lastDate] = [records[0]?.date, records[records.length - 1]?.date];
  const span =
    firstDate && lastDate ? `, ${longDate(firstDate)}${lastDate !== firstDate ? ` to ${longDate(lastDate)}` : ''}` : '';
  return finish(
    node,
    `Members in ${seatName}${span}`,
    `${words} Dashed lines mark general elections. The table below has every figure.`,
  );
}

/** Seats named beside their dots, up to this many (more would crowd the chart; the table names them all). */
const MAX_LABELLED = 25;

export function scatterChart(a: AnalysisResult, width = 640): SVGSVGElement {
  const m = measureWords(a.options.measure);
  const draw = (labels: Plot.Markish[]) =>
    Plot.plot({
      width,
      height: width < 480 ? 320 : 380,
      marginLeft: 56,
      marginTop: 30,
      marginBottom: 44,
      x: { label: `${m.unit[0]!.toUpperCase()}${m.unit.slice(1)} →`, grid: true },
      y: { label: `↑ Change in Labour share, ${a.before.label} to ${a.after.label} (points)`, grid: true },
      marks: [
        Plot.ruleX([0], { strokeOpacity: 0.5 }),
        Plot.ruleY([0], { strokeOpacity: 0.5 }),
        Plot.dot(a.rows, { x: 'change', y: 'labChange', fill: '#0b5cad', fillOpacity: 0.75, stroke: '#ffffff', r: 5 }),
        ...labels,
      ],
    });
  let node = draw([]);
  if (a.rows.length <= MAX_LABELLED) {
    // Drawn once to learn where the dots fall, then again with each name where it overlaps no other (scatter-labels).
    const x = node.scale('x')!;
    const y = node.scale('y')!;
    const [left, right] = x.range as [number, number];
    const spots = a.rows.map((r) => ({
      x: x.apply(r.change) as number,
      y: y.apply(r.labChange) as number,
      text: r.name,
    }));
    const groups = new Map<string, { place: Omit<PlacedLabel, 'index'>; rows: typeof a.rows }>();
    for (const { index, ...place } of placeScatterLabels(spots, { left, right, fontSize: 10, gap: 10 })) {
      const key = `${place.dx} ${place.dy} ${place.anchor}`;
      if (!groups.has(key)) groups.set(key, { place, rows: [] });
      groups.get(key)!.rows.push(a.rows[index]!);
    }
    node = draw(
      [...groups.values()].map((g) =>
        Plot.text(g.rows, {
          x: 'change',
          y: 'labChange',
          text: 'name',
          dx: g.place.dx,
          dy: g.place.dy,
          textAnchor: g.place.anchor,
          fontSize: 10,
        }),
      ),
    );
  }
  return finish(
    node,
    `Membership change (${longDate(a.options.from)} to ${longDate(a.options.to)}) against the change in Labour's share (${a.before.label} to ${a.after.label}), ${a.rows.length} seats`,
    `Each dot is a seat: across, the ${m.unit}; up, the change in Labour's share from ${a.before.label} to ${a.after.label}. The table below lists every seat.`,
  );
}

// Chart spec: a region's vote share by party at each election, with the break where the 2024 boundaries begin.
import type * as PlotTypes from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import type { BoundarySet } from '../lib/elections';
import { pct } from '../lib/format/numbers';
import type { Party } from '../lib/parties';
import { casedLine } from './cased';
import { spreadLabels } from './seat-history';
import { isNarrow } from './render';

export interface RegionShareInput {
  label: string;
  set: BoundarySet;
  shares: Partial<Record<Party, number>>;
}

export interface RegionSharePoint {
  /** Position of the election on the x axis (0 = first). */
  i: number;
  election: string;
  party: string;
  /** Lines are drawn within one boundary set, never across the change. */
  line: string;
  set: BoundarySet;
  share: number;
}

export function regionSharePoints(
  rows: readonly RegionShareInput[],
  parties: readonly { code: Party; short: string }[],
): RegionSharePoint[] {
  return rows.flatMap((r, i) =>
    parties.flatMap((p) => {
      const share = r.shares[p.code];
      return share === undefined
        ? []
        : [{ i, election: r.label, party: p.short, line: `${p.short} ${r.set}`, set: r.set, share }];
    }),
  );
}

/** Index of the first election on the 2024 boundaries, or -1 when every row is on one set. */
export function boundaryBreak(rows: readonly RegionShareInput[]): number {
  const i = rows.findIndex((r) => r.set === '2024');
  return i > 0 && rows[i - 1]!.set !== '2024' ? i : -1;
}

export function regionSharesSpec(
  rows: readonly RegionShareInput[],
  parties: readonly { code: Party; short: string; colour: string }[],
  opts: { width?: number } = {},
): PlotTypes.PlotOptions {
  const width = opts.width ?? 640;
  // Under 480 px the text is set at 12 px in a 360 px drawing and "2019 notional" takes two lines.
  const narrow = isNarrow(width);
  const points = regionSharePoints(rows, parties);
  const present = parties.filter((p) => points.some((d) => d.party === p.short));
  const yMax = Math.max(50, ...points.map((p) => Math.ceil((p.share + 5) / 10) * 10));
  const height = 320;
  const last = rows.length - 1;
  const labels = spreadLabels(
    points.filter((p) => p.i === last),
    (13 / (height - 60)) * yMax,
  );
  const cut = boundaryBreak(rows);
  return {
    width,
    height,
    marginRight: narrow ? 84 : 78,
    marginBottom: 40,
    ...(narrow ? { style: { fontSize: '12px' } } : {}),
    x: {
      domain: [-0.3, last + 0.3],
      ticks: rows.map((_, i) => i),
      tickFormat: (i: number) => (narrow ? (rows[i]?.label ?? '').replace(' ', '\n') : (rows[i]?.label ?? '')),
      label: null,
    },
    y: { label: 'Share of valid votes (%)', domain: [0, yMax], grid: true },
    color: { domain: present.map((p) => p.short), range: present.map((p) => p.colour) },
    marks: [
      Plot.ruleY([0]),
      ...(cut > 0
        ? [
            Plot.ruleX([cut - 0.5], { stroke: 'currentColor', strokeDasharray: '4 3', strokeOpacity: 0.7 }),
            Plot.text([cut - 0.5], {
              x: (d: number) => d,
              y: yMax,
              text: () => 'New boundaries →',
              textAnchor: 'start',
              dx: 4,
              dy: 6,
              fill: 'currentColor',
            }),
          ]
        : []),
      ...casedLine(points, { x: 'i', y: 'share', stroke: 'party', z: 'line', strokeWidth: 2.5 }),
      Plot.dot(points, { x: 'i', y: 'share', fill: 'party', r: 3.5, stroke: 'currentColor', strokeWidth: 0.5 }),
      Plot.text(labels, {
        x: 'i',
        y: 'labelY',
        text: (d: RegionSharePoint) => `${d.party} ${pct(d.share)}`,
        dx: 8,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
    ],
  };
}

// Chart spec: each party's vote share at every election a seat was fought on the same boundaries.
import type * as PlotTypes from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { election, type ElectionId } from '../lib/elections';
import { PARTY_CODES, partyInfo, type Party } from '../lib/parties';
import type { SeatMetrics } from '../lib/schema/metrics';
import { casedLine } from './cased';

export interface SharePoint {
  election: string;
  party: string;
  share: number;
  estimated: boolean;
}

/** Parties that reached `threshold` percent at least once; the rest are left to the table. */
export function sharePoints(rows: readonly SeatMetrics[], threshold = 3): SharePoint[] {
  const keep = new Set<Party>();
  for (const r of rows)
    for (const [p, s] of Object.entries(r.shares) as [Party, number][])
      if (s >= threshold && p !== 'other') keep.add(p);
  const out: SharePoint[] = [];
  for (const r of rows) {
    for (const p of keep) {
      const share = r.shares[p];
      if (share === undefined) continue;
      out.push({
        election: election(r.election).label,
        party: partyInfo(p).short,
        share,
        estimated: r.estimated && r.election === '2019N',
      });
    }
  }
  return out;
}

/** Moves end labels apart so that none is closer than `gap` (in data units) to its neighbour. */
export function spreadLabels<T extends { share: number }>(
  items: readonly T[],
  gap: number,
): (T & { labelY: number })[] {
  const sorted = [...items].sort((a, b) => a.share - b.share).map((d) => ({ ...d, labelY: d.share }));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    if (sorted[i]!.labelY - prev.labelY < gap) sorted[i]!.labelY = prev.labelY + gap;
  }
  return sorted;
}

export function seatHistorySpec(rows: readonly SeatMetrics[], opts: { width?: number } = {}): PlotTypes.PlotOptions {
  const points = sharePoints(rows);
  const parties = [...new Set(points.map((p) => p.party))];
  const colourOf = (short: string) => {
    const code = PARTY_CODES.find((p) => partyInfo(p).short === short)!;
    return partyInfo(code).colour;
  };
  const order = rows.map((r) => election(r.election as ElectionId).label);
  const yMax = Math.max(60, ...points.map((p) => p.share + 5));
  const height = 300;
  const labels = spreadLabels(
    points.filter((p) => p.election === order[order.length - 1] && p.share >= 1),
    (13 / (height - 50)) * yMax,
  );
  return {
    width: opts.width ?? 640,
    height,
    marginRight: 70,
    style: { background: 'transparent', fontSize: '12px' },
    x: { domain: order, label: null, type: 'point', padding: 0.3 },
    y: { label: 'Share of valid votes (%)', domain: [0, yMax], grid: true },
    color: { domain: parties, range: parties.map(colourOf) },
    marks: [
      Plot.ruleY([0]),
      ...casedLine(points, { x: 'election', y: 'share', stroke: 'party', strokeWidth: 2.5, z: 'party' }),
      Plot.dot(points, { x: 'election', y: 'share', fill: 'party', r: 4, stroke: 'currentColor', strokeWidth: 0.5 }),
      Plot.text(labels, {
        x: 'election',
        y: 'labelY',
        text: (d: SharePoint) => `${d.party} ${d.share.toFixed(1)}%`,
        dx: 8,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
    ],
  };
}

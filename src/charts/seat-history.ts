// Chart spec: each party's vote share at every election a seat was fought on the same boundaries.
import type * as PlotTypes from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { election, type ElectionId } from '../lib/elections';
import { PARTY_CODES, partyInfo, RENAMED, type Party } from '../lib/parties';
import type { SeatMetrics } from '../lib/schema/metrics';
import { casedLine } from './cased';

export interface SharePoint {
  election: string;
  /** The line's party (short name): a renamed party's points are on its later name's line. */
  party: string;
  /** The code the party stood under at that election (the Brexit Party's for Reform UK's 2019 point). */
  stoodAs: Party;
  share: number;
  estimated: boolean;
}

/**
 * Parties drawn under their new name: a party that stood again renamed on the same chart is one line under that name
 * (the Brexit Party's 2019 share begins Reform UK's line, as its 2024 change is measured from it).
 */
function renamedOnChart(keep: ReadonlySet<Party>): Party[] {
  return [...keep].filter((p) => RENAMED[p] !== undefined && keep.has(RENAMED[p]!));
}

/** The caption's note for each party drawn under its new name ('' when none). */
export function renamedNote(rows: readonly SeatMetrics[], threshold = 3): string {
  return renamedOnChart(keptParties(rows, threshold))
    .map(
      (p) =>
        ` ${partyInfo(RENAMED[p]!).name}'s line begins with the ${partyInfo(p).name}'s share: the same party, renamed.`,
    )
    .join('');
}

function keptParties(rows: readonly SeatMetrics[], threshold: number): Set<Party> {
  const keep = new Set<Party>();
  for (const r of rows)
    for (const [p, s] of Object.entries(r.shares) as [Party, number][])
      if (s >= threshold && p !== 'other') keep.add(p);
  if (rows.some((r) => r.winner === 'other' || r.second === 'other')) keep.add('other');
  return keep;
}

/**
 * Parties that reached `threshold` percent at least once; the rest are left to the table. All other candidates
 * together are drawn only where they hold the winner or runner-up (an independent who came second), so the chart
 * does not show a close race as a walkover.
 */
export function sharePoints(rows: readonly SeatMetrics[], threshold = 3): SharePoint[] {
  const keep = keptParties(rows, threshold);
  const merged = new Set(renamedOnChart(keep));
  const series = (p: Party): Party => (merged.has(p) ? RENAMED[p]! : p);
  const out: SharePoint[] = [];
  for (const r of rows) {
    for (const p of keep) {
      const share = r.shares[p];
      if (share === undefined) continue;
      out.push({
        election: election(r.election).label,
        party: partyInfo(series(p)).short,
        stoodAs: p,
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

/** A dot's radius, and how far apart (px) tied dots are set side by side. */
const DOT_R = 4;
const DODGE = 2 * DOT_R;

/**
 * Horizontal nudges (px) for dots that would hide one another: parties whose shares at one election are closer than
 * `gap` (data units) form a run and are set side by side around the election, in order of share; others get 0.
 */
export function dotNudges(points: readonly SharePoint[], gap: number): number[] {
  const nudges = points.map(() => 0);
  const byElection = new Map<string, number[]>();
  points.forEach((p, i) => byElection.set(p.election, [...(byElection.get(p.election) ?? []), i]));
  for (const idx of byElection.values()) {
    const sorted = idx.sort((a, b) => points[a]!.share - points[b]!.share || a - b);
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && points[sorted[i]!]!.share - points[sorted[i - 1]!]!.share < gap) continue;
      const run = sorted.slice(start, i);
      run.forEach((k, j) => (nudges[k] = (j - (run.length - 1) / 2) * DODGE));
      start = i;
    }
  }
  return nudges;
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
  // Dots closer than a radius on the page would hide one another (Lagan Valley 2019: Sinn Féin and the SDLP both
  // 4.3%).
  const nudges = dotNudges(points, (DOT_R / (height - 50)) * yMax);
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
      Plot.dot(points, {
        x: 'election',
        y: 'share',
        fill: 'party',
        r: DOT_R,
        stroke: 'currentColor',
        strokeWidth: 0.5,
        // Nudged in place (each circle's cx), so a tie costs no more markup than the dots themselves.
        render: (index, scales, values, dimensions, context, next) => {
          const x = values.x && Array.from(values.x, (v, i) => Number(v) + nudges[i]!);
          return next!(index, scales, { ...values, x } as typeof values, dimensions, context);
        },
      }),
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

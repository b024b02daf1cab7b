// Graphic family "seat-history": each seat's vote-share chart across the elections on its boundaries, keyed by ONS code.
import { seatCardPath } from '../site/paths';
import { renamedNote, seatHistorySpec, sharePoints } from '../charts/seat-history';
import { partyInfo } from '../lib/parties';
import { seats } from '../data/index';
import { ELECTIONS } from '../lib/elections';
import { seatView, type SeatView } from '../views/seat';
import { partyCodeByShort, partyLegend } from './party-legend';
import { plotSvgs } from './plot-svg';
import { sharedWork } from '../server/shared-work';
import type { Graphic, GraphicFamily } from './types';
import { roundTo } from '../lib/format/numbers';

const COLUMNS = ['ons_code', 'constituency', 'election', 'party', 'stood_as', 'share_pct', 'estimated'] as const;

function sourceLine(v: SeatView): string {
  const parts = ['House of Commons Library (Open Parliament Licence v3.0)'];
  if (v.elections.some((b) => b.id === '2010')) parts.push('for 2010, Electoral Commission and British Election Study');
  if (v.elections.some((b) => b.estimated))
    parts.push('2019 notional shares estimated by Groundwork from mySociety overlaps (CC BY 4.0)');
  return `${parts.join('; ')}. Chart: Groundwork.`;
}

function titleOf(v: SeatView): string {
  return `Vote share by party in ${v.seat.name}, ${v.elections[0]!.label} to ${v.latest.label}`;
}

function describe(v: SeatView): string {
  const latest = v.latest.rows
    .slice(0, 3)
    .map((r) => `${r.name} ${r.share.toFixed(1)}%`)
    .join(', ');
  return `Lines show each main party's share of the valid vote at each election on these boundaries. ${v.latest.label}: ${latest}.`;
}

/** The seat's chart drawn wide and narrow: the build's largest piece of work, shared with a worker thread. */
const drawings = sharedWork(
  'groundwork.seat-history.drawings',
  import.meta.url,
  () => seatHistory.keys(),
  (code: string) => {
    const v = seatView(code);
    const rows = v.elections.map((b) => b.metrics);
    return plotSvgs(
      (o) => seatHistorySpec(rows, o),
      { label: titleOf(v), description: describe(v) },
      'seat-history',
      code,
      340,
    );
  },
);

/**
 * Starts drawing the seats' charts on the worker thread. Called when a build renders its first page
 * (src/middleware.ts): the worker then gets ahead while the pages before the first chart are rendered, instead of
 * starting when the first page with a chart asks and leaving the main thread to draw about half of them.
 */
export function startSeatHistoryDrawings(): void {
  drawings.start();
}

export function buildSeatHistory(code: string): Graphic {
  const v = seatView(code);
  const rows = v.elections.map((b) => b.metrics);
  const title = titleOf(v);
  const estimated = v.elections.some((b) => b.estimated);
  const points = sharePoints(rows);
  const idOfLabel = new Map(ELECTIONS.map((e) => [e.label, e.id]));
  return {
    family: 'seat-history',
    key: code,
    title,
    description: describe(v),
    caption: `Share of valid votes, ${v.seat.name}.${estimated ? ' The 2019 notional shares are Groundwork’s estimates, shared out from the old seats by population.' : ''} Parties under 3% at every election are in the tables only.${points.some((p) => p.party === partyInfo('other').short) ? ' Other is all other candidates together, drawn because they include the winner or runner-up.' : ''}${renamedNote(rows)}`,
    permalink: `seat/${code}/#vote-share`,
    source: sourceLine(v),
    // Drawn when first asked for: a route that needs only the title or the data (/downloads/index.csv, a CSV) does not
    // draw the chart on the main thread ahead of the worker.
    get svg() {
      return drawings(code).svg;
    },
    get width() {
      return drawings(code).width;
    },
    get height() {
      return drawings(code).height;
    },
    get narrow() {
      return drawings(code).narrow;
    },
    legend: partyLegend([...new Set(points.map((p) => p.party))]),
    data: {
      columns: COLUMNS,
      rows: points.map((p) => ({
        ons_code: code,
        constituency: v.seat.name,
        election: idOfLabel.get(p.election) ?? p.election,
        party: partyCodeByShort(p.party),
        stood_as: p.stoodAs,
        share_pct: roundTo(p.share, 2),
        estimated: p.estimated,
      })),
    },
  };
}

/** A spread of seats for the embed gallery: both boundary sets, all four nations. */
const SAMPLE = [
  'E14000887',
  'E14001434',
  'W07000049',
  'S14000021',
  'N06000001',
  'E14000530',
  'E14001063',
  'S14000111',
  'W07000083',
  'E14001172',
  'E14000639',
  'E14001288',
];

export const seatHistory: GraphicFamily = {
  family: 'seat-history',
  label: 'Seat vote-share charts',
  keys: () => [...new Set(seats().map((s) => s.code))].sort(),
  build: buildSeatHistory,
  pageCard: seatCardPath,
  sampleKeys: () => {
    const all = new Set(seats().map((s) => s.code));
    return SAMPLE.filter((c) => all.has(c));
  },
};

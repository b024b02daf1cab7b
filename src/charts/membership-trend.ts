// Chart spec: every party's membership over time from the cited figures. Year-end accounts are filled dots joined by
// a line; figures a party or report gave at a moment are diamonds, leadership electorates squares, and a party's own
// website counter open triangles. A figure of low confidence (a derived one, say) is drawn open, and a line to or from
// it dashed. Each dot's title names its source (the page's tables link them); elections marked.
import type * as PlotTypes from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { partyInfo, type Party } from '../lib/parties';
import type { MembershipKind, MembershipRow } from '../lib/schema/curated';
import { citedDate } from '../lib/membership/wording';
import { casedDot, casedLine } from './cased';
import { isNarrow } from './render';

export const KIND_SYMBOL: Record<MembershipKind, 'circle' | 'diamond' | 'square' | 'triangle'> = {
  'year-end-accounts': 'circle',
  'point-in-time': 'diamond',
  'leadership-electorate': 'square',
  'party-counter': 'triangle',
};

export const KIND_LABEL: Record<MembershipKind, string> = {
  'year-end-accounts': 'Accounts, 31 December',
  'point-in-time': 'Party statement or report at a date',
  'leadership-electorate': 'Leadership electorate',
  'party-counter': "Party's website counter (not audited)",
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The first address of a row's sources: what a dot links to. */
export const firstSource = (r: Pick<MembershipRow, 'source_url'>) => r.source_url.split(' ; ')[0] ?? '';

export function membershipTrendSpec(
  rows: readonly MembershipRow[],
  elections: readonly { label: string; date: string }[],
  opts: { width?: number } = {},
): PlotTypes.PlotOptions {
  const width = opts.width ?? 720;
  const narrow = isNarrow(width);
  const top = narrow ? 700 : 640;
  const pts = rows.map((r) => ({
    // A figure given only for a year is drawn at mid-year, not on 1 January, where it would read as that day's.
    date: new Date(r.date_precision === 'year' ? `${r.date.slice(0, 4)}-07-01` : r.date),
    members: r.members / 1000,
    party: partyInfo(r.party).short,
    kind: r.kind,
    low: r.confidence === 'low',
    title: `${partyInfo(r.party).name}, ${citedDate(r.date, r.date_precision)}: ${r.members.toLocaleString('en-GB')} (${lowerFirst(KIND_LABEL[r.kind])}; ${r.confidence} confidence). Source: ${r.source_title.split(' ; ')[0]}`,
  }));
  type Point = (typeof pts)[number];
  // Each step between two year-end figures of a party, dashed when either end is of low confidence.
  const steps: Record<'solid' | 'dashed', (Point & { step: string })[]> = { solid: [], dashed: [] };
  const accounts = pts.filter((p) => p.kind === 'year-end-accounts').sort((a, b) => +a.date - +b.date);
  for (const party of new Set(accounts.map((p) => p.party))) {
    const line = accounts.filter((p) => p.party === party);
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      const step = `${party} ${i}`;
      steps[a.low || b.low ? 'dashed' : 'solid'].push({ ...a, step }, { ...b, step });
    }
  }
  const parties = [...new Set(rows.map((r) => r.party))].sort((a, b) =>
    a === 'lab' ? -1 : b === 'lab' ? 1 : a.localeCompare(b),
  );
  const domain = parties.map((p) => partyInfo(p as Party).short);
  const range = parties.map((p) => partyInfo(p as Party).colour);
  const dots = (kind: MembershipKind, extra: Partial<PlotTypes.DotOptions>) => {
    const options = { x: 'date', y: 'members', stroke: 'party', symbol: KIND_SYMBOL[kind], r: 4, title: 'title' };
    const of = pts.filter((p) => p.kind === kind);
    return [
      ...casedDot(
        of.filter((p) => !p.low),
        { ...options, ...extra },
      ),
      ...casedDot(
        of.filter((p) => p.low),
        { ...options, ...extra, fill: 'none', strokeWidth: 1.5 },
      ),
    ];
  };
  return {
    width,
    height: narrow ? 320 : 380,
    marginLeft: narrow ? 40 : 50,
    marginRight: narrow ? 12 : 20,
    style: { background: 'transparent', fontSize: '12px' },
    x: { type: 'utc', label: null },
    y: { label: 'Members (thousands)', grid: true, domain: [0, top] },
    color: { domain, range, legend: false },
    marks: [
      Plot.ruleX(
        elections.map((e) => new Date(e.date)),
        { stroke: 'currentColor', strokeOpacity: 0.35, strokeDasharray: '3,3' },
      ),
      Plot.text(elections, {
        x: (e: { date: string }) => new Date(e.date),
        y: top,
        text: (e: { label: string }) => (narrow ? `GE\n${e.label}` : `GE ${e.label}`),
        fill: 'currentColor',
        fontSize: narrow ? 11 : 10,
        textAnchor: 'start',
        lineAnchor: 'top',
        dx: 3,
        dy: 2,
      }),
      ...casedLine(steps.solid, { x: 'date', y: 'members', z: 'step', stroke: 'party', strokeWidth: 2 }),
      ...casedLine(steps.dashed, {
        x: 'date',
        y: 'members',
        z: 'step',
        stroke: 'party',
        strokeWidth: 2,
        strokeDasharray: '5,4',
      }),
      dots('year-end-accounts', { fill: 'party', r: 3 }),
      dots('point-in-time', { fill: 'party', fillOpacity: 0.35 }),
      dots('leadership-electorate', { fill: 'party', fillOpacity: 0.35 }),
      dots('party-counter', { fill: 'none', strokeWidth: 1.5, r: 5 }),
      Plot.ruleY([0]),
    ],
  };
}

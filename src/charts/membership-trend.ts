// Chart spec: Labour's year-end membership over time, other parties' reported figures, general elections marked.
import type * as PlotTypes from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { partyInfo } from '../lib/parties';
import type { MembershipRow } from '../lib/schema/curated';
import { isNarrow } from './render';

export function membershipTrendSpec(
  labour: readonly MembershipRow[],
  others: readonly MembershipRow[],
  elections: readonly { label: string; date: string }[],
  opts: { width?: number } = {},
): PlotTypes.PlotOptions {
  const width = opts.width ?? 720;
  // Under 480 px: a 360 px drawing with 12 px text, and the election labels in two short lines so 2015 and 2017 fit.
  const narrow = isNarrow(width);
  // Room above the highest figure (about 580) for the election labels.
  const top = narrow ? 700 : 620;
  const lab = labour.map((r) => ({ date: new Date(r.date), members: r.members / 1000, party: 'Labour (year end)' }));
  const pts = others.map((r) => ({ date: new Date(r.date), members: r.members / 1000, party: partyInfo(r.party).short }));
  const parties = [...new Set(pts.map((p) => p.party))];
  const colour = (name: string) => {
    if (name.startsWith('Labour')) return partyInfo('lab').colour;
    const code = (['con', 'lab', 'ld', 'snp', 'pc', 'green', 'reform', 'brexit', 'ukip'] as const).find((p) => partyInfo(p).short === name);
    return code ? partyInfo(code).colour : '#888';
  };
  const domain = ['Labour (year end)', ...parties];
  return {
    width,
    height: narrow ? 300 : 340,
    marginLeft: narrow ? 40 : 50,
    marginRight: narrow ? 30 : 48,
    style: { background: 'transparent', fontSize: '12px' },
    x: { type: 'utc', label: null },
    y: { label: 'Members (thousands)', grid: true, domain: [0, top] },
    color: { domain, range: domain.map(colour), legend: false },
    marks: [
      Plot.ruleX(elections.map((e) => new Date(e.date)), { stroke: 'currentColor', strokeOpacity: 0.35, strokeDasharray: '3,3' }),
      Plot.text(elections, {
        x: (e: { date: string }) => new Date(e.date), y: top, text: (e: { label: string }) => (narrow ? `GE\n${e.label}` : `GE ${e.label}`),
        fill: 'currentColor', fontSize: narrow ? 11 : 10, textAnchor: 'start', lineAnchor: 'top', dx: 3, dy: 2,
      }),
      Plot.line(lab, { x: 'date', y: 'members', stroke: 'party', strokeWidth: 2.5 }),
      Plot.dot(lab, { x: 'date', y: 'members', fill: 'party', r: 3 }),
      Plot.dot(pts, { x: 'date', y: 'members', stroke: 'party', fill: 'party', fillOpacity: 0.3, r: 4, symbol: 'diamond' }),
      Plot.ruleY([0]),
    ],
  };
}

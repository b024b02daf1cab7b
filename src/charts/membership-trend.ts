// Chart spec: Labour's year-end membership over time, other parties' reported figures, general elections marked.
import type * as PlotTypes from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { partyInfo } from '../lib/parties';
import type { MembershipRow } from '../lib/schema/curated';

export function membershipTrendSpec(labour: readonly MembershipRow[], others: readonly MembershipRow[], elections: readonly { label: string; date: string }[]): PlotTypes.PlotOptions {
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
    width: 720,
    height: 340,
    marginLeft: 50,
    style: { background: 'transparent', fontSize: '12px' },
    x: { type: 'utc', label: null },
    y: { label: 'Members (thousands)', grid: true, domain: [0, 620] },
    color: { domain, range: domain.map(colour), legend: false },
    marks: [
      Plot.ruleX(elections.map((e) => new Date(e.date)), { stroke: 'currentColor', strokeOpacity: 0.35, strokeDasharray: '3,3' }),
      Plot.text(elections, { x: (e: { date: string }) => new Date(e.date), y: 610, text: (e: { label: string }) => `GE ${e.label}`, fill: 'currentColor', fontSize: 10, textAnchor: 'start', dx: 3 }),
      Plot.line(lab, { x: 'date', y: 'members', stroke: 'party', strokeWidth: 2.5 }),
      Plot.dot(lab, { x: 'date', y: 'members', fill: 'party', r: 3 }),
      Plot.dot(pts, { x: 'date', y: 'members', stroke: 'party', fill: 'party', fillOpacity: 0.3, r: 4, symbol: 'diamond' }),
      Plot.ruleY([0]),
    ],
  };
}

// Graphic family "membership-trend": party membership over time (key "uk"), as shown on /membership/.
import { membershipTrendSpec } from '../charts/membership-trend';
import { count } from '../lib/format/numbers';
import { partyInfo } from '../lib/parties';
import { membershipView } from '../views/membership';
import { plotSvgs } from './plot-svg';
import type { Graphic, GraphicFamily, LegendItem } from './types';

const COLUMNS = ['date', 'date_precision', 'party', 'members', 'series', 'source_title', 'confidence'] as const;

export function buildMembershipTrend(key: string): Graphic {
  if (key !== 'uk') throw new Error(`membership-trend has only the key "uk", not "${key}"`);
  const v = membershipView();
  const first = v.labour[0]!;
  const last = v.labour[v.labour.length - 1]!;
  const peak = v.labour.reduce((a, b) => (b.members > a.members ? b : a));
  const years = [...v.labour, ...v.others].map((r) => r.date.slice(0, 4)).sort();
  const title = `Party membership, ${years[0]} to ${years[years.length - 1]}`;
  const description = `Labour's year-end membership rose from ${count(first.members)} in ${first.date.slice(0, 4)} to a peak of ${count(peak.members)} in ${peak.date.slice(0, 4)}, and was ${count(last.members)} at the end of ${last.date.slice(0, 4)}. Diamonds mark other parties' reported figures.`;
  const legend: LegendItem[] = [
    { label: 'Labour, 31 December (line)', colour: partyInfo('lab').colour, mark: 'line' },
    ...[...new Set(v.others.map((r) => r.party))].map((p): LegendItem => ({ label: `${partyInfo(p).name} (diamonds)`, colour: partyInfo(p).colour, mark: 'diamond' })),
  ];
  const row = (series: string) => (r: (typeof v.labour)[number]) => ({
    date: r.date, date_precision: r.date_precision, party: r.party, members: r.members, series, source_title: r.source_title, confidence: r.confidence,
  });
  return {
    family: 'membership-trend',
    key,
    title,
    description,
    caption: "Party membership in thousands. The line is Labour's membership on 31 December each year as reported from its accounts; diamonds are other parties' figures as reported by the House of Commons Library and others, at the dates given.",
    permalink: 'membership/#trend',
    source: 'Labour Party accounts as reported by the sources listed on the page; House of Commons Library briefing SN05125 (Open Parliament Licence v3.0). Compiled by Groundwork.',
    ...plotSvgs((o) => membershipTrendSpec(v.labour, v.others, v.electionDates, o), { label: title, description }, 'membership-trend', key),
    legend,
    data: { columns: COLUMNS, rows: [...v.labour.map(row('labour-year-end')), ...v.others.map(row('other-reported'))] },
  };
}

export const membershipTrend: GraphicFamily = {
  family: 'membership-trend',
  label: 'Party membership chart',
  keys: () => ['uk'],
  build: buildMembershipTrend,
  socialCard: true,
};

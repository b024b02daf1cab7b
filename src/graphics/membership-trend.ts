// Graphic family "membership-trend": every party's membership over time (key "uk"), as shown on /membership/.
import { KIND_LABEL, KIND_SYMBOL, membershipTrendSpec } from '../charts/membership-trend';
import { count } from '../lib/format/numbers';
import { citedDate } from '../lib/membership/wording';
import { partyInfo } from '../lib/parties';
import { MEMBERSHIP_COLUMNS, MEMBERSHIP_KINDS } from '../lib/schema/curated';
import { membershipView } from '../views/membership';
import { plotSvgs } from './plot-svg';
import { ukOnlyFamily } from './uk-only-family';
import type { Graphic, LegendItem } from './types';

/** The published membership table's columns, without the editor's note. */
export const MEMBERSHIP_TREND_COLUMNS = MEMBERSHIP_COLUMNS.filter((c): c is Exclude<typeof c, 'note'> => c !== 'note');
const KIND_MARK = { circle: 'dot', diamond: 'diamond', square: 'square', triangle: 'triangle' } as const;

export function buildMembershipTrend(key: string): Graphic {
  if (key !== 'uk') throw new Error(`membership-trend has only the key "uk", not "${key}"`);
  const v = membershipView();
  const peak = v.labour.reduce((a, b) => (b.members > a.members ? b : a));
  const years = v.points.map((r) => r.date.slice(0, 4)).sort();
  const title = `Party membership, ${years[0]} to ${years[years.length - 1]}`;
  const description = `Membership of ${v.series.length} parties from the cited figures. Labour's year-end membership peaked at ${count(peak.members)} in ${peak.date.slice(0, 4)}; ${v.series
    .filter((s) => s.party !== 'lab')
    .map((s) => `${s.name} ${count(s.latest.members)} (${citedDate(s.latest.date, s.latest.date_precision)})`)
    .join(', ')} at their latest figures.`;
  const kinds = MEMBERSHIP_KINDS.filter((k) => v.points.some((p) => p.kind === k));
  const legend: LegendItem[] = [
    ...v.series.map((s): LegendItem => ({
      label: partyInfo(s.party).name,
      colour: partyInfo(s.party).colour,
      mark: 'cased-line',
    })),
    ...kinds.map((k): LegendItem => ({ label: KIND_LABEL[k], colour: '#767676', mark: KIND_MARK[KIND_SYMBOL[k]] })),
    ...(v.points.some((p) => p.confidence === 'low')
      ? [{ label: 'Low confidence (the membership page says why)', colour: '#767676', mark: 'open' } as const]
      : []),
  ];
  return {
    family: 'membership-trend',
    key,
    title,
    description,
    caption:
      "Members in thousands. Filled dots joined by lines are year-end figures from party accounts; diamonds are figures a party or a report gave at a date; squares are members eligible in a leadership ballot; open triangles are a party's own website counter, which no one audits. A figure its source gives only for a year is drawn at mid-year. A figure of low confidence (one worked out rather than stated by a source, or a single unconfirmed claim) is drawn open, with a dashed line to and from it; the tables of the membership page say why for each. Greens are the Green Party of England and Wales. Every dot's source is linked in those tables and listed in membership.csv.",
    permalink: 'membership/#trend',
    source:
      'Party accounts and statements as reported by the sources listed on the page; House of Commons Library briefing SN05125 (Open Parliament Licence v3.0). Compiled by Groundwork (membership.csv, on its data page).',
    ...plotSvgs(
      (o) => membershipTrendSpec(v.points, v.electionDates, o),
      { label: title, description },
      'membership-trend',
      key,
    ),
    legend,
    data: {
      columns: MEMBERSHIP_TREND_COLUMNS,
      rows: v.points.map((r) => Object.fromEntries(MEMBERSHIP_TREND_COLUMNS.map((c) => [c, r[c]]))),
    },
  };
}

export const membershipTrend = ukOnlyFamily('membership-trend', 'Party membership chart', buildMembershipTrend);

// Graphic family "region-shares": each region's and nation's vote share by party at every election, keyed by the area's slug.
import { regionSharePoints, regionSharesSpec } from '../charts/region-shares';
import { pct, roundTo } from '../lib/format/numbers';
import { MAP_AREAS } from '../views/map-data';
import { REGION_PARTY_MIN_SHARE, regionView } from '../views/region';
import { partyLegend } from './party-legend';
import { plotSvgs } from './plot-svg';
import type { Graphic, GraphicFamily } from './types';
import { graphicCardPath } from '../site/paths';
import type { Party } from '../lib/parties';

const COLUMNS = ['area', 'election', 'boundaries', 'party', 'stood_as', 'share_pct'] as const;

export function buildRegionShares(slug: string): Graphic {
  const area = MAP_AREAS.find((a) => a.slug === slug);
  if (!area) throw new Error(`region-shares: no area ${slug}`);
  const v = regionView(area);
  const first = v.history[0]!;
  const title = `Vote share by party in ${area.name}, ${first.label} to ${v.latest.label}`;
  const latest = v.parties
    .filter((p) => v.latest.shares[p.code] !== undefined)
    .map((p) => `${p.short} ${pct(v.latest.shares[p.code])}`)
    .join(', ');
  const description = `Lines show each main party's share of the valid vote in ${area.name} at each general election. A dashed line marks the change to the 2024 boundaries, which the lines do not cross. ${v.latest.label}: ${latest}.`;
  const points = regionSharePoints(v.history, v.parties);
  const idOf = new Map(v.history.map((r) => [r.label, r.id]));
  const partyOf = (short: string) => v.parties.find((x) => x.short === short)?.code ?? short;
  return {
    family: 'region-shares',
    key: slug,
    title,
    description,
    caption: `Share of valid votes by party, ${area.name}. 2010–2019 are on the old boundaries; the 2019 notional result and 2024 are on the new ones (right of the dashed line), and the 2019 notional shares are Groundwork's estimates. Parties under ${REGION_PARTY_MIN_SHARE}% at every election are in the table only.`,
    permalink: `region/${slug}/#shares`,
    source:
      'House of Commons Library (Open Parliament Licence v3.0); for 2010, Electoral Commission and British Election Study; 2019 notional shares estimated by Groundwork from mySociety overlaps (CC BY 4.0). Chart: Groundwork.',
    ...plotSvgs((o) => regionSharesSpec(v.history, v.parties, o), { label: title, description }, 'region-shares', slug),
    legend: partyLegend(v.parties.filter((p) => points.some((d) => d.party === p.short)).map((p) => p.short)),
    data: {
      columns: COLUMNS,
      rows: points.map((p) => ({
        area: area.name,
        election: idOf.get(p.election) ?? p.election,
        boundaries: p.set === '2010' ? '2010-2023' : '2024',
        party: partyOf(p.party),
        stood_as: v.history[p.i]!.renamed[partyOf(p.party) as Party] ?? partyOf(p.party),
        share_pct: roundTo(p.share, 2),
      })),
    },
  };
}

export const regionShares: GraphicFamily = {
  family: 'region-shares',
  label: 'Region and nation vote-share charts',
  keys: () => MAP_AREAS.map((a) => a.slug),
  build: buildRegionShares,
  // The region page's card (its map), as the page that shows the chart has.
  pageCard: (slug) => graphicCardPath('region-map', slug),
};
